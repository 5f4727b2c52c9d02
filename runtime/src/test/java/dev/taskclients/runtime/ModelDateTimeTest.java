package dev.taskclients.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A model's date-time field keeps its received text while it keeps that value, and bad date-times are named. */
class ModelDateTimeTest {
  private static final String TEXT = "2024-03-15T09:30:00.250Z";
  private final ObjectMapper mapper = Json.newObjectMapper();

  /** A model with a date-time field, as the templates generate one. */
  @JsonDeserialize(builder = Event.Builder.class)
  static final class Event extends JsonModel implements TaskView {
    private static final Set<String> LISTED = Set.of("id", "at");
    private static final TaskShape SHAPE = TaskShape.builder().id("id").status("id").estimatedCompletion("at").build();
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

    @Override
    public TaskShape taskShape() {
      return SHAPE;
    }

    @JsonPOJOBuilder(withPrefix = "")
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

      @JsonProperty("id")
      Builder id(String id) {
        this.id = id;
        return mark("id", id);
      }

      @JsonIgnore
      Builder at(OffsetDateTime at) {
        this.at = at;
        return mark("at", at);
      }

      @JsonProperty("at")
      Builder atFromJson(JsonNode json) {
        return at(dateTime("at", json));
      }

      Event build() {
        return new Event(this);
      }
    }
  }

  private Event read(String json) throws Exception {
    return mapper.readValue(json, Event.class);
  }

  private String write(Event event) throws Exception {
    return mapper.writeValueAsString(event);
  }

  @Test
  void aReceivedDateTimeIsWrittenBackUnchanged() throws Exception {
    Event event = read("{\"id\":\"e1\",\"at\":\"" + TEXT + "\"}");

    assertEquals(OffsetDateTime.parse(TEXT), event.at);
    assertEquals("{\"id\":\"e1\",\"at\":\"" + TEXT + "\"}", write(event));
    assertEquals("{\"at\":\"2024-03-15T11:30:00.100+02:00\"}", write(read("{\"at\":\"2024-03-15T11:30:00.100+02:00\"}")));
  }

  @Test
  void aCopyKeepsTheTextAndSoDoesTheSameValue() throws Exception {
    Event event = read("{\"at\":\"" + TEXT + "\"}");

    assertEquals("{\"at\":\"" + TEXT + "\"}", write(event.toBuilder().build()));
    assertEquals("{\"at\":\"" + TEXT + "\"}", write(event.toBuilder().at(OffsetDateTime.parse("2024-03-15T09:30:00.25Z")).build()));
    assertEquals("{\"id\":\"e\",\"at\":\"" + TEXT + "\"}", write(event.toBuilder().id("e").build()));
    assertEquals("{\"at\":\"" + TEXT + "\",\"x\":1}", write(read("{\"at\":\"" + TEXT + "\",\"x\":1}").toBuilder().build()));
  }

  @Test
  void anotherValueDropsTheTextForGood() throws Exception {
    Event event = read("{\"at\":\"" + TEXT + "\"}");
    OffsetDateTime original = event.at;

    assertEquals("{\"at\":\"2025-01-01T00:00:00Z\"}", write(event.toBuilder().at(OffsetDateTime.parse("2025-01-01T00:00:00Z")).build()));
    assertEquals("{\"at\":null}", write(event.toBuilder().at(null).build()));
    assertEquals("{\"at\":\"2024-03-15T09:30:00.25Z\"}",
        write(event.toBuilder().at(OffsetDateTime.parse("2025-01-01T00:00:00Z")).at(original).build()));
  }

  @Test
  void jsonNullIsAnExplicitNull() throws Exception {
    Event event = read("{\"at\":null}");

    assertNull(event.at);
    assertTrue(event.has("at"));
    assertEquals("{\"at\":null}", write(event));
    assertNull(new Event.Builder().atFromJson(null).build().at);
    assertNull(new Event.Builder().atFromJson(NullNode.getInstance()).build().at);
  }

  @Test
  void aDateTimeThatIsNotAStringIsNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Event.Builder().atFromJson(IntNode.valueOf(5)));

    assertEquals("'at' must be an RFC 3339 date-time string, was NUMBER", e.getMessage());
  }

  @Test
  void anUnparseableDateTimeIsNamed() {
    for (String bad : new String[] {"yesterday", "2024-03-15T09:30:00", "2024-03-15"}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> new Event.Builder().atFromJson(TextNode.valueOf(bad)), bad);
      assertTrue(e.getMessage().startsWith("'at' is not an RFC 3339 date-time: "), e.getMessage());
      assertInstanceOf(DateTimeParseException.class, e.getCause());
    }
  }

  @Test
  void aBadDateTimeInAPayloadFailsTheReadAtThatField() {
    JsonMappingException unparseable = assertThrows(JsonMappingException.class, () -> read("{\"at\":\"soon\"}"));
    assertEquals("at", unparseable.getPath().get(0).getFieldName());

    JsonMappingException number = assertThrows(JsonMappingException.class, () -> read("{\"at\":5}"));
    assertEquals("'at' must be an RFC 3339 date-time string, was NUMBER", number.getOriginalMessage());
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
  void aTaskViewReadsABuiltDateTime() {
    assertEquals(OffsetDateTime.parse(TEXT), new Event.Builder().at(OffsetDateTime.parse(TEXT)).build().estimatedCompletion());
  }

  @Test
  void aTaskViewReadsAReceivedDateTime() throws Exception {
    assertEquals(OffsetDateTime.parse(TEXT), read("{\"id\":\"e1\",\"at\":\"" + TEXT + "\"}").estimatedCompletion());
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
