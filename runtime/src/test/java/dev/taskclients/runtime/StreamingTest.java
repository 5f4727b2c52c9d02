package dev.taskclients.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.taskclients.runtime.exception.ApiIoException;
import dev.taskclients.runtime.exception.InvalidResponseException;
import dev.taskclients.runtime.exception.NotFoundException;
import dev.taskclients.runtime.support.ApiInvoker;
import dev.taskclients.runtime.support.ApiRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link ApiInvoker#sendStreaming}: the body as a stream capped at the client's limit, and typed
 * errors with their body read.
 */
class StreamingTest {
  private static final int CAP = 16;
  private static final String DATA = "0123456789abcdef";

  private WireMockServer server;
  private ApiInvoker invoker;
  private final List<String> logLines = new CopyOnWriteArrayList<>();

  @BeforeEach
  void start() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    invoker =
        TestClient.builder(server.baseUrl())
            .maxResponseBytes(CAP)
            .logger(new RecordingLogger(logLines))
            .apiKey("k")
            .build()
            .invoker();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private void answer(int status, String body) {
    server.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse().withStatus(status).withHeader("X-Request-Id", "srv-1").withBody(body)));
  }

  private static ApiRequest download() {
    return ApiRequest.builder("GET", "/files/{id}")
        .pathParam("id", "f1")
        .accept("application/octet-stream")
        .expect("200", "BINARY", byte[].class)
        .expect("404", "JSON", ResponseKindsTest.Problem.class)
        .security(TestClient.API_KEY)
        .build();
  }

  @Test
  void aBodyUpToTheCapIsStreamed() throws IOException {
    answer(200, DATA);

    Response<InputStream> response = invoker.sendStreaming(download(), RequestOptions.NONE);
    try (InputStream body = response.body()) {
      assertArrayEquals(DATA.getBytes(UTF_8), body.readAllBytes());
    }
    assertEquals(200, response.statusCode());
    assertEquals(Optional.of("srv-1"), response.requestId());
    assertEquals(1, logLines.size());
    assertTrue(logLines.get(0).startsWith("GET /files/f1 -> 200 (attempt 1, "), logLines.get(0));
    server.verify(
        anyRequestedFor(anyUrl())
            .withHeader("x-api-key", equalTo("k"))
            .withHeader("Accept", equalTo("application/octet-stream")));
  }

  @Test
  void everySuccessStatusIsStreamed() throws IOException {
    answer(299, DATA);

    Response<InputStream> response = invoker.sendStreaming(download(), RequestOptions.NONE);
    response.body().close();
    assertEquals(299, response.statusCode());
  }

  @Test
  void zeroBytesCountTowardsTheCap() throws IOException {
    server.stubFor(
        any(anyUrl()).willReturn(aResponse().withStatus(200).withBody(new byte[CAP + 1])));

    try (InputStream body = invoker.sendStreaming(download(), RequestOptions.NONE).body()) {
      for (int i = 0; i < CAP; i++) {
        assertEquals(0, body.read());
      }
      assertThrows(IOException.class, body::read);
    }
  }

  @Test
  void aBufferedBodyOfExactlyTheCapIsRead() {
    server.stubFor(
        any(anyUrl())
            .willReturn(
                aResponse()
                    .withStatus(200)
                    .withHeader("Content-Length", String.valueOf(CAP))
                    .withBody(DATA)));

    Response<byte[]> response = invoker.send(download(), RequestOptions.NONE);
    assertArrayEquals(DATA.getBytes(UTF_8), response.body());
  }

  @Test
  void readingPastTheCapFails() throws IOException {
    answer(200, DATA + "X");

    try (InputStream body = invoker.sendStreaming(download(), RequestOptions.NONE).body()) {
      IOException e = assertThrows(IOException.class, body::readAllBytes);
      assertEquals("response body is larger than the 16-byte limit", e.getMessage());
    }
  }

  @Test
  void readingByteByBytePastTheCapFails() throws IOException {
    answer(200, DATA + "X");

    try (InputStream body = invoker.sendStreaming(download(), RequestOptions.NONE).body()) {
      for (int i = 0; i < CAP; i++) {
        assertEquals(DATA.charAt(i), body.read());
      }
      assertThrows(IOException.class, body::read);
    }
  }

  @Test
  void theEndOfAStreamIsNotCounted() throws IOException {
    answer(200, DATA);

    try (InputStream body = invoker.sendStreaming(download(), RequestOptions.NONE).body()) {
      assertEquals(CAP, body.readNBytes(CAP).length);
      assertEquals(-1, body.read());
      assertEquals(-1, body.read(new byte[4], 0, 4));
      assertEquals(-1, body.read());
    }
  }

  @Test
  void anErrorStatusThrowsTheTypedExceptionWithItsBody() {
    answer(404, "{\"code\":\"x\"}");

    NotFoundException e =
        assertThrows(
            NotFoundException.class, () -> invoker.sendStreaming(download(), RequestOptions.NONE));
    assertEquals(
        Optional.of(new ResponseKindsTest.Problem("x", null)),
        e.errorBody(ResponseKindsTest.Problem.class));
    assertEquals("{\"code\":\"x\"}", e.rawBody());
    assertEquals(Optional.of("srv-1"), e.requestId());
  }

  @Test
  void anErrorBodyPastTheCapIsAnInvalidResponse() {
    answer(500, "{\"message\":\"far too long for the cap\"}");

    InvalidResponseException e =
        assertThrows(
            InvalidResponseException.class,
            () -> invoker.sendStreaming(download(), RequestOptions.NONE));
    assertTrue(e.getMessage().contains("larger than the 16-byte limit"), e.getMessage());
  }

  @Test
  void anErrorBodyPastTheCapKeepsItsStatus() {
    answer(500, "{\"message\":\"far too long for the cap\"}");

    InvalidResponseException e =
        assertThrows(
            InvalidResponseException.class,
            () -> invoker.sendStreaming(download(), RequestOptions.NONE));
    assertEquals(500, e.statusCode());
  }

  @Test
  void aRefusedConnectionIsAnIoFailure() {
    server.stop();

    assertThrows(
        ApiIoException.class, () -> invoker.sendStreaming(download(), RequestOptions.NONE));
  }
}
