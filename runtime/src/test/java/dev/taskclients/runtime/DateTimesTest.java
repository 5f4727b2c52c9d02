package dev.taskclients.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * {@link DateTimes} reads exactly what {@link OffsetDateTime#parse} reads, to the same value, and
 * refuses the rest alike.
 */
class DateTimesTest {
  private static final String[] TEXTS = {
    "2019-08-24T14:15:22Z",
    "2024-03-15T09:30:00.250Z",
    "2024-03-15T09:30:00.25+02:00",
    "0000-01-01T00:00:00Z",
    "9999-12-31T23:59:59.999999999-18:00",
    "2024-02-29T00:00:00+18:00",
    "2024-03-15T09:30:00.1-00:00",
    "2024-03-15T09:30:00.123456789+05:45",
    // parsed by OffsetDateTime.parse, not by the fast path
    "2024-03-15t09:30:00z",
    "2024-03-15T09:30Z",
    "2024-03-15T09:30:00+02:00:30",
    "2024-03-15T09:30:00.Z",
    "+12024-03-15T09:30:00Z",
    "2024-03-15T09:30:00+0200",
    // refused by both
    "2023-02-29T00:00:00Z",
    "2024-13-01T00:00:00Z",
    "2024-00-01T00:00:00Z",
    "2024-01-32T00:00:00Z",
    "2024-01-01T24:00:00Z",
    "2024-01-01T00:60:00Z",
    "2024-01-01T00:00:60Z",
    "2024-01-01T00:00:00+18:01",
    "2024-01-01T00:00:00+19:00",
    "2024-01-01T00:00:00+01:60",
    "2024-01-01T00:00:00.1234567891Z",
    "2024-01-01T00:00:00",
    "2024-01-01 00:00:00Z",
    "2024-01-01T00:00:00ZZ",
    "2024-01-01T00:00:00+01",
    "2024-1-01T00:00:00Z",
    "2024-01-01T00:00:00.x1Z",
    "2024/01/01T00:00:00Z",
    "2024-01-01T00-00:00Z",
    "2024-01-01T00:00-00Z",
    "2024-01-01X00:00:00Z",
    "2024-01-01T00:00:0aZ",
    "a024-01-01T00:00:00Z",
    "2024-01-01T00:00:00*01:00",
    "2024-01-01T00:00:00+01-00",
    "2024-01-01T00:00:00+a1:00",
    "2024-01-01T00:00:00+01:0a",
    "2024-01-01T00:00:00.",
    "2024-01-01T00:00:00.5",
    ""
  };

  @Test
  void agreesWithOffsetDateTimeParse() {
    for (String text : TEXTS) {
      OffsetDateTime expected;
      try {
        expected = OffsetDateTime.parse(text);
      } catch (DateTimeParseException e) {
        DateTimeParseException ours =
            assertThrows(DateTimeParseException.class, () -> DateTimes.parse(text), text);
        assertEquals(e.getMessage(), ours.getMessage());
        continue;
      }
      assertEquals(expected, DateTimes.parse(text), text);
    }
  }

  @Test
  void theUsualFormsTakeTheFastPath() {
    assertNotNull(DateTimes.fastParse("2024-03-15T09:30:00Z"));
    assertNotNull(DateTimes.fastParse("2024-03-15T09:30:00.250Z"));
    assertNotNull(DateTimes.fastParse("2024-03-15T09:30:00.123456789Z"));
    assertNotNull(DateTimes.fastParse("2024-03-15T09:30:00-07:30"));
    assertEquals(
        ZoneOffset.ofHoursMinutes(-7, -30),
        DateTimes.fastParse("2024-03-15T09:30:00-07:30").getOffset());
    assertEquals(
        ZoneOffset.ofHours(18), DateTimes.fastParse("2024-03-15T09:30:00+18:00").getOffset());
    assertNull(DateTimes.fastParse("2024-03-15t09:30:00Z"));
    assertNull(DateTimes.fastParse("2023-02-29T00:00:00Z"));
    assertNull(DateTimes.fastParse("2024-03-15T09:30:00+18:01"));
  }

  @Property(tries = 300)
  void anyDateTimeReadsAsOffsetDateTimeParseReadsIt(
      @ForAll @IntRange(min = 0, max = 9999) int year,
      @ForAll @IntRange(min = 1, max = 12) int month,
      @ForAll @IntRange(min = 1, max = 31) int day,
      @ForAll @IntRange(min = 0, max = 86399) int second,
      @ForAll @IntRange(min = 0, max = 999_999_999) int nano,
      @ForAll @IntRange(min = 0, max = 9) int digits,
      @ForAll @IntRange(min = -1080, max = 1080) int offsetMinutes) {
    String fraction = digits == 0 ? "" : "." + String.format("%09d", nano).substring(0, digits);
    String offset =
        offsetMinutes == 0 && digits % 2 == 0
            ? "Z"
            : String.format(
                "%s%02d:%02d",
                offsetMinutes < 0 ? "-" : "+",
                Math.abs(offsetMinutes) / 60,
                Math.abs(offsetMinutes) % 60);
    String text =
        String.format(
            "%04d-%02d-%02dT%02d:%02d:%02d%s%s",
            year, month, day, second / 3600, second / 60 % 60, second % 60, fraction, offset);
    OffsetDateTime expected;
    try {
      expected = OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      assertThrows(DateTimeParseException.class, () -> DateTimes.parse(text), text);
      return;
    }
    assertEquals(expected, DateTimes.fastParse(text), text);
  }
}
