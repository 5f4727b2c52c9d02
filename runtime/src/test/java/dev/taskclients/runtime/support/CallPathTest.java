package dev.taskclients.runtime.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taskclients.runtime.internal.Headers;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The pieces of the lean call path: path expansion without a regex, headers without copies, the
 * body cap.
 */
class CallPathTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/v1/tasks/{id}|/v1/tasks/t%2F1",
        "/v1/tasks|/v1/tasks",
        "/{id}/{n}/x|/t%2F1/2/x",
        "/a{id}b|/at%2F1b",
        "/{}/{id}|/{}/t%2F1",
        "/{a/b}/{id}|/{a/b}/t%2F1",
        "/x{|/x{",
        "/{{id}|/t%2F1",
      })
  void expandsEachVariableAndKeepsOtherBraces(String template, String expected) {
    assertEquals(
        expected,
        ApiRequest.Builder.expand(template, Map.of("id", "t%2F1", "n", "2", "{id", "t%2F1")));
  }

  @Test
  void aVariableWithoutValueNamesItself() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> ApiRequest.builder("GET", "/v1/{task_id}/x").build());
    assertEquals("path parameter 'task_id' of /v1/{task_id}/x has no value", e.getMessage());
  }

  @Test
  void headersMadeHereAreNotCopiedAgainAndStayCaseInsensitiveAndUnmodifiable() {
    Map<String, List<String>> copy = Headers.copy(Map.of("X-Id", List.of("1")));
    assertSame(copy, Headers.copy(copy));
    assertEquals(List.of("1"), copy.get("x-id"));
    assertTrue(copy.containsKey("X-ID"));
    assertEquals(1, copy.size());
    assertThrows(UnsupportedOperationException.class, () -> copy.put("a", List.of()));
    assertThrows(UnsupportedOperationException.class, () -> copy.get("X-Id").add("2"));
    assertSame(Headers.copy(Map.of()), Headers.copy(new java.util.HashMap<>()));
    assertEquals(Map.of(), Headers.copy(Map.of()));
  }

  @Test
  void responseHeadersAreWrappedNotCopied() {
    HttpHeaders http =
        HttpHeaders.of(
            Map.of("Content-Type", List.of("application/json"), "X-Empty", List.of()),
            (name, value) -> true);
    Map<String, List<String>> headers = Headers.of(http);
    assertSame(headers, Headers.copy(headers));
    assertEquals(List.of("application/json"), headers.get("content-type"));
    assertEquals("application/json", Headers.first(http, "CONTENT-TYPE"));
    assertNull(Headers.first(http, "X-Request-Id"));
    assertNull(
        Headers.first(HttpHeaders.of(Map.of("X-Empty", List.of("")), (n, v) -> false), "X-Empty"));
  }

  @Test
  void bodyChunksAreJoinedInOrder() throws Exception {
    byte[] body = "{\"task_id\":\"t_1\",\"status\":\"queued\"}".getBytes(StandardCharsets.UTF_8);
    HttpResponse.BodySubscriber<byte[]> subscriber = subscriber(100, -1);
    subscriber.onNext(List.of(ByteBuffer.wrap(body, 0, 5), ByteBuffer.wrap(body, 5, 10)));
    subscriber.onNext(List.of(ByteBuffer.wrap(body, 15, body.length - 15)));
    subscriber.onComplete();
    assertArrayEquals(body, subscriber.getBody().toCompletableFuture().get());
  }

  @Test
  void aBodyExactlyAtTheCapIsReadAndOneByteMoreIsRefusedAcrossChunks() throws Exception {
    HttpResponse.BodySubscriber<byte[]> atCap = subscriber(6, 6);
    atCap.onNext(List.of(ByteBuffer.wrap(new byte[3]), ByteBuffer.wrap(new byte[3])));
    atCap.onComplete();
    assertEquals(6, atCap.getBody().toCompletableFuture().get().length);

    List<String> cancelled = new ArrayList<>();
    HttpResponse.BodySubscriber<byte[]> over = subscriber(6, -1, cancelled);
    over.onNext(List.of(ByteBuffer.wrap(new byte[4])));
    over.onNext(List.of(ByteBuffer.wrap(new byte[3]), ByteBuffer.wrap(new byte[1])));
    over.onComplete();
    CompletableFuture<byte[]> result = over.getBody().toCompletableFuture();
    ExecutionException e = assertThrows(ExecutionException.class, result::get);
    assertInstanceOf(LimitedBody.TooLargeException.class, e.getCause());
    assertEquals(List.of("cancel"), cancelled);
  }

  @Test
  void aDeclaredLengthOverTheCapIsRefusedBeforeReading() {
    List<String> calls = new ArrayList<>();
    HttpResponse.BodySubscriber<byte[]> subscriber = subscriber(6, 7, calls);
    assertEquals(List.of("cancel"), calls);
    ExecutionException e =
        assertThrows(
            ExecutionException.class, () -> subscriber.getBody().toCompletableFuture().get());
    assertInstanceOf(LimitedBody.TooLargeException.class, e.getCause());
  }

  private static HttpResponse.BodySubscriber<byte[]> subscriber(long cap, long declared) {
    return subscriber(cap, declared, new ArrayList<>());
  }

  private static HttpResponse.BodySubscriber<byte[]> subscriber(
      long cap, long declared, List<String> calls) {
    HttpHeaders headers =
        HttpHeaders.of(
            declared < 0 ? Map.of() : Map.of("Content-Length", List.of(String.valueOf(declared))),
            (n, v) -> true);
    HttpResponse.BodySubscriber<byte[]> subscriber =
        LimitedBody.handler(cap)
            .apply(
                new HttpResponse.ResponseInfo() {
                  @Override
                  public int statusCode() {
                    return 200;
                  }

                  @Override
                  public HttpHeaders headers() {
                    return headers;
                  }

                  @Override
                  public java.net.http.HttpClient.Version version() {
                    return java.net.http.HttpClient.Version.HTTP_1_1;
                  }
                });
    subscriber.onSubscribe(
        new Flow.Subscription() {
          @Override
          public void request(long n) {
            calls.add("request");
          }

          @Override
          public void cancel() {
            calls.add("cancel");
          }
        });
    calls.remove("request");
    return subscriber;
  }
}
