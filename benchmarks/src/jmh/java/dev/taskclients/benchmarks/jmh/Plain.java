package dev.taskclients.benchmarks.jmh;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * Hand-written records shaped like the recorded payloads, bound with plain Jackson data binding: what a careful user
 * would write without a generator. Same Java types as our models where it matters (timestamps, numbers, free-form
 * JSON), statuses as plain strings, no presence tracking, no unknown-property capture.
 */
public final class Plain {
  private Plain() {
  }

  /** {@return a plain mapper for these records} snake_case names, java.time as ISO strings, unknown fields ignored. */
  public static ObjectMapper newMapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .build();
  }

  /** beatra's task. */
  public record BeatraTask(String object, String taskId, String status, String capability, String model,
      String resolvedModel, Map<String, String> metadata, Map<String, JsonNode> input, Progress progress,
      Map<String, JsonNode> output, List<Warning> warnings, Error error, Usage usage, Billing billing,
      Callback callback, OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime completedAt,
      OffsetDateTime cancelRequestedAt, Links links) {
  }

  /** beatra's task progress. */
  public record Progress(Integer percent, String stage, String message) {
  }

  /** beatra's task warning. */
  public record Warning(String code, String message, String field) {
  }

  /** beatra's task error. */
  public record Error(String code, String message, Boolean retryable) {
  }

  /** beatra's usage. */
  public record Usage(Long inputTokens, Long outputTokens, Long cacheReadTokens, Long cacheCreationTokens,
      Long reasoningTokens, Long imageCount, Long imagePixels, BigDecimal videoSeconds, BigDecimal audioSeconds,
      Long characters, List<UsageLine> lines, String credits, String creditsUsdReference) {
  }

  /** beatra's usage line. */
  public record UsageLine(String meter, String quantity, String unit, String billedAmountCredits,
      String billedAmountCreditsUsdReference) {
  }

  /** beatra's billing. */
  public record Billing(String chargedCredits, String refundedCredits, String chargedCreditsUsdReference,
      String refundedCreditsUsdReference, String currency) {
  }

  /** beatra's callback delivery. */
  public record Callback(String url, String status, Integer attemptCount, OffsetDateTime deliveredAt,
      String lastError) {
  }

  /** beatra's task links. */
  public record Links(String self, String cancel) {
  }

  /** Deepomatic's task. */
  public record DeepomaticTask(String id, String status, String error, OffsetDateTime dateCreated,
      OffsetDateTime dateUpdated, Map<String, JsonNode> data, JsonNode subtasks) {
  }

  /** Deepomatic's page of tasks. */
  public record DeepomaticPage(Integer count, String next, String previous, List<DeepomaticTask> results) {
  }

  /** Optexity's task status. */
  public record OptexityStatus(Boolean success, String taskId, String status, String endPoint, String goal,
      OffsetDateTime createdAt, OffsetDateTime completedAt, OffsetDateTime failedAt,
      OffsetDateTime estimatedCompletion, String result, Integer progress, String executionTime, String error,
      String errorCode) {
  }
}
