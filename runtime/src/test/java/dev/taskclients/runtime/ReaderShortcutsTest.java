package dev.taskclients.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.IntNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What the readers do without calling a deserializer: {@link JsonModelReader}'s scalar fields,
 * {@link OpenEnumReader}, and a model taking its builder's collections. Each must give what the
 * slower path it replaces gave.
 */
class ReaderShortcutsTest {
  private final ObjectMapper mapper = Json.newObjectMapper();

  /**
   * A model with one field of each scalar type a reader reads straight from the parser, and an open
   * enum.
   */
  @JsonDeserialize(using = Scalars.Reader.class)
  static final class Scalars extends JsonModel {
    private static final Set<String> LISTED = Set.of("s", "i", "l", "b", "color");
    final String s;
    final Integer i;
    final Long l;
    final Boolean b;
    final Color color;

    private Scalars(Builder builder) {
      super(builder);
      this.s = builder.s;
      this.i = builder.i;
      this.l = builder.l;
      this.b = builder.b;
      this.color = builder.color;
    }

    @Override
    protected void writeFields(FieldWriter out) {
      out.field("s", s).field("i", i).field("l", l).field("b", b).field("color", color);
    }

    static final class Reader extends JsonModelReader<Scalars, Builder> {
      private static final long serialVersionUID = 1L;

      Reader() {
        super(
            Scalars.class,
            field("s", type(String.class)),
            field("i", type(Integer.class)),
            field("l", type(Long.class)),
            field("b", type(Boolean.class)),
            field("color", type(Color.class)));
      }

      @Override
      protected Builder builder() {
        return new Builder();
      }

      @Override
      protected boolean readField(Builder b, String name, JsonParser p, DeserializationContext ctxt)
          throws IOException {
        switch (name) {
          case "s" -> b.s = value(b, name, 0, p, ctxt);
          case "i" -> b.i = value(b, name, 1, p, ctxt);
          case "l" -> b.l = value(b, name, 2, p, ctxt);
          case "b" -> b.b = value(b, name, 3, p, ctxt);
          case "color" -> b.color = value(b, name, 4, p, ctxt);
          default -> {
            return false;
          }
        }
        return true;
      }

      @Override
      protected Scalars build(Builder b) {
        return b.build();
      }
    }

    static final class Builder extends JsonModelBuilder<Builder> {
      private String s;
      private Integer i;
      private Long l;
      private Boolean b;
      private Color color;

      Builder() {
        super("Scalars", LISTED);
      }

      Builder s(String s) {
        return mark("s", this.s = s);
      }

      Scalars build() {
        return new Scalars(this);
      }
    }
  }

  /** A string open enum as the templates generate one. */
  @JsonDeserialize(using = Color.Reader.class)
  static final class Color extends OpenEnum<Color.Known, String> {
    static final Color RED = new Color("red", Known.RED);
    private static final Map<String, Color> DOCUMENTED = index(RED);

    enum Known {
      RED
    }

    private Color(String value, Known known) {
      super(value, known);
    }

    static Color of(String value) {
      return lookup(DOCUMENTED, value, unlisted -> new Color(unlisted, null));
    }

    static final class Reader extends OpenEnumReader<Color> {
      private static final long serialVersionUID = 1L;

      Reader() {
        super(Color.class);
      }

      @Override
      protected Color of(String value) {
        return Color.of(value);
      }
    }
  }

  /**
   * Every JSON value, in every scalar field, reads as Jackson's own deserializer of the field's
   * type reads it alone: the same value, or a failure of the same class. The shortcut only takes
   * the token that deserializer takes first.
   */
  @Test
  void scalarFieldsReadEveryTokenAsJacksonsDeserializerDoes() throws Exception {
    List<String> values =
        List.of(
            "\"x\"",
            "\"\"",
            "\"7\"",
            "\"true\"",
            "7",
            "-2147483648",
            "2147483648",
            "9223372036854775807",
            "9223372036854775808",
            "1.5",
            "true",
            "false",
            "[]",
            "[\"x\"]",
            "{}");
    Map<String, Class<?>> fields =
        Map.of("s", String.class, "i", Integer.class, "l", Long.class, "b", Boolean.class);
    int compared = 0;
    for (Map.Entry<String, Class<?>> field : fields.entrySet()) {
      for (String value : values) {
        Object expected;
        try {
          expected = mapper.readValue(value, field.getValue());
        } catch (JsonProcessingException e) {
          JsonMappingException ours =
              assertThrows(
                  JsonMappingException.class,
                  () ->
                      mapper.readValue("{\"" + field.getKey() + "\":" + value + "}", Scalars.class),
                  value);
          assertEquals(field.getKey(), ours.getPath().get(0).getFieldName(), value);
          // A parser's failure (an int overflow) reaches us wrapped in a plain JsonMappingException
          // with the path.
          Throwable failure =
              ours.getClass() == JsonMappingException.class ? ours.getCause() : ours;
          assertEquals(e.getClass(), failure.getClass(), field.getKey() + " <- " + value);
          compared++;
          continue;
        }
        Scalars read =
            mapper.readValue("{\"" + field.getKey() + "\":" + value + "}", Scalars.class);
        Object actual =
            switch (field.getKey()) {
              case "s" -> read.s;
              case "i" -> read.i;
              case "l" -> read.l;
              default -> read.b;
            };
        assertEquals(expected, actual, field.getKey() + " <- " + value);
        assertEquals(actual != null || read.has(field.getKey()), read.has(field.getKey()));
        compared++;
      }
    }
    assertEquals(fields.size() * values.size(), compared);
  }

