package dev.taskclients.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonModelReader}, through a model whose reader is written as the templates generate one.
 */
class JsonModelReaderTest {
  private final ObjectMapper mapper = Json.newObjectMapper();

  /**
   * A model as the templates generate one: a required id, a date-time, a tree, a list, a set, a
   * map, a nested model.
   */
  @JsonDeserialize(using = Item.Reader.class)
  static final class Item extends JsonModel {
    private static final Set<String> LISTED =
        Set.of("id", "at", "any", "tags", "labels", "counts", "child");
    final String id;
    final OffsetDateTime at;
    final JsonNode any;
    final List<String> tags;
    final Set<String> labels;
    final Map<String, Integer> counts;
    final Item child;

    private Item(Builder builder) {
      super(builder);
      this.id = builder.id;
      this.at = builder.at;
      this.any = builder.any;
      this.tags = builder.tags;
      this.labels = builder.labels;
      this.counts = builder.counts;
      this.child = builder.child;
    }

    @Override
    protected void writeFields(FieldWriter out) {
      out.field("id", id)
          .field("at", at)
          .field("any", any)
          .field("tags", tags)
          .field("labels", labels)
          .field("counts", counts)
          .field("child", child);
    }

    static final class Reader extends JsonModelReader<Item, Builder> {
      private static final long serialVersionUID = 1L;

      Reader() {
        super(
            Item.class,
            field("id", type(String.class)),
            field("at", type(OffsetDateTime.class)),
            field("any", type(JsonNode.class)),
            field("tags", list(type(String.class))),
            field("labels", set(type(String.class))),
            field("counts", map(type(Integer.class))),
            field("child", type(Item.class)));
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
          case "any" -> b.any = value(b, name, 2, p, ctxt);
          case "tags" -> b.tags = value(b, name, 3, p, ctxt);
          case "labels" -> b.labels = value(b, name, 4, p, ctxt);
          case "counts" -> b.counts = value(b, name, 5, p, ctxt);
          case "child" -> b.child = value(b, name, 6, p, ctxt);
          default -> {
            return false;
          }
        }
        return true;
      }

      @Override
      protected Item build(Builder b) {
        return b.build();
      }
    }

    static final class Builder extends JsonModelBuilder<Builder> {
      private String id;
      private OffsetDateTime at;
      private JsonNode any;
      private List<String> tags;
      private Set<String> labels;
      private Map<String, Integer> counts;
      private Item child;

      Builder() {
        super("Item", LISTED);
      }

      Builder at(OffsetDateTime at) {
        return mark("at", this.at = at);
      }

