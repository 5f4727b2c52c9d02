package dev.taskclients.runtime;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.annotation.Nonnull;
import jakarta.annotation.Nullable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Base of every generated enum, whatever the JSON type of its values (a string, an integer or a
 * number enum). It is open: a value the spec does not list still parses, keeps its raw value and is
 * written back unchanged, because APIs add values without notice and a client must not fail on one.
 * {@link #isKnown()} and {@link #known()} tell the two apart.
 *
 * @param <K> the Java enum of the documented values, for {@code switch} statements
 * @param <V> the JSON value's Java type: {@code String} for a string enum, {@code Integer}, {@code
 *     Long}, {@code Double} or {@code BigDecimal} for a numeric one
 */
public abstract class OpenEnum<K extends Enum<K>, V> {
  private final V value;
  private final K known;

  /**
   * Creates a value.
   *
   * @param value the raw value
   * @param known the documented value it is, or {@code null} for an unlisted one
   */
  protected OpenEnum(V value, @Nullable K known) {
    this.value = Objects.requireNonNull(value, "value");
    this.known = known;
  }

  /**
   * {@return the documented constants indexed by raw value, in their order: an unmodifiable map}
   *
   * @param constants the documented constants
   * @param <V> the raw values' type
   * @param <E> the open enum
   */
  @SafeVarargs
  protected static <V, E extends OpenEnum<?, V>> Map<V, E> index(E... constants) {
    Map<V, E> byValue = new LinkedHashMap<>();
    for (E constant : constants) {
      byValue.put(constant.value(), constant);
    }
    return Collections.unmodifiableMap(byValue);
  }

  /**
   * {@return the documented constant for {@code value}, else a new instance {@code unlisted} makes
   * for it}
   *
   * @param documented the documented constants by raw value
   * @param value the raw value
   * @param unlisted makes an instance for a value the spec does not list
   * @param <V> the raw values' type
   * @param <E> the open enum
   */
  protected static <V, E extends OpenEnum<?, V>> E lookup(
      Map<V, E> documented, V value, Function<V, E> unlisted) {
    Objects.requireNonNull(value, "value");
    E constant = documented.get(value);
    return constant != null ? constant : unlisted.apply(value);
  }

  /** {@return the raw value, exactly as received or given} */
  @JsonValue
  @Nonnull
  public final V value() {
    return value;
  }

  /** {@return whether the spec lists this value} */
  public final boolean isKnown() {
    return known != null;
  }

  /**
   * {@return the documented value this is, for a {@code switch}; empty for one the spec does not
   * list}
   */
  public final Optional<K> known() {
    return Optional.ofNullable(known);
  }

  @Override
  public final boolean equals(Object other) {
    return this == other
        || other != null
            && other.getClass() == getClass()
            && value.equals(((OpenEnum<?, ?>) other).value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /** Returns the raw value as text. */
  @Override
  public final String toString() {
    return String.valueOf(value);
  }
}
