package dev.taskclients.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Models with a {@code byte[]} field compare it by content; {@code uniqueItems} sets and maps are
 * copied in order.
 */
class ModelArraysAndSetsTest {
  private final ObjectMapper mapper = Json.newObjectMapper();

  /**
   * A model with a {@code format: byte} field, a {@code uniqueItems} array and a map, as the
   * templates generate one.
   */
  @JsonDeserialize(builder = Blob.Builder.class)
  static final class Blob extends JsonModel {
    private static final Set<String> LISTED = Set.of("data", "labels", "counts");
    final byte[] data;
    final Set<String> labels;
    final Map<String, Integer> counts;

    private Blob(Builder builder) {
      super(builder);
      this.data = builder.data;
      this.labels = builder.labels;
      this.counts = builder.counts;
    }

    @Override
    protected void writeFields(FieldWriter out) {
      out.field("data", data).field("labels", labels).field("counts", counts);
    }

    @JsonPOJOBuilder(withPrefix = "")
    static final class Builder extends JsonModelBuilder<Builder> {
      private byte[] data;
      private Set<String> labels;
      private Map<String, Integer> counts;

      Builder() {
        super("Blob", LISTED);
      }

      @JsonProperty("data")
      Builder data(byte[] data) {
        this.data = data;
        return mark("data", data);
      }

      @JsonProperty("labels")
      Builder labels(Set<String> labels) {
        this.labels = copy(labels);
        return mark("labels", labels);
      }

      @JsonProperty("counts")
      Builder counts(Map<String, Integer> counts) {
        this.counts = copy(counts);
        return mark("counts", counts);
      }

      Blob build() {
        return new Blob(this);
      }
    }
  }

  private static Blob blob(int... values) {
    byte[] data = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      data[i] = (byte) values[i];
    }
    return new Blob.Builder().data(data).build();
  }

  @Test
  void bytesAreComparedByContent() throws Exception {
    Blob a = blob(1, 2, 3);

    assertEquals(a, a);
    assertNotEquals(a, null);
    assertNotEquals(
        new Blob.Builder().build(),
        new ModelDateTimeTest.Event.Builder().build(),
        "same JSON, another model");
    assertEquals(a, blob(1, 2, 3));
    assertEquals(a.hashCode(), blob(1, 2, 3).hashCode());
    assertEquals(a, mapper.readValue("{\"data\":\"AQID\"}", Blob.class));
    assertNotEquals(a, blob(1, 2, 4));
    assertNotEquals(a.hashCode(), blob(1, 2, 4).hashCode());
    assertNotEquals(a, new Blob.Builder().build());
    assertNotEquals(a, new Blob.Builder().data(new byte[] {1, 2, 3}).labels(Set.of()).build());
  }

  @Test
  void fieldsAreComparedUnderTheSameName() {
    Blob labelled = new Blob.Builder().labels(Set.of("x")).build();
    Blob counted = new Blob.Builder().counts(Map.of("x", 1)).build();

    assertNotEquals(labelled, counted);
    assertNotEquals(
        new Blob.Builder().data(new byte[] {1}).labels(Set.of("a")).build(),
        new Blob.Builder().data(new byte[] {1}).labels(Set.of("b")).build());
    assertEquals(
        new Blob.Builder().labels(Set.of("x")).counts(Map.of("y", 2)).build().hashCode(),
        new Blob.Builder().counts(Map.of("y", 2)).labels(Set.of("x")).build().hashCode());
  }

  @Test
  void aSetIsCopiedInItsOrderAndUnmodifiable() {
    Set<String> labels = new LinkedHashSet<>(List.of("b", "a", "c"));
    Blob blob = new Blob.Builder().labels(labels).build();
    labels.add("d");

    assertEquals(List.of("b", "a", "c"), List.copyOf(blob.labels));
    assertThrows(UnsupportedOperationException.class, () -> blob.labels.add("e"));
    assertNull(new Blob.Builder().labels(null).build().labels);
  }

  @Test
  void aMapIsCopiedInItsOrderAndUnmodifiable() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("z", 1);
    counts.put("a", 2);
    Blob blob = new Blob.Builder().counts(counts).build();
    counts.put("m", 3);

    assertEquals(List.of("z", "a"), List.copyOf(blob.counts.keySet()));
    assertThrows(UnsupportedOperationException.class, () -> blob.counts.clear());
    assertNull(new Blob.Builder().counts(null).build().counts);
  }

  @Test
  void readOnlyFieldsAreLeftOutOfASetOfModelsInARequest() throws Exception {
    RequestJsonTest.Account ann = new RequestJsonTest.Account("a1", "Ann", null);

    assertEquals(
        "[{\"name\":\"Ann\"}]", mapper.writeValueAsString(JsonModel.forRequest(Set.of(ann))));
  }
}