  @Test
  void scalarFieldsReadTheirUsualTokensAndNull() throws Exception {
    Scalars read =
        mapper.readValue(
            "{\"s\":\"a\",\"i\":-7,\"l\":9007199254740993,\"b\":false}", Scalars.class);
    assertEquals("a", read.s);
    assertEquals(-7, read.i);
    assertEquals(9007199254740993L, read.l);
    assertEquals(Boolean.FALSE, read.b);

    Scalars nulls =
        mapper.readValue("{\"s\":null,\"i\":null,\"l\":null,\"b\":null}", Scalars.class);
    assertNull(nulls.s);
    assertTrue(nulls.has("s") && nulls.has("i") && nulls.has("l") && nulls.has("b"));
    assertEquals("{\"s\":null,\"i\":null,\"l\":null,\"b\":null}", mapper.writeValueAsString(nulls));
  }

  /**
   * A mapper with its own deserializer for a scalar type: the reader must call it, not read around
   * it.
   */
  @Test
  void aDeserializerTheApplicationRegisteredIsStillCalled() throws Exception {
    ObjectMapper custom =
        Json.newObjectMapper()
            .registerModule(
                new SimpleModule()
                    .addDeserializer(
                        String.class,
                        new StdDeserializer<>(String.class) {
                          @Override
                          public String deserialize(JsonParser p, DeserializationContext ctxt)
                              throws IOException {
                            return p.getText().toUpperCase(java.util.Locale.ROOT);
                          }
                        })
                    .addDeserializer(
                        Integer.class,
                        new StdDeserializer<>(Integer.class) {
                          @Override
                          public Integer deserialize(JsonParser p, DeserializationContext ctxt)
                              throws IOException {
                            return p.getIntValue() * 10;
                          }
                        }));

    Scalars read = custom.readValue("{\"s\":\"abc\",\"i\":4}", Scalars.class);

    assertEquals("ABC", read.s);
    assertEquals(40, read.i);
    assertEquals(
        "abc",
        mapper.readValue("{\"s\":\"abc\"}", Scalars.class).s,
        "the default mapper is untouched");
  }

  @Test
  void anOpenEnumReadsDocumentedAndUnlistedStrings() throws Exception {
    assertSame(Color.RED, mapper.readValue("\"red\"", Color.class));
    Color unlisted = mapper.readValue("\"mauve\"", Color.class);
    assertEquals("mauve", unlisted.value());
    assertFalse(unlisted.isKnown());
    assertEquals("", mapper.readValue("\"\"", Color.class).value());
    assertNull(mapper.readValue("null", Color.class));

    Scalars inModel = mapper.readValue("{\"color\":\"mauve\"}", Scalars.class);
    assertEquals("mauve", inModel.color.value());
    assertEquals("{\"color\":\"mauve\"}", mapper.writeValueAsString(inModel));
    Scalars nulled = mapper.readValue("{\"color\":null}", Scalars.class);
    assertNull(nulled.color);
    assertTrue(nulled.has("color"));
  }

  /**
   * As the {@code @JsonCreator} it replaces: only a string is a value; nothing else is coerced into
   * one.
   */
  @Test
  void anOpenEnumRefusesEveryOtherTokenNamingTheEnum() {
    for (String json : List.of("5", "1.5", "true", "{}", "[\"red\"]", "[]")) {
      MismatchedInputException e =
          assertThrows(
              MismatchedInputException.class, () -> mapper.readValue(json, Color.class), json);
      assertEquals(Color.class, e.getTargetType(), json);
    }
    JsonMappingException inModel =
        assertThrows(
            JsonMappingException.class, () -> mapper.readValue("{\"color\":5}", Scalars.class));
    assertEquals("color", inModel.getPath().get(0).getFieldName());
  }

  @Test
  void anOpenEnumUnwrapsArraysOnlyAsTheMapperAllows() throws Exception {
    ObjectMapper unwrapping =
        Json.newObjectMapper()
            .enable(
                DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS,
                DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT);

    assertSame(Color.RED, unwrapping.readValue("[\"red\"]", Color.class));
    assertNull(unwrapping.readValue("[]", Color.class));
    assertThrows(
        MismatchedInputException.class,
        () -> unwrapping.readValue("[\"red\",\"red\"]", Color.class));
  }

  /**
   * A model holds its builder's collections; changing the builder afterwards must not reach the
   * model.
   */
  @Test
  void changingABuilderAfterBuildLeavesTheModelAlone() throws Exception {
    Scalars.Builder builder =
        new Scalars.Builder().s(null).additionalProperty("x", IntNode.valueOf(1));
    Scalars first = builder.build();

    builder.s("now set").additionalProperty("y", IntNode.valueOf(2)).removeAdditionalProperty("x");
    Scalars second = builder.build();
    builder.additionalProperty("z", IntNode.valueOf(3)).s(null);

    assertEquals("{\"s\":null,\"x\":1}", mapper.writeValueAsString(first));
    assertEquals(Map.of("x", IntNode.valueOf(1)), first.additionalProperties());
    assertEquals("{\"s\":\"now set\",\"y\":2}", mapper.writeValueAsString(second));
    assertEquals("{\"s\":null,\"y\":2,\"z\":3}", mapper.writeValueAsString(builder.build()));
    assertThrows(
        UnsupportedOperationException.class,
        () -> first.additionalProperties().put("w", IntNode.valueOf(0)));
  }
}
