package dev.taskclients.release;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stand-in portal on 127.0.0.1 and a random port, called as central-publishing-maven-plugin
 * calls it: a multipart upload with the user token, then status polls.
 */
class FakeCentralPortalTest {
  private static final String BOUNDARY = "----rehearsal7MA4YWxkTrZu0gW";
  private static final byte[] BUNDLE = {'P', 'K', 3, 4, 0, '\r', '\n', '-', '-', 1, 2, (byte) 0xff};

  @TempDir Path dir;
  private HttpServer portal;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws IOException {
    portal = FakeCentralPortal.start(dir);
  }

  @AfterEach
  void stop() {
    portal.stop(0);
  }

  private URI uri(String path) throws IOException {
    return URI.create("http://127.0.0.1:" + Files.readString(dir.resolve("port")) + path);
  }

  private HttpResponse<String> upload(String authorization, byte[] body) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri("/api/v1/publisher/upload?publishingType=USER_MANAGED"))
            .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static byte[] multipart(boolean withFile) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(
        ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nrehearsal\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    if (withFile) {
      body.write(
          ("--"
                  + BOUNDARY
                  + "\r\nContent-Disposition: form-data; name=\"bundle\"; filename=\"bundle.zip\"\r\n"
                  + "Content-Type: application/octet-stream\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      body.write(BUNDLE);
      body.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }
    body.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
    return body.toByteArray();
  }

  @Test
  void keepsTheUploadedBundleByteForByteAndAnswersADeploymentId() throws Exception {
    HttpResponse<String> response = upload("Bearer cmVoZWFyc2FsOnRva2Vu", multipart(true));

    assertEquals(201, response.statusCode(), response.body());
    assertTrue(response.body().matches("[0-9a-f-]{36}"), response.body());
    assertArrayEquals(BUNDLE, Files.readAllBytes(dir.resolve("bundle.zip")));
  }

  @Test
  void reportsAnyDeploymentAsValidated() throws Exception {
    HttpResponse<String> status =
        http.send(
            HttpRequest.newBuilder(uri("/api/v1/publisher/status?id=x"))
                .header("Authorization", "Bearer t")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());

    assertEquals(200, status.statusCode());
    assertEquals("application/json", status.headers().firstValue("Content-Type").orElse(""));
    assertTrue(status.body().contains("\"deploymentState\":\"VALIDATED\""), status.body());
  }

  @Test
  void refusesAnUploadWithoutTokenOrWithoutFile() throws Exception {
    assertEquals(401, upload(null, multipart(true)).statusCode());
    assertEquals(400, upload("Bearer t", multipart(false)).statusCode());
    assertFalse(Files.exists(dir.resolve("bundle.zip")), "nothing kept");
  }

  @Test
  void answersNothingElse() throws Exception {
    assertEquals(
        404,
        http.send(
                HttpRequest.newBuilder(uri("/api/v1/publisher/deployments")).build(),
                HttpResponse.BodyHandlers.ofString())
            .statusCode());
  }
}
