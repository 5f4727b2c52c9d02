import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.UUID;

/**
 * A stand-in for the Sonatype Central Portal's publisher API, on 127.0.0.1, so that the release rehearsal runs
 * the real central-publishing-maven-plugin end to end without a network: it accepts the upload of a deployment
 * bundle, keeps the zip, and reports the deployment as uploaded and validated.
 *
 * <p>Usage: {@code java FakeCentralPortal.java <dir>}. It writes its port to {@code <dir>/port} once listening,
 * and each uploaded bundle to {@code <dir>/bundle.zip}; it runs until killed.
 */
public final class FakeCentralPortal {
  private FakeCentralPortal() {
  }

  /** Starts the server; args[0] is the directory for the port file and the uploaded bundle. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/api/v1/publisher/upload", exchange -> upload(exchange, dir));
    server.createContext("/api/v1/publisher/status", exchange -> respond(exchange, 200, "application/json",
        "{\"deploymentId\":\"rehearsal\",\"deploymentName\":\"rehearsal\",\"deploymentState\":\"VALIDATED\","
            + "\"purls\":[],\"errors\":{}}"));
    server.createContext("/", exchange -> respond(exchange, 404, "text/plain", "not part of the fake portal"));
    server.start();
    Path port = dir.resolve("port");
    Files.writeString(dir.resolve("port.tmp"), Integer.toString(server.getAddress().getPort()));
    Files.move(dir.resolve("port.tmp"), port, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Keeps the multipart body's file part (the bundle zip) and answers with a deployment id, as the Portal does. */
  private static void upload(HttpExchange exchange, Path dir) throws IOException {
    String auth = exchange.getRequestHeaders().getFirst("Authorization");
    if (!"POST".equals(exchange.getRequestMethod()) || auth == null || auth.isBlank()) {
      respond(exchange, 401, "text/plain", "a POST with the user token is expected");
      return;
    }
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    byte[] body = exchange.getRequestBody().readAllBytes();
    byte[] zip = type == null || !type.contains("boundary=") ? null
        : filePart(body, type.substring(type.indexOf("boundary=") + "boundary=".length()).replace("\"", ""));
    if (zip == null) {
      respond(exchange, 400, "text/plain", "no file part in the upload");
      return;
    }
    Path tmp = dir.resolve("bundle.zip.tmp");
    Files.write(tmp, zip);
    Files.move(tmp, dir.resolve("bundle.zip"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    respond(exchange, 201, "text/plain", UUID.randomUUID().toString());
  }

  /** {@return the content of the first multipart part that carries a file name, or null} */
  private static byte[] filePart(byte[] body, String boundary) {
    byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
    int start = indexOf(body, delimiter, 0);
    while (start >= 0) {
      int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), start);
      int next = indexOf(body, delimiter, start + delimiter.length);
      if (headersEnd < 0 || next < 0) {
        return null;
      }
      String headers = new String(body, start, headersEnd - start, StandardCharsets.ISO_8859_1);
      if (headers.contains("filename=")) {
        return Arrays.copyOfRange(body, headersEnd + 4, next - 2); // the part ends with CRLF before the delimiter
      }
      start = next;
    }
    return null;
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = from; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static void respond(HttpExchange exchange, int status, String type, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }
}
