package dev.taskclients.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taskclients.runtime.internal.RetryAfter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAfterTest {
  private static final Clock NOW =
      Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);

  @Test
  void secondsAndHttpDatesAreRead() {
    assertEquals(Optional.of(Duration.ofSeconds(7)), RetryAfter.parse(List.of("7"), NOW));
    assertEquals(
        Optional.of(Duration.ofSeconds(90)),
        RetryAfter.parse(List.of("Sun, 22 Nov 2026 12:01:30 GMT"), NOW));
  }

  @Test
  void garbagePastDatesAndNegativesGiveNothing() {
    assertEquals(Optional.empty(), RetryAfter.parse(List.of("soon"), NOW));
    assertEquals(Optional.empty(), RetryAfter.parse(List.of("-3"), NOW));
    assertEquals(Optional.empty(), RetryAfter.parse(List.of("Sun, 22 Nov 2026 11:59:00 GMT"), NOW));
    assertEquals(Optional.empty(), RetryAfter.parse(List.of("99999999999999999999999"), NOW));
    assertEquals(Optional.empty(), RetryAfter.parse(null, NOW));
  }
}
