package dev.taskclients.runtime.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.taskclients.runtime.ClientConfig;
import dev.taskclients.runtime.RequestOptions;
import dev.taskclients.runtime.Response;
import dev.taskclients.runtime.exception.ApiException;
import dev.taskclients.runtime.exception.ApiIoException;
import dev.taskclients.runtime.exception.ApiTimeoutException;
import dev.taskclients.runtime.exception.InvalidResponseException;
import dev.taskclients.runtime.exception.TaskClientException;
import dev.taskclients.runtime.internal.ApiExceptions;
import dev.taskclients.runtime.internal.Headers;
import java.io.IOException;
import java.lang.reflect.Type;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;

/**
 * Turns what an attempt got into what the call answers: a response's body read as its documented
 * status says (JSON into the spec's type, text, bytes, nothing), an error status into its typed
 * exception with the error body parsed, and a failure without a response into {@link
 * ApiTimeoutException}, {@link ApiIoException} or, for a body over the size cap, {@link
 * InvalidResponseException}.
 */
final class ResponseDecoder {
  private final ClientConfig config;

  ResponseDecoder(ClientConfig config) {
    this.config = config;
  }

  /**
   * {@return the response, its body read as its documented status says} Throws ApiException for an
   * error status, InvalidResponseException for a success body that cannot be read.
   */
  <T> Response<T> decode(ApiRequest request, RequestOptions options, Arrived response) {
    int status = response.status();
    Map<String, List<String>> headers = Headers.of(response.headers());
    String requestId = requestId(response.headers(), options);
    byte[] body = response.body() == null ? new byte[0] : response.body();
    if (status >= 200 && status <= 299) {
      ApiRequest.Expected expected = request.expected(status);
      if (expected == null) {
        return new Response<>(status, headers, null, requestId);
      }
      return new Response<>(
          status, headers, this.<T>readExpected(expected, status, body, requestId), requestId);
    }
    throw error(request, status, headers, body, requestId);
  }

  /** {@return the {@code X-Request-Id} the server answered with, else the one sent} */
  static String requestId(HttpHeaders headers, RequestOptions options) {
    String answered = Headers.first(headers, RequestEncoder.REQUEST_ID_HEADER);
    return answered != null ? answered : options.requestId().orElse(null);
  }

  @SuppressWarnings(
      "unchecked") // the generated call declares T as the type of its success statuses
  private <T> T readExpected(
      ApiRequest.Expected expected, int status, byte[] body, String requestId) {
    return switch (expected.kind()) {
      case "NONE" -> null;
      case "TEXT" -> (T) new String(body, StandardCharsets.UTF_8);
      case "BINARY" -> (T) body;
      default -> parseBody(status, body, javaType(expected.type()), requestId);
    };
  }

  /**
   * {@return the typed exception of an error status, its body parsed into the documented error
   * model if it fits}
   */
  ApiException error(
      ApiRequest request,
      int status,
      Map<String, List<String>> headers,
      byte[] body,
      String requestId) {
    ApiRequest.Expected expected = request.expected(status);
    Type errorType =
        expected != null && expected.kind().equals("JSON") && expected.type() != null
            ? expected.type()
            : request.errorBodyType();
    Object errorBody = parseErrorBody(body, errorType == null ? null : javaType(errorType));
    return ApiExceptions.forStatus(
        status, headers, new String(body, StandardCharsets.UTF_8), errorBody, requestId);
  }

  private JavaType javaType(Type type) {
    return config.objectMapper().getTypeFactory().constructType(type);
  }

  private <T> T parseBody(int status, byte[] body, JavaType type, String requestId) {
    if (type.hasRawClass(Void.class)) {
      return null;
    }
    if (body.length == 0) {
      throw new InvalidResponseException(
          "empty body, expected " + type.getRawClass().getSimpleName(),
          status,
          "",
          requestId,
          null);
    }
    try {
      return config.objectMapper().readValue(body, type);
    } catch (IOException | RuntimeException e) {
      // RuntimeException covers a model refusing its values (e.g. a required field missing).
      String what =
          e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
      String at = e instanceof JsonMappingException mapping ? jsonPath(mapping.getPath()) : "";
      throw new InvalidResponseException(
          "body is not a valid "
              + type.getRawClass().getSimpleName()
              + (at.isEmpty() ? "" : " (at " + at + ")")
              + ": "
              + what,
          status,
          new String(body, StandardCharsets.UTF_8),
          requestId,
          e);
    }
  }

  /**
   * Where in the body a value was refused, by JSON names and indexes ({@code results[0].status});
   * empty at the root.
   */
  static String jsonPath(List<JsonMappingException.Reference> path) {
    StringBuilder text = new StringBuilder();
    for (JsonMappingException.Reference step : path) {
      if (step.getFieldName() != null) {
        text.append(text.length() == 0 ? "" : ".").append(step.getFieldName());
      } else if (step.getIndex() >= 0) {
        text.append('[').append(step.getIndex()).append(']');
      }
    }
    return text.toString();
  }

  /** The spec's error model when the body fits it, else the JSON tree, else null. */
  private Object parseErrorBody(byte[] body, JavaType errorBodyType) {
    if (body.length == 0) {
      return null;
    }
    ObjectMapper mapper = config.objectMapper();
    if (errorBodyType != null) {
      try {
        return mapper.readValue(body, errorBodyType);
      } catch (IOException | RuntimeException notTheModel) {
        // Fall through: a proxy's page or an unexpected shape is still worth keeping.
      }
    }
    try {
      return mapper.readTree(body);
    } catch (IOException notJson) {
      return null;
    }
  }

  /**
   * {@return the typed exception of an attempt that got no whole response} A body over the size cap
   * is an InvalidResponseException (not retried), a timeout an ApiTimeoutException naming what did
   * not arrive in time, and anything else an ApiIoException.
   */
  TaskClientException failure(HttpRequest http, RequestOptions options, Throwable thrown) {
    Throwable cause =
        thrown instanceof CompletionException && thrown.getCause() != null
            ? thrown.getCause()
            : thrown;
    LimitedBody.TooLargeException tooLarge =
        causeOfType(cause, LimitedBody.TooLargeException.class);
    if (tooLarge != null) {
      return new InvalidResponseException(
          tooLarge.getMessage(), tooLarge.status, "", options.requestId().orElse(null), cause);
    }
    if (cause instanceof HttpTimeoutException) {
      String part =
          cause instanceof AttemptTimeout ? cause.getMessage() : "waiting for the response headers";
      return new ApiTimeoutException(
          RequestEncoder.describe(http)
              + " timed out after "
              + http.timeout().map(Duration::toString).orElse("?")
              + " "
              + part,
          cause);
    }
    return new ApiIoException(RequestEncoder.describe(http) + " failed: " + cause, cause);
  }

  private static <X extends Throwable> X causeOfType(Throwable thrown, Class<X> type) {
    Throwable t = thrown;
    while (t != null && !type.isInstance(t)) {
      t = t.getCause();
    }
    return type.cast(t);
  }
}
