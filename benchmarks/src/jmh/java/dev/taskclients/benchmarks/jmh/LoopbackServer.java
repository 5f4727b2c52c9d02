package dev.taskclients.benchmarks.jmh;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A JDK {@link HttpServer} on 127.0.0.1 (a random free port) that answers every {@code GET /v1/tasks/{task_id}} with
 * the same pre-encoded response: status 200, {@code Content-Type: application/json}, a fixed {@code X-Request-Id} and
 * beatra's recorded task. Every client under test pays exactly the same server cost. Anything else is a 404.
 *
 * <p>TCP_NODELAY is switched on through the JDK's {@code sun.net.httpserver.nodelay} property, read once when the
 * first server is made: set here unless already given on the command line.
 */
public final class LoopbackServer implements AutoCloseable {
  /** The path prefix beatra's spec gives {@code getTask}. */
  public static final String TASKS_PATH = "/v1/tasks/";

  private final HttpServer server;
  private final ExecutorService executor;

  private LoopbackServer(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * Starts a server answering with beatra's recorded task.
   *
   * @param threads handler threads (the benchmarks use 4: enough for 8 client threads on loopback, few on 2 cores)
   * @return the running server
   * @throws IOException if the socket cannot be bound
   */
  public static LoopbackServer start(int threads) throws IOException {
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
    byte[] body = Payload.BEATRA_TASK.bytes();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    server.createContext("/", exchange -> answer(exchange, body));
    ExecutorService executor = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "loopback-server");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.start();
    return new LoopbackServer(server, executor);
  }

  private static void answer(HttpExchange exchange, byte[] body) throws IOException {
    try (exchange; InputStream in = exchange.getRequestBody()) {
      in.transferTo(OutputStream.nullOutputStream());
      String path = exchange.getRequestURI().getRawPath();
      if (!exchange.getRequestMethod().equals("GET") || !path.startsWith(TASKS_PATH)
          || path.length() == TASKS_PATH.length()) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.getResponseHeaders().set("X-Request-Id", "req-benchmark");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** {@return the base URL to give a client, {@code http://127.0.0.1:<port>}} */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Stops the server at once and its handler threads. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
    try {
      executor.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Runs the server in a process of its own, for the cold-start measurement: prints the base URL on one line, then
   * serves until the process is killed.
   *
   * @param args none
   * @throws IOException if the socket cannot be bound
   * @throws InterruptedException if the main thread is interrupted
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    LoopbackServer server = start(2);
    System.out.println(server.baseUrl());
    System.out.flush();
    new CountDownLatch(1).await();
  }
}
