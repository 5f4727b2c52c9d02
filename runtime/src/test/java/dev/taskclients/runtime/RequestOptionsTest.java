package dev.taskclients.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestOptionsTest {
  @Test
  void noneHasNothingSet() {
    assertTrue(RequestOptions.NONE.headers().isEmpty());
    assertEquals(Optional.empty(), RequestOptions.NONE.timeout());
    assertEquals(Optional.empty(), RequestOptions.NONE.requestId());
  }

  @Test
  void holdsHeadersTimeoutAndRequestId() {
    RequestOptions options =
        RequestOptions.builder()
            .header("X-Trace", "a")
            .header("x-trace", "b")
            .timeout(Duration.ofSeconds(2))
            .requestId("req-1")
            .build();

    assertEquals(List.of("a", "b"), options.headers().get("X-TRACE"));
    assertEquals(Optional.of(Duration.ofSeconds(2)), options.timeout());
    assertEquals(Optional.of("req-1"), options.requestId());
    assertEquals(options, options.toBuilder().build());
    assertThrows(UnsupportedOperationException.class, () -> options.headers().clear());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Authorization", "content-type", "Content-Length", "HOST"})
  void headersTheClientOwnsCannotBeOverridden(String name) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> RequestOptions.builder().header(name, "x"));
    assertTrue(e.getMessage().contains(name), e.getMessage());
  }

  @Test
  void badValuesAreRefused() {
    assertThrows(
        IllegalArgumentException.class, () -> RequestOptions.builder().header("X-A", "a\r\nb"));
    assertThrows(IllegalArgumentException.class, () -> RequestOptions.builder().requestId("id\n"));
    assertThrows(
        IllegalArgumentException.class, () -> RequestOptions.builder().timeout(Duration.ZERO));
    assertThrows(
        IllegalArgumentException.class,
        () -> RequestOptions.builder().timeout(Duration.ofSeconds(-1)));
    assertThrows(NullPointerException.class, () -> RequestOptions.builder().timeout(null));
  }
}
