package dev.taskclients.runtime.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/** Reads a {@code Retry-After} header: delay-seconds or an HTTP date (RFC 9110). */
public final class RetryAfter {
  private RetryAfter() {}

  /**
   * Parses the header's first value, if any, an HTTP date against {@code clock}; garbage, a
   * negative number or a date in the past gives empty.
   */
  public static Optional<Duration> parse(List<String> values, Clock clock) {
    if (values == null || values.isEmpty()) {
      return Optional.empty();
    }
    String value = values.get(0).trim();
    if (!value.isEmpty() && value.chars().allMatch(Character::isDigit)) {
      try {
        return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
      } catch (NumberFormatException tooLong) {
        return Optional.empty();
      }
    }
    try {
      Duration until =
          Duration.between(
              clock.instant(),
              ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
      return until.isNegative() ? Optional.empty() : Optional.of(until);
    } catch (DateTimeParseException notADate) {
      return Optional.empty();
    }
  }
}
