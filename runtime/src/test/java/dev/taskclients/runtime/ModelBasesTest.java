package dev.taskclients.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder;
import com.fasterxml.jackson.databind.node.IntNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link JsonModel}, {@link JsonModelBuilder} and {@link OpenEnum}, through a model shaped like a
 * generated one.
 */
public class ModelBasesTest {
  /**
   * Public for its fixtures, which the support package's tests share; JUnit makes the instances.
   */
  ModelBasesTest() {}

  private final ObjectMapper mapper = Json.newObjectMapper();

  /** A two-value open enum, as the templates generate one. */
  public static final class Color extends OpenEnum<Color.Known, String> {
    static final Color RED = new Color("red", Known.RED);
    static final Color BLUE = new Color("blue", Known.BLUE);
    private static final Map<String, Color> DOCUMENTED = index(RED, BLUE);

    enum Known {
      RED,
      BLUE
    }

    private Color(String value, Known known) {
      super(value, known);
    }

    @JsonCreator
    public static Color of(String value) {
      return lookup(DOCUMENTED, value, unlisted -> new Color(unlisted, null));
    }
  }

  /** A model as the templates generate one: required id, nullable note, a list, an enum. */
  @JsonDeserialize(builder = Thing.Builder.class)
  public static final class Thing extends JsonModel {
    private static final Set<String> LISTED = Set.of("id", "note", "tags", "color");
    private final String id;
    private final String note;
    private final List<String> tags;
    private final Color color;

    private Thing(Builder builder) {
      super(builder);
      this.id = builder.id;
      this.note = builder.note;
      this.tags = builder.tags;
      this.color = builder.color;
    }

    Builder toBuilder() {
      return new Builder(this);
    }

    /**
     * @return the {@code note} field, a page's link in the paging tests
     */
    public String note() {
      return note;
    }

    @Override
    protected void writeFields(FieldWriter out) {
      out.field("id", id).field("note", note).field("tags", tags).field("color", color);
    }

    @JsonPOJOBuilder(withPrefix = "")
    public static final class Builder extends JsonModelBuilder<Builder> {
      private String id;
      private String note;
      private List<String> tags;
      private Color color;

      public Builder() {
        super("Thing", LISTED);
      }

      private Builder(Thing source) {
        super("Thing", LISTED, source);
        this.id = source.id;
        this.note = source.note;
        this.tags = source.tags;
        this.color = source.color;
      }

      @JsonProperty("id")
      public Builder id(String id) {
        this.id = id;
        return mark("id", id);
      }

      @JsonProperty("note")
      public Builder note(String note) {
        this.note = note;
        return mark("note", note);
      }

      @JsonProperty("tags")
      public Builder tags(List<String> tags) {
        this.tags = copy(tags);
        return mark("tags", tags);
      }

      @JsonProperty("color")
      public Builder color(Color color) {
        this.color = color;
        return mark("color", color);
      }

      public Thing build() {
        requireFields("id", id);
        return new Thing(this);
      }
    }
  }

  @Test
  void explicitNullUnknownFieldAndUnlistedEnumRoundTrip() throws Exception {
    String json = "{\"id\":\"1\",\"note\":null,\"color\":\"green\",\"extra\":{\"k\":[1,2]}}";

    Thing thing = mapper.readValue(json, Thing.class);

    assertTrue(thing.has("note"));
    assertFalse(thing.color.isKnown());
    assertEquals(Optional.empty(), thing.color.known());
    assertEquals(2, thing.additionalProperty("extra").get("k").size());
    assertEquals(mapper.readTree(json), mapper.readTree(mapper.writeValueAsString(thing)));
  }

  @Test
  void absentStaysAbsent() throws Exception {
    Thing thing = mapper.readValue("{\"id\":\"1\"}", Thing.class);

    assertFalse(thing.has("note"));
    assertEquals("{\"id\":\"1\"}", mapper.writeValueAsString(thing));
    assertEquals("Thing{id=1}", thing.toString());
  }

