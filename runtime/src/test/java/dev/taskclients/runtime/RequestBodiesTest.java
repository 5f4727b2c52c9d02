package dev.taskclients.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.taskclients.runtime.support.ApiInvoker;
import dev.taskclients.runtime.support.ApiRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The request bodies {@link ApiInvoker} writes for each body kind, as the server receives them. */
class RequestBodiesTest {
  private WireMockServer server;
  private ApiInvoker invoker;

  @BeforeEach
  void start() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));
    invoker = TestClient.builder(server.baseUrl()).build().invoker();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private LoggedRequest send(ApiRequest.Builder request) {
    invoker.send(request.build(), RequestOptions.NONE);
    List<LoggedRequest> received = server.findAll(anyRequestedFor(anyUrl()));
    return received.get(received.size() - 1);
  }

  private static ApiRequest.Builder post() {
    return ApiRequest.builder("POST", "/upload");
  }

  @Test
  void aFormIsUrlEncodedWithListsRepeatedAndObjectsAsJson() {
    LoggedRequest received =
        send(
            post()
                .formBody("application/x-www-form-urlencoded")
                .formField("name", "a b&c=d")
                .formField("tags", Arrays.asList("x", null, "y"))
                .formField("meta", Map.of("k", "v"))
                .formField("skip", null)
                .formField("n", 5));

    assertEquals("application/x-www-form-urlencoded", received.getHeader("Content-Type"));
    assertEquals(
        "name=a%20b%26c%3Dd&tags=x&tags=y&meta=%7B%22k%22%3A%22v%22%7D&n=5",
        received.getBodyAsString());
  }

  @Test
  void aFormKeepsTheSpecsMediaType() {
    LoggedRequest received =
        send(
            post()
                .formBody("application/x-www-form-urlencoded; charset=UTF-8")
                .formField("a", "1"));

    assertEquals(
        "application/x-www-form-urlencoded; charset=UTF-8", received.getHeader("Content-Type"));
  }

  @Test
  void multipartHasFilePartsJsonPartsAndTextParts() {
    LoggedRequest received =
        send(
            post()
                .formBody("multipart/form-data")
                .formField("file", BinaryBody.of("PNGDATA".getBytes(UTF_8), "a.png", "image/png"))
                .formField("raw", BinaryBody.of("RAW".getBytes(UTF_8)))
                .formField("meta", Map.of("k", "v"))
                .formField("tags", Arrays.asList("x", null, "y"))
                .formField("note", "héllo"));

    String contentType = received.getHeader("Content-Type");
    assertTrue(
        contentType.matches("multipart/form-data; boundary=taskclients-[0-9a-f]{2,32}"),
        contentType);
    String b =
        "--" + contentType.substring(contentType.indexOf("boundary=") + "boundary=".length());
    String part = "Content-Disposition: form-data; name=";
    assertEquals(
        b
            + "\r\n"
            + part
            + "\"file\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\nPNGDATA\r\n"
            + b
            + "\r\n"
            + part
            + "\"raw\"; filename=\"raw\"\r\nContent-Type: application/octet-stream\r\n\r\nRAW\r\n"
            + b
            + "\r\n"
            + part
            + "\"meta\"\r\nContent-Type: application/json\r\n\r\n{\"k\":\"v\"}\r\n"
            + b
            + "\r\n"
            + part
            + "\"tags\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nx\r\n"
            + b
            + "\r\n"
            + part
            + "\"tags\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\ny\r\n"
            + b
            + "\r\n"
            + part
            + "\"note\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nhéllo\r\n"
            + b
            + "--\r\n",
        new String(received.getBody(), UTF_8));
  }

  @Test
  void multipartNamesCannotBreakOutOfTheirQuotes() {
    LoggedRequest received =
        send(
            post()
                .formBody("multipart/form-data")
                .formField("we\"ird\\", BinaryBody.of(new byte[0], "x\r\ny\".png", null)));

    assertTrue(
        received.getBodyAsString().contains("name=\"we%22ird\\\\\"; filename=\"x%0D%0Ay%22.png\""),
        received.getBodyAsString());
  }

  @Test
  void eachMultipartBodyHasItsOwnBoundary() {
    String first =
        send(post().formBody("multipart/form-data").formField("a", "1")).getHeader("Content-Type");
    String second =
        send(post().formBody("multipart/form-data").formField("a", "1")).getHeader("Content-Type");

    assertNotEquals(first, second);
  }

  @Test
  void anEmptyMultipartBodyIsJustTheClosingBoundary() {
    LoggedRequest received = send(post().formBody("multipart/form-data"));

    String contentType = received.getHeader("Content-Type");
    assertEquals(
        "--" + contentType.substring(contentType.indexOf("boundary=") + 9) + "--\r\n",
        received.getBodyAsString());
  }

  @Test
  void textGetsACharsetWhenItHasNone() {
    LoggedRequest plain = send(post().textBody("héllo", "text/plain"));
    assertEquals("text/plain; charset=UTF-8", plain.getHeader("Content-Type"));
    assertArrayEquals("héllo".getBytes(UTF_8), plain.getBody());

    assertEquals(
        "text/csv; Charset=ISO-8859-1",
        send(post().textBody("a", "text/csv; Charset=ISO-8859-1")).getHeader("Content-Type"));
    assertEquals(
        "text/plain; charset=UTF-8", send(post().textBody("a", null)).getHeader("Content-Type"));
  }

  @Test
  void jsonUsesTheSpecsMediaType() {
    LoggedRequest patch = send(post().jsonBody(Map.of("a", 1), "application/merge-patch+json"));
    assertEquals("application/merge-patch+json", patch.getHeader("Content-Type"));
    assertEquals("{\"a\":1}", patch.getBodyAsString());

    assertEquals(
        "application/json", send(post().jsonBody(Map.of("a", 1), null)).getHeader("Content-Type"));
  }

  @Test
  void binarySendsTheExactBytesWithTheBodysOwnTypeFirst() {
    byte[] bytes = {0, (byte) 0xff, 13, 10};

    LoggedRequest untyped = send(post().binaryBody(BinaryBody.of(bytes), "application/pdf"));
    assertEquals("application/pdf", untyped.getHeader("Content-Type"));
    assertArrayEquals(bytes, untyped.getBody());

    assertEquals(
        "image/png",
        send(post()
                .binaryBody(
                    BinaryBody.of(bytes).withContentType("image/png"), "application/octet-stream"))
            .getHeader("Content-Type"));
    assertEquals(
        "application/octet-stream",
        send(post().binaryBody(BinaryBody.of(bytes), null)).getHeader("Content-Type"));
  }

  @Test
  void noBodyMeansNoContentType() {
    LoggedRequest received = send(post().binaryBody(null, "application/octet-stream"));

    assertNull(received.getHeader("Content-Type"));
    assertEquals(0, received.getBody().length);
  }
}