      Item build() {
        requireFields("id", id);
        return new Item(this);
      }
    }
  }

  private Item read(String json) throws IOException {
    return mapper.readValue(json, Item.class);
  }

  @Test
  void everyFieldKindReadsAndWritesBackTheSameJson() throws Exception {
    String json =
        "{\"id\":\"1\",\"at\":\"2024-03-15T09:30:00.250+02:00\",\"any\":{\"k\":[1,2.5,null]},"
            + "\"tags\":[\"b\",null,\"a\"],\"labels\":[\"z\",\"y\",\"x\"],\"counts\":{\"b\":2,\"a\":null},"
            + "\"extra\":{\"n\":1},\"child\":{\"id\":\"2\",\"more\":null},\"last\":[true]}";

    Item item = read(json);

    assertEquals(OffsetDateTime.parse("2024-03-15T09:30:00.25+02:00"), item.at);
    assertEquals(
        List.of("z", "y", "x"), List.copyOf(item.labels), "a set keeps the order received");
    assertEquals("2", item.child.id);
    assertEquals(NullNode.getInstance(), item.child.additionalProperty("more"));
    assertEquals(List.of("extra", "last"), List.copyOf(item.additionalProperties().keySet()));
    assertEquals(mapper.readTree(json), mapper.readTree(mapper.writeValueAsString(item)));
    assertEquals(
        "{\"id\":\"1\",\"at\":\"2024-03-15T09:30:00.250+02:00\"}",
        mapper.writeValueAsString(read("{\"id\":\"1\",\"at\":\"2024-03-15T09:30:00.250+02:00\"}")));
  }

  @Test
  void collectionsReadAreUnmodifiable() throws Exception {
    Item item = read("{\"id\":\"1\",\"tags\":[\"a\"],\"labels\":[\"a\"],\"counts\":{\"a\":1}}");

    assertThrows(UnsupportedOperationException.class, () -> item.tags.add("b"));
    assertThrows(UnsupportedOperationException.class, () -> item.labels.add("b"));
    assertThrows(UnsupportedOperationException.class, () -> item.counts.put("b", 2));
  }

  @Test
  void explicitNullsStayApartFromAbsentFields() throws Exception {
    Item nulls = read("{\"id\":\"1\",\"at\":null,\"tags\":null,\"any\":null}");
    Item absent = read("{\"id\":\"1\"}");

    assertTrue(nulls.has("at"));
    assertTrue(nulls.has("tags"));
    assertNull(nulls.at);
    assertNull(nulls.tags);
    assertSame(
        NullNode.getInstance(),
        nulls.any,
        "a tree field reads JSON null as a null node, as Jackson does");
    assertFalse(absent.has("at"));
    assertFalse(absent.has("any"));
    assertEquals(
        "{\"id\":\"1\",\"at\":null,\"any\":null,\"tags\":null}", mapper.writeValueAsString(nulls));
    assertEquals("{\"id\":\"1\"}", mapper.writeValueAsString(absent));
  }

  @Test
  void theLastOfRepeatedFieldsWins() throws Exception {
    Item item =
        read(
            "{\"id\":\"1\",\"at\":\"2024-03-15T09:30:00.250Z\",\"at\":null,\"tags\":null,\"tags\":[\"a\"]}");
    assertNull(item.at);
    assertEquals("{\"id\":\"1\",\"at\":null,\"tags\":[\"a\"]}", mapper.writeValueAsString(item));

    Item again = read("{\"id\":\"1\",\"at\":null,\"at\":\"2024-03-15T09:30:00.250Z\"}");
    assertEquals(
        "{\"id\":\"1\",\"at\":\"2024-03-15T09:30:00.250Z\"}", mapper.writeValueAsString(again));
  }

  @Test
  void missingRequiredFieldsFailTheRead() {
    ValueInstantiationException e =
        assertThrows(ValueInstantiationException.class, () -> read("{\"tags\":[]}"));
    assertTrue(e.getMessage().contains("Item is missing required field(s): id"), e.getMessage());

    JsonMappingException nested =
        assertThrows(JsonMappingException.class, () -> read("{\"id\":\"1\",\"child\":{}}"));
    assertEquals("child", nested.getPath().get(0).getFieldName());
    assertTrue(
        nested.getOriginalMessage().contains("Item is missing required field(s): id"),
        nested.getMessage());
  }

  @Test
  void aValueOfTheWrongShapeIsNamedByItsPath() {
    JsonMappingException field =
        assertThrows(JsonMappingException.class, () -> read("{\"id\":{\"x\":1}}"));
    assertEquals("id", field.getPath().get(0).getFieldName());
    assertTrue(
        field
            .getOriginalMessage()
            .startsWith("Cannot deserialize value of type `java.lang.String`"),
        field.getOriginalMessage());

    JsonMappingException element =
        assertThrows(
            JsonMappingException.class,
            () -> read("{\"id\":\"1\",\"child\":{\"id\":\"2\",\"tags\":[\"a\",{}]}}"));
    assertEquals("child", element.getPath().get(0).getFieldName());
    assertEquals("tags", element.getPath().get(1).getFieldName());
    assertEquals(1, element.getPath().get(2).getIndex());

    MismatchedInputException root = assertThrows(MismatchedInputException.class, () -> read("[1]"));
    assertEquals(Item.class, root.getTargetType());
    assertTrue(root.getPath().isEmpty());
  }

  @Test
  void badDateTimesAreNamed() {
    JsonMappingException unparseable =
        assertThrows(JsonMappingException.class, () -> read("{\"id\":\"1\",\"at\":\"soon\"}"));
    assertEquals("at", unparseable.getPath().get(0).getFieldName());
    assertTrue(unparseable.getOriginalMessage().startsWith("'at' is not an RFC 3339 date-time: "));
    assertInstanceOf(DateTimeParseException.class, unparseable.getCause().getCause());

    String[][] shapes = {
      {"5", "NUMBER"},
      {"1.5", "NUMBER"},
      {"true", "BOOLEAN"},
      {"false", "BOOLEAN"},
      {"[]", "ARRAY"},
      {"{}", "OBJECT"}
    };
    for (String[] shape : shapes) {
      JsonMappingException e =
          assertThrows(JsonMappingException.class, () -> read("{\"at\":" + shape[0] + "}"));
      assertEquals(
          "'at' must be an RFC 3339 date-time string, was " + shape[1], e.getOriginalMessage());
    }
  }

  @Test
  void withoutWrappingAProblemIsThrownAsItIs() {
    ObjectMapper plain = Json.newObjectMapper().disable(DeserializationFeature.WRAP_EXCEPTIONS);

    assertThrows(IllegalArgumentException.class, () -> plain.readValue("{\"at\":5}", Item.class));
    assertThrows(MismatchedInputException.class, () -> plain.readValue("{\"id\":[]}", Item.class));
  }

  @Test
  void aMalformedValueIsAParseErrorWithThePathOnlyOfAListedField() {
    JsonMappingException listed =
        assertThrows(JsonMappingException.class, () -> read("{\"id\":\"1\",\"tags\":[\"a\" 1]}"));
    assertEquals("tags", listed.getPath().get(0).getFieldName());
    assertInstanceOf(JsonParseException.class, listed.getCause());

    JsonParseException unlisted =
        assertThrows(JsonParseException.class, () -> read("{\"id\":\"1\",\"x\":[\"a\" 1]}"));
    assertTrue(unlisted.getMessage().startsWith("Unexpected character"), unlisted.getMessage());
    assertThrows(JsonParseException.class, () -> read("{\"id\":\"1\",\"at\":}"));
  }

  @Test
  void readsOnFromAFieldNameOrAnObjectsEnd() throws Exception {
    JsonParser fromName = mapper.createParser("{\"id\":\"1\",\"x\":2}");
    fromName.nextToken();
    fromName.nextToken();
    Item item = mapper.readValue(fromName, Item.class);
    assertEquals("1", item.id);
    assertEquals(2, item.additionalProperty("x").intValue());

    JsonParser atEnd = mapper.createParser("{\"x\":{}}");
    for (int i = 0; i < 4; i++) {
      atEnd.nextToken();
    }
    assertEquals(JsonToken.END_OBJECT, atEnd.currentToken());
    DeserializationContext ctxt =
        ((com.fasterxml.jackson.databind.deser.DefaultDeserializationContext)
                mapper.getDeserializationContext())
            .createInstance(mapper.getDeserializationConfig(), atEnd, null);
    Item.Reader reader = new Item.Reader();
    ValueInstantiationException empty =
        assertThrows(ValueInstantiationException.class, () -> reader.deserialize(atEnd, ctxt));
    assertTrue(
        empty.getMessage().contains("Item is missing required field(s): id"), empty.getMessage());
    assertTrue(reader.isCachable());
    assertEquals(
        List.of("id", "at", "any", "tags", "labels", "counts", "child"),
        List.copyOf(reader.fields().keySet()));
    assertEquals("java.util.Set<java.lang.String>", reader.fields().get("labels").toCanonical());
    assertEquals(
        "java.util.Map<java.lang.String,java.lang.Integer>",
        reader.fields().get("counts").toCanonical());
  }
}
