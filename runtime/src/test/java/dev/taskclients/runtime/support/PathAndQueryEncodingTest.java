package dev.taskclients.runtime.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taskclients.runtime.internal.UrlEncoding;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PathAndQueryEncodingTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "task_123|task_123",
        "../admin|..%2Fadmin",
        "a/b?c#d|a%2Fb%3Fc%23d",
        "%2e%2e|%252e%252e",
        "with space|with%20space",
        "tâche-é|t%C3%A2che-%C3%A9",
        "A-z.0_~|A-z.0_~",
        "a;b=c&d+e|a%3Bb%3Dc%26d%2Be"
      })
  void valueBecomesExactlyOneSegment(String value, String encoded) {
    assertEquals(encoded, UrlEncoding.pathSegment(value));
    assertTrue(!encoded.contains("/") && !encoded.contains("?") && !encoded.contains("#"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".", ".."})
  void segmentsThatMoveThePathAreRefused(String value) {
    assertThrows(IllegalArgumentException.class, () -> UrlEncoding.pathSegment(value));
  }

  @Test
  void nullIsRefused() {
    assertThrows(NullPointerException.class, () -> UrlEncoding.pathSegment(null));
  }

  @Test
  void requestExpandsItsTemplateAndRepeatsListParameters() {
    ApiRequest request =
        ApiRequest.builder("GET", "/v1/tasks/{task_id}")
            .pathParam("task_id", "a/b")
            .query("task_ids", List.of("1", "2 3"), "form", true)
            .query("skip", null, "form", true)
            .query("q", "x&y=z", "form", true)
            .build();

    assertEquals("/v1/tasks/a%2Fb", request.path());
    assertEquals("task_ids=1&task_ids=2%203&q=x%26y%3Dz", request.query());
    assertEquals("GET /v1/tasks/a%2Fb?task_ids=1&task_ids=2%203&q=x%26y%3Dz", request.toString());
  }

  @Test
  void templateVariableWithoutValueIsNamed() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> ApiRequest.builder("GET", "/v1/tasks/{task_id}").build());
    assertEquals("path parameter 'task_id' of /v1/tasks/{task_id} has no value", e.getMessage());
  }

  @Test
  void queryStringsEncodeSpaceAsPercent20() {
    assertEquals("a%20b%2Bc", UrlEncoding.queryComponent("a b+c"));
  }
}
