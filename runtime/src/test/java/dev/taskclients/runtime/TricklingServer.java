package dev.taskclients.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A hostile loopback server: it answers every request with status 200 and its headers at once (with
 * the body's {@code Content-Length}), then {@code bytesAtOnce} bytes of the body, then one more
 * byte per {@code interval}, or, with no interval, none at all (a stall). What java.net.http's own
 * request timeout cannot see, since it stops at the headers.
 */
public final class TricklingServer implements AutoCloseable {
  private final ServerSocket socket;
  private final ScheduledExecutorService writer =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread thread = new Thread(r, "trickling-server-writer");
            thread.setDaemon(true);
            return thread;
          });
  private final List<Socket> connections = new CopyOnWriteArrayList<>();
  private final AtomicInteger requests = new AtomicInteger();
  private final byte[] body;
  private final int bytesAtOnce;
  private final Duration interval;

  private TricklingServer(String body, int bytesAtOnce, Duration interval) throws IOException {
    this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.body = body.getBytes(StandardCharsets.UTF_8);
    this.bytesAtOnce = bytesAtOnce;
    this.interval = interval;
    Thread acceptor = new Thread(this::accept, "trickling-server-acceptor");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /**
   * Starts a server.
   *
   * @param body the JSON body every response carries
   * @param bytesAtOnce how many of its bytes are sent with the headers
   * @param interval the time between each further byte, or null to send none (the body stalls)
   * @return the running server
   * @throws IOException if no port can be bound
   */
  public static TricklingServer start(String body, int bytesAtOnce, Duration interval)
      throws IOException {
    return new TricklingServer(body, bytesAtOnce, interval);
  }

  /** {@return {@code http://127.0.0.1:<port>}} */
  public String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort();
  }

  /** {@return how many requests arrived} */
  public int requests() {
    return requests.get();
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        connections.add(connection);
        Thread reader = new Thread(() -> answer(connection), "trickling-server-connection");
        reader.setDaemon(true);
        reader.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void answer(Socket connection) {
    try {
      BufferedReader request =
          new BufferedReader(
              new InputStreamReader(connection.getInputStream(), StandardCharsets.ISO_8859_1));
      String line = request.readLine();
      while (line != null && !line.isEmpty()) {
        line = request.readLine();
      }
      requests.incrementAndGet();
      OutputStream out = connection.getOutputStream();
      out.write(
          ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                  + body.length
                  + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.write(body, 0, Math.min(bytesAtOnce, body.length));
      out.flush();
      if (interval != null) {
        AtomicInteger next = new AtomicInteger(Math.min(bytesAtOnce, body.length));
        writer.scheduleAtFixedRate(
            () -> {
              int index = next.getAndIncrement();
              try {
                if (index >= body.length) {
                  connection.close();
                  throw new IllegalStateException("done"); // ends this schedule
                }
                out.write(body[index]);
                out.flush();
              } catch (IOException clientGone) {
                throw new IllegalStateException("the client closed the connection", clientGone);
              }
            },
            interval.toNanos(),
            interval.toNanos(),
            TimeUnit.NANOSECONDS);
      }
    } catch (IOException ignored) {
      // The client went away: nothing to answer.
    }
  }

  @Override
  public void close() throws IOException {
    writer.shutdownNow();
    socket.close();
    for (Socket connection : connections) {
      connection.close();
    }
  }
}
