package dev.taskclients.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import dev.taskclients.runtime.exception.ApiException;
import dev.taskclients.runtime.exception.ConflictException;
import dev.taskclients.runtime.exception.InvalidResponseException;
import dev.taskclients.runtime.exception.NotFoundException;
import dev.taskclients.runtime.exception.ServerException;
import dev.taskclients.runtime.exception.UnexpectedStatusException;
import dev.taskclients.runtime.exception.UnprocessableEntityException;
import dev.taskclients.runtime.support.ApiInvoker;
import dev.taskclients.runtime.support.ApiRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link ApiInvoker#send(ApiRequest, RequestOptions)}: each status's body read as the spec
 * documents it, errors included.
 */
class ResponseKindsTest {
  /** An error model, as a spec might declare one for one status. */
  record Problem(String code, String message) {}

  private WireMockServer server;
  private ApiInvoker invoker;

  @BeforeEach
  void start() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    invoker = TestClient.builder(server.baseUrl()).build().invoker();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private void answer(int status, byte[] body) {
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(status).withBody(body)));
  }

  private void answer(int status, String body) {
    answer(status, body.getBytes(StandardCharsets.UTF_8));
  }

  /** An operation documenting a model, text, a file, an empty answer and an error model for 404. */
  private static ApiRequest operation() {
    return ApiRequest.builder("GET", "/op")
        .expect("200", "JSON", ModelBasesTest.Thing.class)
        .expect("201", "TEXT", String.class)
        .expect("203", "BINARY", byte[].class)
        .expect("204", "NONE", null)
        .expect("404", "JSON", Problem.class)
        .build();
  }

  private Object body() {
    return invoker.send(operation(), RequestOptions.NONE).body();
  }

  @Test
  void jsonIsReadIntoTheDocumentedType() {
    answer(200, "{\"id\":\"t1\"}");

    assertEquals("t1", ((ModelBasesTest.Thing) body()).toJsonMap().get("id"));
    server.verify(anyRequestedFor(anyUrl()).withHeader("Accept", equalTo("application/json")));
  }

  @Test
  void textIsReadAsUtf8String() {
    answer(201, "héllo");

    assertEquals("héllo", body());
  }

  @Test
  void binaryIsReadAsTheExactBytes() {
    answer(203, new byte[] {0, (byte) 0xff, 10});

    assertArrayEquals(new byte[] {0, (byte) 0xff, 10}, (byte[]) body());
  }

  @Test
  void noneIsNullWhateverTheBody() {
    answer(204, "");
    assertNull(body());
  }

  @Test
  void anUndocumentedSuccessIsReadAsTheFirstDocumentedOne() {
    answer(202, "{\"id\":\"t2\"}");

    assertInstanceOf(ModelBasesTest.Thing.class, body());
  }

  @Test
  void withoutDocumentedStatusesASuccessHasNoBody() {
    answer(200, "{\"id\":\"t1\"}");

    assertNull(invoker.send(ApiRequest.builder("GET", "/op").build(), RequestOptions.NONE).body());
  }

  @Test
  void anEmptyDocumentedJsonBodyIsAnInvalidResponse() {
    answer(200, "");

    InvalidResponseException e = assertThrows(InvalidResponseException.class, this::body);
    assertTrue(
        e.getMessage().startsWith("Invalid response to HTTP 200: empty body, expected Thing"),
        e.getMessage());
  }

  @Test
  void anErrorBodyIsReadIntoItsStatussModel() {
    answer(404, "{\"code\":\"gone\",\"message\":\"No such op\"}");

    NotFoundException e = assertThrows(NotFoundException.class, this::body);
    assertEquals(Optional.of(new Problem("gone", "No such op")), e.errorBody(Problem.class));
  }

  @Test
  void anErrorWithoutItsOwnModelUsesTheRequestsErrorModel() {
    answer(422, "{\"code\":\"bad\"}");
    ApiRequest request =
        ApiRequest.builder("GET", "/op")
            .expect("422", "JSON", null)
            .errorBodyType(Problem.class)
            .build();

    UnprocessableEntityException e =
        assertThrows(
            UnprocessableEntityException.class, () -> invoker.send(request, RequestOptions.NONE));
    assertEquals(Optional.of(new Problem("bad", null)), e.errorBody(Problem.class));
  }

  @Test
  void aTextErrorStatusUsesTheRequestsErrorModel() {
    answer(409, "{\"code\":\"dup\"}");
    ApiRequest request =
        ApiRequest.builder("GET", "/op")
            .expect("409", "TEXT", Problem.class)
            .errorBodyType(JsonNode.class)
            .build();

    ConflictException e =
        assertThrows(ConflictException.class, () -> invoker.send(request, RequestOptions.NONE));
    assertInstanceOf(JsonNode.class, e.errorBody());
  }

  @Test
  void anErrorBodyNotFittingItsModelIsKeptAsATree() {
    answer(404, "[1,2]");

    NotFoundException e = assertThrows(NotFoundException.class, this::body);
    assertEquals(TestJson.tree("[1,2]"), e.errorBody());
    assertEquals("[1,2]", e.rawBody());
  }

  @Test
  void anUndocumentedErrorIsATreeOrNothing() {
    answer(500, "{\"message\":\"boom\"}");
    ServerException e = assertThrows(ServerException.class, this::body);
    assertEquals("boom", ((JsonNode) e.errorBody()).get("message").asText());

    answer(500, "<html>boom</html>");
    assertNull(assertThrows(ServerException.class, this::body).errorBody());
  }

  @Test
  void asyncReadsTheSameWay() {
    answer(201, "text");
    assertEquals("text", invoker.sendAsync(operation(), RequestOptions.NONE).join().body());

    answer(404, "{\"code\":\"gone\"}");
    CompletionException e =
        assertThrows(
            CompletionException.class,
            () -> invoker.sendAsync(operation(), RequestOptions.NONE).join());
    assertEquals(
        Optional.of(new Problem("gone", null)),
        ((ApiException) e.getCause()).errorBody(Problem.class));
  }

  @Test
  void aRangeCoversItsWholeHundred() {
    ApiRequest request =
        ApiRequest.builder("GET", "/op").expect("2XX", "TEXT", String.class).build();

    answer(299, "last");
    assertEquals("last", invoker.send(request, RequestOptions.NONE).body());
    answer(300, "next");
    assertThrows(UnexpectedStatusException.class, () -> invoker.send(request, RequestOptions.NONE));
  }

  @Test
  void theDocumentedKindDecidesHowTheBodyIsRead() {
    answer(200, "{\"id\":\"t1\"}");
    ApiRequest json =
        ApiRequest.builder("GET", "/op").expect("200", "JSON", ModelBasesTest.Thing.class).build();
    Response<ModelBasesTest.Thing> thing = invoker.send(json, RequestOptions.NONE);
    assertEquals("t1", thing.body().toJsonMap().get("id"));

    answer(200, "plain words");
    ApiRequest text = ApiRequest.builder("GET", "/op").expect("200", "TEXT", String.class).build();
    Response<String> words = invoker.send(text, RequestOptions.NONE);
    assertEquals("plain words", words.body());
  }

  @Test
  void aMalformedBodyIsNamedWithoutTheParsersLocation() {
    answer(200, "{\"id\":");

    InvalidResponseException e = assertThrows(InvalidResponseException.class, this::body);
    assertTrue(
        e.getMessage().startsWith("Invalid response to HTTP 200: body is not a valid Thing: "),
        e.getMessage());
    assertFalse(e.getMessage().contains("[Source:"), e.getMessage());
  }

  @Test
  void aValueOfTheWrongShapeIsNamedByItsPlaceInTheBody() {
    answer(200, "{\"id\":\"1\",\"note\":{\"x\":1}}");
    InvalidResponseException field = assertThrows(InvalidResponseException.class, this::body);
    assertTrue(
        field
            .getMessage()
            .startsWith(
                "Invalid response to HTTP 200: body is not a valid Thing (at note): Cannot "),
        field.getMessage());

    answer(200, "{\"id\":\"1\",\"tags\":[\"a\",{\"x\":1}]}");
    InvalidResponseException element = assertThrows(InvalidResponseException.class, this::body);
    assertTrue(
        element
            .getMessage()
            .startsWith("Invalid response to HTTP 200: body is not a valid Thing (at tags[1]): "),
        element.getMessage());

    answer(200, "{\"id\":\"1\",\"tags\":[{\"x\":1}]}");
    assertTrue(
        assertThrows(InvalidResponseException.class, this::body)
            .getMessage()
            .startsWith("Invalid response to HTTP 200: body is not a valid Thing (at tags[0]): "));

    answer(200, "{\"note\":\"n\"}");
    InvalidResponseException root = assertThrows(InvalidResponseException.class, this::body);
    assertTrue(
        root.getMessage().startsWith("Invalid response to HTTP 200: body is not a valid Thing: "),
        root.getMessage());
  }

  @Test
  void asyncReadsAGenericType() {
    answer(200, "{\"a\":[1,2]}");

    ApiRequest request =
        ApiRequest.builder("GET", "/op")
            .expect("200", "JSON", new TypeReference<Map<String, List<Integer>>>() {}.getType())
            .build();
    Map<String, List<Integer>> body =
        invoker.<Map<String, List<Integer>>>sendAsync(request, RequestOptions.NONE).join().body();
    assertEquals(Map.of("a", List.of(1, 2)), body);
  }

  @Test
  void theRequestsAcceptIsSent() {
    answer(201, "a,b");

    invoker.send(
        ApiRequest.builder("GET", "/op")
            .accept("text/csv")
            .expect("201", "TEXT", String.class)
            .build(),
        RequestOptions.NONE);

    server.verify(anyRequestedFor(anyUrl()).withHeader("Accept", equalTo("text/csv")));
  }
}