  @Test
  void equalityFollowsTheJsonForm() throws Exception {
    Thing a = mapper.readValue("{\"id\":\"1\",\"note\":null}", Thing.class);
    Thing b = mapper.readValue("{\"id\":\"1\",\"note\":null}", Thing.class);
    Thing withoutNote = mapper.readValue("{\"id\":\"1\"}", Thing.class);

    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a, withoutNote, "explicit null differs from absent");
    assertEquals(a, a.toBuilder().build(), "toBuilder keeps explicit nulls");
  }

  @Test
  void theHashCountsListedFieldsExplicitNullsAndUnlistedFields() throws Exception {
    Thing idOnly = mapper.readValue("{\"id\":\"1\"}", Thing.class);
    Thing withNull = mapper.readValue("{\"id\":\"1\",\"note\":null}", Thing.class);
    Thing withExtra = mapper.readValue("{\"id\":\"1\",\"note\":null,\"extra\":[1]}", Thing.class);
    Thing built =
        new Thing.Builder()
            .additionalProperty("extra", mapper.readTree("[1]"))
            .note(null)
            .id("1")
            .build();

    assertNotEquals(idOnly.hashCode(), withNull.hashCode(), "an explicit null counts");
    assertNotEquals(withNull.hashCode(), withExtra.hashCode(), "an unlisted field counts");
    assertNotEquals(
        idOnly.hashCode(),
        mapper.readValue("{\"id\":\"2\"}", Thing.class).hashCode(),
        "a value counts");
    assertEquals(withExtra, built);
    assertEquals(
        withExtra.hashCode(), built.hashCode(), "equal models, whatever their making, hash alike");
    assertTrue(Set.of(withExtra, idOnly).contains(built));
  }

  @Test
  void collectionsAreCopiedAndUnmodifiable() {
    List<String> tags = new ArrayList<>(List.of("a"));
    Thing thing = new Thing.Builder().id("1").tags(tags).build();
    tags.add("b");

    assertEquals(List.of("a"), thing.tags);
    assertThrows(UnsupportedOperationException.class, () -> thing.tags.add("c"));
    assertThrows(UnsupportedOperationException.class, () -> thing.additionalProperties().clear());
  }

  @Test
  void listedNamesCannotBeSetAsAdditionalProperties() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Thing.Builder().additionalProperty("note", IntNode.valueOf(1)));
    assertEquals("'note' is a listed field of Thing: use its own setter", e.getMessage());

    Thing thing =
        new Thing.Builder()
            .id("1")
            .additionalProperty("x", IntNode.valueOf(1))
            .removeAdditionalProperty("x")
            .build();
    assertTrue(thing.additionalProperties().isEmpty());
  }

  @Test
  void missingRequiredFieldsAreNamed() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> new Thing.Builder().note("n").build());
    assertEquals("Thing is missing required field(s): id", e.getMessage());
  }

  /** A builder with one required field the spec lets be null, checked as the templates check it. */
  static final class DraftBuilder extends JsonModelBuilder<DraftBuilder> {
    private String subtitle;

    DraftBuilder() {
      super("Draft", Set.of("subtitle"));
    }

    DraftBuilder subtitle(String subtitle) {
      this.subtitle = subtitle;
      return mark("subtitle", subtitle);
    }

    void build() {
      requireFields("subtitle", nullAllowed("subtitle", subtitle));
    }
  }

  @Test
  void aRequiredFieldThatMayBeNullIsPresentWhenSetToNullAndMissingWhenNeverSet() {
    new DraftBuilder().subtitle(null).build();
    new DraftBuilder().subtitle("s").build();
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> new DraftBuilder().build());
    assertEquals("Draft is missing required field(s): subtitle", e.getMessage());
    DraftBuilder nulled = new DraftBuilder().subtitle(null);
    assertThrows(
        IllegalStateException.class,
        () -> nulled.requireFields("subtitle", nulled.subtitle),
        "a required field that may not be null is missing when set to null");
  }

  @Test
  void openEnumKnowsItsDocumentedValues() throws Exception {
    assertSame(Color.RED, Color.of("red"));
    assertEquals(Optional.of(Color.Known.BLUE), Color.of("blue").known());
    assertEquals(Color.of("green"), Color.of("green"));
    assertNotEquals(Color.of("green"), Color.of("Green"));
    assertEquals("\"green\"", mapper.writeValueAsString(Color.of("green")));
    assertEquals("green", Color.of("green").toString());
    assertThrows(NullPointerException.class, () -> Color.of(null));
  }
}
