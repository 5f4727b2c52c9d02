package dev.taskclients.runtime;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;

/**
 * How Jackson writes every {@link JsonModel}: straight from its fields to the generator, in the
 * order {@link JsonModel#toJsonValue()} has them, without building that map. Values of the types
 * models hold are written directly; any other goes to Jackson, so it is written exactly as Jackson
 * would.
 */
final class ModelSerializer extends StdSerializer<JsonModel> {
  private static final long serialVersionUID = 1L;

  ModelSerializer() {
    super(JsonModel.class);
  }

  @Override
  public void serialize(JsonModel model, JsonGenerator out, SerializerProvider provider)
      throws IOException {
    writeValue(model, out, provider);
  }

  /**
   * Writes one value: a model, a JSON tree, an open enum, a string, a whole number, a boolean, a
   * list or a map.
   */
  static void writeValue(Object value, JsonGenerator out, SerializerProvider provider)
      throws IOException {
    if (value == null) {
      out.writeNull();
    } else if (value instanceof String text) {
      out.writeString(text);
    } else if (value instanceof JsonModel model) {
      out.writeStartObject(model);
      model.writeJson(out, provider);
      out.writeEndObject();
    } else if (value instanceof JsonNode tree) {
      tree.serialize(out, provider);
    } else if (value instanceof OpenEnum<?, ?> openEnum) {
      writeValue(openEnum.value(), out, provider);
    } else if (value instanceof Integer number) {
      out.writeNumber(number);
    } else if (value instanceof Long number) {
      out.writeNumber(number);
    } else if (value instanceof Boolean flag) {
      out.writeBoolean(flag);
    } else if (value instanceof Collection<?> items) {
      out.writeStartArray(items, items.size());
      for (Object item : items) {
        writeValue(item, out, provider);
      }
      out.writeEndArray();
    } else if (value instanceof Map<?, ?> map && hasTextKeys(map)) {
      out.writeStartObject(map, map.size());
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        out.writeFieldName((String) entry.getKey());
        writeValue(entry.getValue(), out, provider);
      }
      out.writeEndObject();
    } else {
      provider.defaultSerializeValue(value, out);
    }
  }

  private static boolean hasTextKeys(Map<?, ?> map) {
    for (Object key : map.keySet()) {
      if (!(key instanceof String)) {
        return false;
      }
    }
    return true;
  }
}
