package dev.taskclients.benchmarks.jmh;

import dev.taskclients.beatra.BeatraClient;

/**
 * One cold call with our client: build it, fetch one task from the given server, print its id, exit. The whole
 * process is timed by scripts/benchmark.sh. Refers to nothing else in this jar, so it loads only what our client needs.
 */
public final class ColdStartOurs {
  private ColdStartOurs() {
  }

  /**
   * Runs the call.
   *
   * @param args the server's base URL
   */
  public static void main(String[] args) {
    BeatraClient client = BeatraClient.builder().baseUrl(args[0]).bearerToken("benchmark-token").build();
    System.out.println(client.getTask("task_123").taskId());
  }
}
