package dev.taskclients.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class JsonTest {
  private final ObjectMapper mapper = Json.newObjectMapper();

  @Test
  void trailingTokensAfterTheDocumentAreRefused() {
    assertThrows(JsonProcessingException.class, () -> mapper.readTree("{\"a\":1} {\"b\":2}"));
    assertThrows(
        JsonProcessingException.class, () -> mapper.readValue("{\"a\":1} garbage", Object.class));
  }

  @Test
  void timestampsKeepTheirOffsetAndIsoForm() throws Exception {
    OffsetDateTime parsed = mapper.readValue("\"2024-01-15T10:30:00+02:00\"", OffsetDateTime.class);

    assertEquals("+02:00", parsed.getOffset().getId());
    assertEquals("\"2024-01-15T10:30:00+02:00\"", mapper.writeValueAsString(parsed));
    assertEquals(
        "\"2018-03-10T20:38:12.818792Z\"",
        mapper.writeValueAsString(
            mapper.readValue("\"2018-03-10T20:38:12.818792Z\"", OffsetDateTime.class)));
  }

  @Test
  void nestingDeeperThanTheLimitIsRefused() throws Exception {
    String deep = "[".repeat(Json.MAX_NESTING_DEPTH + 1) + "]".repeat(Json.MAX_NESTING_DEPTH + 1);
    String allowed = "[".repeat(Json.MAX_NESTING_DEPTH) + "]".repeat(Json.MAX_NESTING_DEPTH);

    assertThrows(JsonProcessingException.class, () -> mapper.readTree(deep));
    assertEquals(1, mapper.readTree(allowed).size());
  }

  @Test
  void overlongNumbersAreRefused() {
    assertThrows(
        JsonProcessingException.class,
        () -> mapper.readTree("1" + "0".repeat(Json.MAX_NUMBER_LENGTH + 1)));
  }

  @Test
  void overlongStringsAreRefused() {
    String tooLong = "\"" + "x".repeat(Json.MAX_STRING_LENGTH + 1) + "\"";
    assertThrows(JsonProcessingException.class, () -> mapper.readValue(tooLong, String.class));
  }

  @Test
  void sharedMapperIsOneInstance() {
    assertSame(Json.shared(), Json.shared());
  }
}
