package dev.taskclients.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every model is written by {@link ModelSerializer}: the same JSON Jackson writes for the same
 * values in a map.
 */
class ModelSerializerTest {
  private final ObjectMapper mapper = Json.newObjectMapper();

  /** A model holding any values, to write each kind. */
  static final class Bag extends JsonModel {
    private final Map<String, Object> values;

    Bag(Map<String, Object> values) {
      super(new BagBuilder());
      this.values = values;
    }

    /** No fields of its own. */
    static final class BagBuilder extends JsonModelBuilder<BagBuilder> {
      BagBuilder() {
        super("Bag", Set.of());
      }
    }

    @Override
    protected void writeFields(FieldWriter out) {
      values.forEach(out::field);
    }
  }

  /** A value Jackson writes with a serializer of its own; here one that fails. */
  @JsonSerialize(using = Failing.Writer.class)
  static final class Failing {
    static final class Writer
        extends com.fasterxml.jackson.databind.ser.std.StdSerializer<Failing> {
      private static final long serialVersionUID = 1L;

      Writer() {
        super(Failing.class);
      }

      @Override
      public void serialize(Failing value, JsonGenerator gen, SerializerProvider provider)
          throws IOException {
        throw JsonMappingException.from(gen, "cannot write this");
      }
    }
  }

  @Test
  void everyKindOfValueIsWrittenAsJacksonWritesIt() throws Exception {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("text", "a\"b");
    values.put("int", 1);
    values.put("long", 1L << 40);
    values.put("true", true);
    values.put("false", false);
    values.put("double", 2.5);
    values.put("decimal", new BigDecimal("1.50"));
    values.put("bytes", new byte[] {1, 2});
    values.put("date", OffsetDateTime.parse("2024-03-15T09:30:00.250Z"));
    values.put("list", Arrays.asList("a", null, List.of(1)));
    values.put("set", new LinkedHashSet<>(List.of("z", "a")));
    values.put("map", new LinkedHashMap<>(Map.of("k", List.of())));
    values.put("numberKeys", new TreeMap<>(Map.of(2, "two", 1, "one")));
    values.put("tree", JsonNodeFactory.instance.objectNode().put("x", 1));
    values.put("model", new Bag(new LinkedHashMap<>(Map.of("inner", "v"))));
    values.put("enum", ModelBasesTest.Color.of("green"));
    values.put("null", null);
    values.put("empty", new ArrayList<>());
    Bag bag = new Bag(values);

    Map<String, Object> plain = new LinkedHashMap<>(values);
    plain.put("model", Map.of("inner", "v"));
    plain.put("enum", "green");
    plain.remove("null");
    assertEquals(mapper.writeValueAsString(plain), mapper.writeValueAsString(bag));
  }

  @Test
  void aFailureIsThrownAsJacksonThrowsIt() {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("bad", new Failing());
    JsonMappingException e =
        assertThrows(JsonMappingException.class, () -> mapper.writeValueAsString(new Bag(values)));
    assertEquals("cannot write this", e.getOriginalMessage());
  }
}
