package dev.taskclients.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link OpenEnum} of numbers, through an integer enum and a number enum shaped like generated
 * ones.
 */
public class NumericOpenEnumTest {
  /**
   * Public for its fixtures, which the support package's tests share; JUnit makes the instances.
   */
  NumericOpenEnumTest() {}

  private final ObjectMapper mapper = Json.newObjectMapper();

  /** An integer enum as the templates generate one. */
  public static final class Priority extends OpenEnum<Priority.Known, Integer> {
    public static final Priority LOW = new Priority(1, Known.LOW);
    public static final Priority HIGH = new Priority(3, Known.HIGH);
    static final Map<Integer, Priority> DOCUMENTED = index(HIGH, LOW);

    enum Known {
      LOW,
      HIGH
    }

    private Priority(Integer value, Known known) {
      super(value, known);
    }

    static Map<Integer, Priority> indexOf(Priority... constants) {
      return index(constants);
    }

    @JsonCreator
    public static Priority of(Integer value) {
      return lookup(DOCUMENTED, value, unlisted -> new Priority(unlisted, null));
    }
  }

  /** A number enum, to tell two enums with an equal value apart. */
  static final class Weight extends OpenEnum<Weight.Known, Integer> {
    static final Weight ONE = new Weight(1, Known.ONE);

    enum Known {
      ONE
    }

    private Weight(Integer value, Known known) {
      super(value, known);
    }
  }

  /** A number enum with decimal values. */
  static final class Ratio extends OpenEnum<Ratio.Known, Double> {
    enum Known {
      HALF
    }

    Ratio(Double value) {
      super(value, value == 0.5 ? Known.HALF : null);
    }
  }

  @Test
  void documentedValuesAreTheConstants() {
    assertSame(Priority.HIGH, Priority.of(3));
    assertTrue(Priority.HIGH.isKnown());
    assertEquals(Optional.of(Priority.Known.HIGH), Priority.HIGH.known());
    assertEquals(3, Priority.HIGH.value());
  }

  @Test
  void anUnlistedValueKeepsItsValue() {
    Priority seven = Priority.of(7);

    assertFalse(seven.isKnown());
    assertEquals(Optional.empty(), seven.known());
    assertEquals(7, seven.value());
    assertEquals("7", seven.toString());
  }

  @Test
  void theIndexKeepsTheSpecOrderAndIsUnmodifiable() {
    assertEquals(List.of(3, 1), List.copyOf(Priority.DOCUMENTED.keySet()));
    assertThrows(
        UnsupportedOperationException.class, () -> Priority.DOCUMENTED.put(2, Priority.LOW));
    Map<Integer, Priority> index = Priority.indexOf(Priority.LOW, Priority.HIGH);
    assertEquals(List.of(1, 3), List.copyOf(index.keySet()));
    assertSame(Priority.HIGH, index.get(3));
    assertThrows(UnsupportedOperationException.class, () -> index.remove(1));
  }

  @Test
  void equalityIsByClassAndValue() {
    assertEquals(Priority.of(7), Priority.of(7));
    assertEquals(Integer.valueOf(7).hashCode(), Priority.of(7).hashCode());
    assertNotEquals(Priority.of(7), Priority.of(8));
    assertNotEquals(Priority.LOW, Weight.ONE, "same value, another enum");
    assertNotEquals(Priority.LOW, null);
    assertNotEquals(Priority.LOW, 1);
    assertEquals(new Ratio(0.5), new Ratio(0.5));
    assertEquals("0.5", new Ratio(0.5).toString());
    assertTrue(new Ratio(0.5).isKnown());
  }

  @Test
  void nullIsRefused() {
    assertThrows(NullPointerException.class, () -> Priority.of(null));
    assertThrows(NullPointerException.class, () -> new Weight(null, Weight.Known.ONE));
  }

  @Test
  void jsonCarriesTheNumberBothWays() throws Exception {
    assertEquals("3", mapper.writeValueAsString(Priority.HIGH));
    assertEquals("{\"p\":7}", mapper.writeValueAsString(Map.of("p", Priority.of(7))));
    assertEquals("0.5", mapper.writeValueAsString(new Ratio(0.5)));
    assertSame(Priority.LOW, mapper.readValue("1", Priority.class));
    Map<String, Priority> read =
        mapper.readValue("{\"p\":9}", new TypeReference<Map<String, Priority>>() {});
    assertEquals(Priority.of(9), read.get("p"));
    assertFalse(read.get("p").isKnown());
  }
}
