package dev.taskclients.runtime.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.taskclients.runtime.Json;
import dev.taskclients.runtime.support.Unions.JsonKind;
import dev.taskclients.runtime.support.Unions.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnionsTest {
  private static final Shape CIRCLE = Unions.object(List.of("radius"), List.of("radius"), Map.of());
  private static final Shape RECTANGLE =
      Unions.object(List.of("width", "height"), List.of("width", "height"), Map.of());
  private static final Shape ANY_OBJECT = Unions.object(List.of(), null, Map.of());

  private static JsonNode json(String text) throws Exception {
    return Json.shared().readTree(text);
  }

  @Test
  void eachKindFitsItsJsonTypeOnly() throws Exception {
    assertTrue(JsonKind.OBJECT.fits(json("{}")));
    assertFalse(JsonKind.OBJECT.fits(json("[]")));
    assertTrue(JsonKind.ARRAY.fits(json("[]")));
    assertFalse(JsonKind.ARRAY.fits(json("\"a\"")));
    assertTrue(JsonKind.TEXT.fits(json("\"a\"")));
    assertFalse(JsonKind.TEXT.fits(json("1")));
    assertTrue(JsonKind.INTEGER.fits(json("3")));
    assertTrue(
        JsonKind.INTEGER.fits(json("3.0")),
        "a whole number written with a fraction is an integer in JSON Schema");
    assertFalse(JsonKind.INTEGER.fits(json("3.5")));
    assertFalse(JsonKind.INTEGER.fits(json("\"3\"")));
    assertTrue(JsonKind.NUMBER.fits(json("3.5")));
    assertTrue(JsonKind.NUMBER.fits(json("3")));
    assertFalse(JsonKind.NUMBER.fits(json("true")));
    assertTrue(JsonKind.BOOLEAN.fits(json("false")));
    assertFalse(JsonKind.BOOLEAN.fits(json("0")));
    assertTrue(JsonKind.ANY.fits(json("0")));
    assertFalse(JsonKind.ANY.fits(NullNode.getInstance()));
  }

  @Test
  void theOnlyVariantWhoseRequiredPropertiesArePresentIsChosen() throws Exception {
    assertEquals(0, Unions.choose(json("{\"radius\":1}"), CIRCLE, RECTANGLE));
    assertEquals(1, Unions.choose(json("{\"width\":1,\"height\":2}"), CIRCLE, RECTANGLE));
    assertEquals(-1, Unions.choose(json("{\"width\":1}"), CIRCLE, RECTANGLE), "no variant fits");
    assertEquals(
        -1, Unions.choose(json("[1]"), CIRCLE, RECTANGLE), "no variant has that JSON type");
  }

  @Test
  void whenSeveralFitOnlyOneDeclaringEveryPropertyIsChosen() throws Exception {
    assertEquals(
        0,
        Unions.choose(json("{\"radius\":1}"), CIRCLE, ANY_OBJECT),
        "the open variant declares nothing exactly");
    assertEquals(
        -1,
        Unions.choose(json("{\"radius\":1,\"width\":1,\"height\":2}"), CIRCLE, RECTANGLE),
        "both fit, neither declares all: ambiguous");
    Shape circleToo = Unions.object(List.of(), List.of("radius"), Map.of());
    assertEquals(
        -1, Unions.choose(json("{\"radius\":1}"), CIRCLE, circleToo), "two exact fits: ambiguous");
  }

  @Test
  void singleValuedPropertiesMustMatch() throws Exception {
    Shape cat = Unions.object(List.of("name"), List.of("name", "kind"), Map.of("kind", "cat"));
    Shape dog = Unions.object(List.of("name"), List.of("name", "kind"), Map.of("kind", "dog"));

    assertEquals(1, Unions.choose(json("{\"name\":\"Rex\",\"kind\":\"dog\"}"), cat, dog));
    assertEquals(0, Unions.choose(json("{\"name\":\"Tom\",\"kind\":\"cat\"}"), cat, dog));
    assertEquals(
        -1,
        Unions.choose(json("{\"name\":\"Tom\",\"kind\":{\"a\":1}}"), cat, dog),
        "an object is no single value");
    assertEquals(
        -1, Unions.choose(json("{\"name\":\"Tom\"}"), cat, dog), "absent: both fit exactly");
  }

  @Test
  void aWholeNumberPrefersTheIntegerVariantAndAFractionTheNumberOne() throws Exception {
    Shape integer = Unions.kind(JsonKind.INTEGER);
    Shape number = Unions.kind(JsonKind.NUMBER);
    Shape text = Unions.kind(JsonKind.TEXT);

    assertEquals(1, Unions.choose(json("7"), number, integer));
    assertEquals(0, Unions.choose(json("7.5"), number, integer));
    assertEquals(2, Unions.choose(json("\"7\""), number, integer, text));
    assertEquals(
        -1, Unions.choose(json("7"), number, Unions.kind(JsonKind.ANY)), "neither is exact");
    assertEquals(
        -1,
        Unions.choose(json("\"a\""), text, Unions.kind(JsonKind.TEXT)),
        "two strings: ambiguous");
  }

  @Test
  void nullAndMissingFitNothing() {
    assertEquals(-1, Unions.choose(NullNode.getInstance(), Unions.kind(JsonKind.ANY)));
    assertEquals(-1, Unions.choose(null, Unions.kind(JsonKind.ANY)));
  }

  @Test
  void aTagIsTheDiscriminatorsTextOnly() throws Exception {
    assertEquals("cat", Unions.tag(json("{\"kind\":\"cat\"}"), "kind"));
    assertNull(Unions.tag(json("{\"kind\":1}"), "kind"));
    assertNull(Unions.tag(json("{}"), "kind"));
    assertNull(Unions.tag(json("\"cat\""), "kind"));
    assertNull(Unions.tag(null, "kind"));
  }

  @Test
  void readGivesTheTypeOrATypedError() throws Exception {
    assertEquals(
        List.of("a", "b"),
        Unions.read(json("[\"a\",\"b\"]"), new TypeReference<List<String>>() {}));
    assertEquals(Integer.valueOf(3), Unions.read(json("3"), Integer.class));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Unions.read(json("\"x\""), Integer.class));
    assertTrue(e.getMessage().startsWith("not a valid Integer"), e.getMessage());
    IllegalArgumentException generic =
        assertThrows(
            IllegalArgumentException.class,
            () -> Unions.read(json("{\"a\":1}"), new TypeReference<List<String>>() {}));
    assertTrue(
        generic.getMessage().startsWith("not a valid java.util.List<java.lang.String>"),
        generic.getMessage());
  }

  @Test
  void tryReadIsEmptyWhenTheValueDoesNotRead() throws Exception {
    assertEquals(Optional.of(3), Unions.tryRead(json("3"), Integer.class));
    assertEquals(Optional.empty(), Unions.tryRead(json("\"x\""), Integer.class));
    assertEquals(
        Optional.of(List.of("a")),
        Unions.tryRead(json("[\"a\"]"), new TypeReference<List<String>>() {}));
    assertEquals(Optional.empty(), Unions.tryRead(json("1"), new TypeReference<List<String>>() {}));
  }

  @Test
  void copiesAreUnmodifiableAndKeepOrderAndNulls() {
    List<String> list = new ArrayList<>(Arrays.asList("b", null, "a"));
    List<String> listCopy = Unions.copyOf(list);
    list.clear();
    assertEquals(Arrays.asList("b", null, "a"), listCopy);
    assertThrows(UnsupportedOperationException.class, () -> listCopy.add("c"));

    Set<String> set = new LinkedHashSet<>(List.of("b", "a"));
    Set<String> setCopy = Unions.copyOf(set);
    set.clear();
    assertEquals(List.of("b", "a"), new ArrayList<>(setCopy));
    assertThrows(UnsupportedOperationException.class, () -> setCopy.add("c"));

    Map<String, Integer> map = new HashMap<>();
    map.put("k", null);
    Map<String, Integer> mapCopy = Unions.copyOf(map);
    map.clear();
    assertTrue(mapCopy.containsKey("k"));
    assertThrows(UnsupportedOperationException.class, () -> mapCopy.put("x", 1));
  }
}
