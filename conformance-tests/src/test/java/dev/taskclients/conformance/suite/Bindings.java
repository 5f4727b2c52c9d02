package dev.taskclients.conformance.suite;

import com.fasterxml.jackson.databind.JsonNode;
import dev.taskclients.beatra.BeatraClient;
import dev.taskclients.deepomatic.DeepomaticClient;
import dev.taskclients.optexity.OptexityClient;
import dev.taskclients.optexity.model.TaskStatusRequest;
import dev.taskclients.runtime.Json;
import dev.taskclients.runtime.RequestOptions;
import dev.taskclients.runtime.Response;
import dev.taskclients.runtime.RetryPolicy;
import java.util.Map;
import java.util.Set;

/** The bindings of the three APIs, by spec name. Retries are off: each case proves one exchange. */
final class Bindings {
  static final String KEY = "conformance-key-1";

  private Bindings() {}

  static final Map<String, ApiBinding> ALL =
      Map.of("optexity", new Optexity(), "deepomatic", new Deepomatic(), "beatra", new Beatra());

  private static RequestOptions options(CallInput input) {
    return RequestOptions.builder().requestId(input.requestId()).build();
  }

  private static IllegalArgumentException unbound(String api, String operationId) {
    return new IllegalArgumentException(api + " has no binding for operation " + operationId);
  }

  static final class Optexity implements ApiBinding {
    public String api() {
      return "optexity";
    }

    public Set<String> operations() {
      return Set.of("getTaskStatus");
    }

    public Response<?> call(String operationId, String baseUrl, CallInput input) {
      OptexityClient client =
          OptexityClient.builder()
              .baseUrl(baseUrl)
              .apiKey(KEY)
              .retryPolicy(RetryPolicy.none())
              .build();
      if (operationId.equals("getTaskStatus")) {
        TaskStatusRequest body =
            Json.shared().convertValue(input.requestBody(), TaskStatusRequest.class);
        return client.withRawResponse().getTaskStatus(body, options(input));
      }
      throw unbound(api(), operationId);
    }

    public String authHeader() {
      return "x-api-key";
    }

    public String authValue() {
      return KEY;
    }

    public Class<?> errorModel() {
      return dev.taskclients.optexity.model.ErrorResponse.class;
    }

    public String syntheticErrorBody(int status) {
      return "{\"error\":\"conformance error " + status + "\"}";
    }
  }

  static class Deepomatic implements ApiBinding {
    public String api() {
      return "deepomatic";
    }

    public Set<String> operations() {
      return Set.of("getTask", "getTasks");
    }

    public Response<?> call(String operationId, String baseUrl, CallInput input) {
      DeepomaticClient.RawClient client =
          DeepomaticClient.builder()
              .baseUrl(baseUrl)
              .apiKey(KEY)
              .retryPolicy(RetryPolicy.none())
              .build()
              .withRawResponse();
      switch (operationId) {
        case "getTask":
          return client.getTask(input.taskId(), options(input));
        case "getTasks":
          return client.getTasks(input.taskIds(), options(input));
        default:
          throw unbound(api(), operationId);
      }
    }

    public String authHeader() {
      return "X-API-KEY";
    }

    public String authValue() {
      return KEY;
    }

    public Class<?> errorModel() {
      return JsonNode.class;
    }

    public String syntheticErrorBody(int status) {
      return "{\"error\":\"conformance error " + status + "\"}";
    }
  }

  static final class Beatra implements ApiBinding {
    public String api() {
      return "beatra";
    }

    public Set<String> operations() {
      return Set.of("getTask");
    }

    public Response<?> call(String operationId, String baseUrl, CallInput input) {
      BeatraClient client =
          BeatraClient.builder()
              .baseUrl(baseUrl)
              .bearerToken(KEY)
              .retryPolicy(RetryPolicy.none())
              .build();
      if (operationId.equals("getTask")) {
        return client.withRawResponse().getTask(input.taskId(), options(input));
      }
      throw unbound(api(), operationId);
    }

    public String authHeader() {
      return "Authorization";
    }

    public String authValue() {
      return "Bearer " + KEY;
    }

    public Class<?> errorModel() {
      return dev.taskclients.beatra.model.ErrorResponse.class;
    }

    public String syntheticErrorBody(int status) {
      return "{\"error\":{\"code\":\"conformance_"
          + status
          + "\",\"message\":\"conformance error "
          + status
          + "\",\"retryable\":false,\"request_id\":\""
          + CallInput.REQUEST_ID
          + "\"}}";
    }
  }
}
