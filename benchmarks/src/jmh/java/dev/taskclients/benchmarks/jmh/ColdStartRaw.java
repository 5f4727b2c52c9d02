package dev.taskclients.benchmarks.jmh;

/**
 * One cold call with raw {@code java.net.http} and Jackson ({@link Clients.Raw}): the floor for the cold-start
 * measurement. The whole process is timed by scripts/benchmark.sh.
 */
public final class ColdStartRaw {
  private ColdStartRaw() {
  }

  /**
   * Runs the call.
   *
   * @param args the server's base URL
   * @throws Exception if the call fails
   */
  public static void main(String[] args) throws Exception {
    System.out.println(new Clients.Raw(args[0]).getTask("task_123").taskId());
  }
}
