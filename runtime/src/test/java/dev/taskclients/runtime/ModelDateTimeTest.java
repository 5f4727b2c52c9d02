package dev.taskclients.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A model's date-time field keeps its received text while it keeps that value, and bad date-times
 * are named.
 */
class ModelDateTimeTest {
  private static final String TEXT = "2024-03-15T09:30:00.250Z";
  private final ObjectMapper mapper = Json.newObjectMapper();

  /** A model with a date-time field, as the templates generate one. */
  @JsonDeserialize(using = Event.Reader.class)
  static final class Event extends JsonModel {
    private static final Set<String> LISTED = Set.of("id", "at");
    final String id;
    final OffsetDateTime at;

    private Event(Builder builder) {
      super(builder);
      this.id = builder.id;
      this.at = builder.at;
    }

    Builder toBuilder() {
      return new Builder(this);
    }

    @Override
    protected void writeFields(FieldWriter out) {
      out.field("id", id).field("at", at);
    }

    static final class Reader extends JsonModelReader<Event, Builder> {
      private static final long serialVersionUID = 1L;

      Reader() {
        super(
            Event.class, field("id", type(String.class)), field("at", type(OffsetDateTime.class)));
      }

      @Override
      protected Builder builder() {
        return new Builder();
      }

      @Override
      protected boolean readField(Builder b, String name, JsonParser p, DeserializationContext ctxt)
          throws IOException {
        switch (name) {
          case "id" -> b.id = value(b, name, 0, p, ctxt);
          case "at" -> b.at = dateTime(b, name, p);
          default -> {
            return false;
          }
        }
        return true;
      }

      @Override
      protected Event build(Builder b) {
        return b.build();
      }
    }

    static final class Builder extends JsonModelBuilder<Builder> {
      private String id;
      private OffsetDateTime at;

      Builder() {
        super("Event", LISTED);
      }

      private Builder(Event source) {
        super("Event", LISTED, source);
        this.id = source.id;
        this.at = source.at;
      }

      Builder id(String id) {
        this.id = id;
        return mark("id", id);
      }

      Builder at(OffsetDateTime at) {
        this.at = at;
        return mark("at", at);
      }

      Event build() {
        return new Event(this);
      }
    }
  }

  private Event read(String json) throws Exception {
    return mapper.readValue(json, Event.class);
  }

  /**
   * Reads with a mapper that throws a field's problem as it is, not wrapped with the field's path.
   */
  private static Event readUnwrapped(String json) throws Exception {
    return Json.newObjectMapper()
        .disable(DeserializationFeature.WRAP_EXCEPTIONS)
        .readValue(json, Event.class);
  }

  private String write(Event event) throws Exception {
    return mapper.writeValueAsString(event);
  }

  @Test
  void aReceivedDateTimeIsWrittenBackUnchanged() throws Exception {
    Event event = read("{\"id\":\"e1\",\"at\":\"" + TEXT + "\"}");

    assertEquals(OffsetDateTime.parse(TEXT), event.at);
    assertEquals("{\"id\":\"e1\",\"at\":\"" + TEXT + "\"}", write(event));
    assertEquals(
        "{\"at\":\"2024-03-15T11:30:00.100+02:00\"}",
        write(read("{\"at\":\"2024-03-15T11:30:00.100+02:00\"}")));
  }

  @Test
  void aCopyKeepsTheTextAndSoDoesTheSameValue() throws Exception {
    Event event = read("{\"at\":\"" + TEXT + "\"}");

    assertEquals("{\"at\":\"" + TEXT + "\"}", write(event.toBuilder().build()));
    assertEquals(
        "{\"at\":\"" + TEXT + "\"}",
        write(event.toBuilder().at(OffsetDateTime.parse("2024-03-15T09:30:00.25Z")).build()));
    assertEquals(
        "{\"id\":\"e\",\"at\":\"" + TEXT + "\"}", write(event.toBuilder().id("e").build()));
    assertEquals(
        "{\"at\":\"" + TEXT + "\",\"x\":1}",
        write(read("{\"at\":\"" + TEXT + "\",\"x\":1}").toBuilder().build()));
  }

  @Test
  void anotherValueDropsTheTextForGood() throws Exception {
    Event event = read("{\"at\":\"" + TEXT + "\"}");
    OffsetDateTime original = event.at;

    assertEquals(
        "{\"at\":\"2025-01-01T00:00:00Z\"}",
        write(event.toBuilder().at(OffsetDateTime.parse("2025-01-01T00:00:00Z")).build()));
    assertEquals("{\"at\":null}", write(event.toBuilder().at(null).build()));
    assertEquals(
        "{\"at\":\"2024-03-15T09:30:00.25Z\"}",
        write(
            event.toBuilder()
                .at(OffsetDateTime.parse("2025-01-01T00:00:00Z"))
                .at(original)
                .build()));
  }

  @Test
  void jsonNullIsAnExplicitNull() throws Exception {
    Event event = read("{\"at\":null}");

    assertNull(event.at);
    assertTrue(event.has("at"));
    assertEquals("{\"at\":null}", write(event));
    assertNull(new Event.Builder().at(null).build().at);
    assertTrue(new Event.Builder().at(null).build().has("at"));
  }

  @Test
  void aDateTimeThatIsNotAStringIsNamed() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> readUnwrapped("{\"at\":5}"));

    assertEquals("'at' must be an RFC 3339 date-time string, was NUMBER", e.getMessage());
  }

  @Test
  void anUnparseableDateTimeIsNamed() {
    for (String bad : new String[] {"yesterday", "2024-03-15T09:30:00", "2024-03-15"}) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> readUnwrapped("{\"at\":\"" + bad + "\"}"), bad);
      assertTrue(e.getMessage().startsWith("'at' is not an RFC 3339 date-time: "), e.getMessage());
      assertInstanceOf(DateTimeParseException.class, e.getCause());
    }
  }

  @Test
  void aBadDateTimeInAPayloadFailsTheReadAtThatField() {
    JsonMappingException unparseable =
        assertThrows(JsonMappingException.class, () -> read("{\"at\":\"soon\"}"));
    assertEquals("at", unparseable.getPath().get(0).getFieldName());

    JsonMappingException number =
        assertThrows(JsonMappingException.class, () -> read("{\"at\":5}"));
    assertEquals(
        "'at' must be an RFC 3339 date-time string, was NUMBER", number.getOriginalMessage());
  }

  @Test
  void equalityFollowsTheValueWhileEachKeepsItsOwnText() throws Exception {
    Event event = read("{\"at\":\"" + TEXT + "\"}");
    Event shorter = read("{\"at\":\"2024-03-15T09:30:00.25Z\"}");

    assertEquals(event, shorter, "the same instant and offset, written two ways");
    assertEquals(event.hashCode(), shorter.hashCode());
    assertNotEquals(write(event), write(shorter), "each is written back as it came");
    assertNotEquals(event, read("{\"at\":\"2024-03-15T09:30:00.251Z\"}"));
  }

  @Test
  void aReceivedModelEqualsABuiltOneWritingTheSameJson() throws Exception {
    Event received = read("{\"at\":\"2024-03-15T09:30:00Z\"}");
    Event built = new Event.Builder().at(OffsetDateTime.parse("2024-03-15T09:30:00Z")).build();

    assertEquals(write(received), write(built));
    assertEquals(received, built);
    assertEquals(received.hashCode(), built.hashCode());
  }
}
