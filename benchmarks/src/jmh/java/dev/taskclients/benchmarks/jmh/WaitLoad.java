package dev.taskclients.benchmarks.jmh;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.taskclients.beatra.BeatraClient;
import dev.taskclients.beatra.model.Task;
import dev.taskclients.runtime.WaitOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Many concurrent asynchronous waits, as a user of a task API runs them: N beatra tasks, each finishing 1.5 s after
 * its first poll, waited on at once through one client's {@code async().waitForCompletion} with polls 300 to 600 ms
 * apart, against a loopback server that answers at once (the JDK's HTTP server on two worker threads). Prints one
 * tab-separated line: N, wall time, polls, the process's peak thread count, and the heap held per waiting task.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.taskclients.benchmarks.jmh.WaitLoad N [maxConcurrentRequests]}; run
 * each N in a fresh JVM ({@code scripts/benchmark.sh --waits} does). The thread count is the whole process's, server
 * and JVM threads included.
 */
public final class WaitLoad {
  private static final long FINISH_AFTER_NANOS = Duration.ofMillis(1_500).toNanos();

  private WaitLoad() {
  }

  /**
   * Runs one measurement.
   *
   * @param args the number of concurrent waits
   * @throws Exception if the server cannot start or a wait fails
   */
  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[0]);
    // The JDK server with TCP_NODELAY (as LoopbackServer) and room to keep every client connection open: a server
    // that closes idle connections beyond its default 200 would charge a client for each connection it opens.
    System.setProperty("sun.net.httpserver.nodelay", "true");
    System.setProperty("sun.net.httpserver.maxIdleConnections", "20000");
    int slots = args.length > 1 ? Integer.parseInt(args[1]) : 0;
    Map<String, Long> firstPoll = new ConcurrentHashMap<>();
    AtomicLong polls = new AtomicLong();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 4096);
    ExecutorService workers = Executors.newFixedThreadPool(2, r -> {
      Thread thread = new Thread(r, "loopback-server");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(workers);
    server.createContext("/v1/tasks/", exchange -> answer(exchange, firstPoll, polls));
    server.start();
    try {
      BeatraClient.Builder builder = BeatraClient.builder()
          .baseUrl("http://127.0.0.1:" + server.getAddress().getPort()).bearerToken("load-test");
      BeatraClient client = (slots > 0 ? builder.maxConcurrentRequests(slots) : builder).build();
      WaitOptions options = WaitOptions.builder().firstDelay(Duration.ofMillis(300)).maxDelay(Duration.ofMillis(600))
          .timeout(Duration.ofMinutes(5)).build();
      // Warm the path once, so class loading and the first connection are not measured.
      client.async().waitForCompletion("warm-up", options).get(1, TimeUnit.MINUTES);

      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      System.gc();
      long heapBefore = memory.getHeapMemoryUsage().getUsed();
      threads.resetPeakThreadCount();
      polls.set(0);
      long started = System.nanoTime();
      List<CompletableFuture<Task>> waits = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        waits.add(client.async().waitForCompletion("task-" + i, options));
      }
      // Every wait is now pending (the first task finishes 1.5 s after its first poll): what the waits hold.
      System.gc();
      long heapWaiting = memory.getHeapMemoryUsage().getUsed();
      CompletableFuture.allOf(waits.toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
      long wallMillis = (System.nanoTime() - started) / 1_000_000;
      for (CompletableFuture<Task> wait : waits) {
        if (!"succeeded".equals(wait.join().status().value())) {
          throw new IllegalStateException("a wait ended unsucceeded: " + wait.join());
        }
      }
      System.out.printf(Locale.ROOT, "%d\t%d\t%d\t%d\t%d%n", n, wallMillis, polls.get(), threads.getPeakThreadCount(),
          Math.max(0, (heapWaiting - heapBefore) / n));
    } finally {
      server.stop(0);
      workers.shutdownNow();
    }
  }

  /** A beatra task that is running until 1.5 s after its first poll, then succeeded. */
  private static void answer(HttpExchange exchange, Map<String, Long> firstPoll, AtomicLong polls) throws IOException {
    polls.incrementAndGet();
    String path = exchange.getRequestURI().getPath();
    String id = path.substring(path.lastIndexOf('/') + 1);
    long first = firstPoll.computeIfAbsent(id, ignored -> System.nanoTime());
    String status = System.nanoTime() - first >= FINISH_AFTER_NANOS ? "succeeded" : "running";
    byte[] body = ("{\"object\":\"task\",\"task_id\":\"" + id + "\",\"status\":\"" + status + "\"}")
        .getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }
}
