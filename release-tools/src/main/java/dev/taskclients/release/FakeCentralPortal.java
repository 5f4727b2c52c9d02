package dev.taskclients.release;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * A stand-in for the Sonatype Central Portal's publisher API, on 127.0.0.1, so that the release
 * rehearsal runs the real central-publishing-maven-plugin end to end without a network: it accepts
 * the upload of a deployment bundle, keeps the zip, and reports the deployment as uploaded and
 * validated.
 *
 * <p>Usage: {@code java -cp release-tools/target/classes dev.taskclients.release.FakeCentralPortal
 * <dir>}. It writes its port to {@code <dir>/port} once listening, and each uploaded bundle to
 * {@code <dir>/bundle.zip}; it runs until killed.
 */
public final class FakeCentralPortal {
  /**
   * What the status endpoint answers for any deployment: validated, waiting for a manual "Publish".
   */
  static final String VALIDATED =
      "{\"deploymentId\":\"rehearsal\",\"deploymentName\":\"rehearsal\","
          + "\"deploymentState\":\"VALIDATED\",\"purls\":[],\"errors\":{}}";

  private FakeCentralPortal() {}

  /**
   * Starts the portal and leaves it running.
   *
   * @param args one argument: the folder for the port file and the uploaded bundle
   * @throws IOException if the server cannot start or the port file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: FakeCentralPortal <dir>");
      System.exit(2);
    }
    start(Path.of(args[0]));
  }

  /**
   * Starts the portal on a free port of the loopback address and writes that port to {@code
   * dir/port} (atomically, so that a reader never sees half of it).
   *
   * @param dir the folder for the port file and the uploaded bundle
   * @return the running server; stop it to end the portal
   * @throws IOException if the server cannot start or the port file cannot be written
   */
  public static HttpServer start(Path dir) throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/api/v1/publisher/upload", exchange -> upload(exchange, dir));
    server.createContext(
        "/api/v1/publisher/status",
        exchange -> respond(exchange, 200, "application/json", VALIDATED));
    server.createContext(
        "/", exchange -> respond(exchange, 404, "text/plain", "not part of the fake portal"));
    server.start();
    Files.writeString(dir.resolve("port.tmp"), Integer.toString(server.getAddress().getPort()));
    Files.move(dir.resolve("port.tmp"), dir.resolve("port"), StandardCopyOption.ATOMIC_MOVE);
    return server;
  }

  /**
   * Keeps the multipart body's file part (the bundle zip) and answers with a deployment id, as the
   * Portal does.
   */
  private static void upload(HttpExchange exchange, Path dir) throws IOException {
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    if (!"POST".equals(exchange.getRequestMethod()) || auth == null || auth.isBlank()) {
      respond(exchange, 401, "text/plain", "a POST with the user token is expected");
      return;
    }
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    byte[] body = exchange.getRequestBody().readAllBytes();
    String boundary =
        type == null || !type.contains("boundary=")
            ? null
            : type.substring(type.indexOf("boundary=") + "boundary=".length()).replace("\"", "");
    byte[] zip = boundary == null ? null : MultipartBody.filePart(body, boundary);
    if (zip == null) {
      respond(exchange, 400, "text/plain", "no file part in the upload");
      return;
    }
    Path tmp = dir.resolve("bundle.zip.tmp");
    Files.write(tmp, zip);
    Files.move(
        tmp,
        dir.resolve("bundle.zip"),
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
    respond(exchange, 201, "text/plain", UUID.randomUUID().toString());
  }

  private static void respond(HttpExchange exchange, int status, String type, String text)
      throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }
}
