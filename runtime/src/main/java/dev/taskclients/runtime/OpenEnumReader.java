package dev.taskclients.runtime;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * Base of every generated string open enum's JSON reader: reads the value as Jackson reads a {@code
 * String} and passes it to the enum's {@code of}, as the {@code @JsonCreator} it replaces would,
 * but without Jackson's reflective call of the creator on every value.
 *
 * <p>What it accepts is what Jackson accepted through that creator: a JSON string, taken as is, and
 * {@code null}. An array is unwrapped only as the mapper's {@code UNWRAP_SINGLE_VALUE_ARRAYS} and
 * {@code ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT} allow. Any other token (a number, a boolean, an object)
 * is refused with a {@link com.fasterxml.jackson.databind.exc.MismatchedInputException} naming the
 * enum, not coerced to a string. Subclasses are generated; not for hand-written code.
 *
 * @param <E> the open enum
 */
public abstract class OpenEnumReader<E extends OpenEnum<?, String>> extends StdDeserializer<E> {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the reader of one open enum.
   *
   * @param type the open enum's class
   */
  protected OpenEnumReader(Class<E> type) {
    super(type);
  }

  /**
   * {@return the documented constant for a raw value, or a new instance holding an unlisted one}
   *
   * @param value the raw value, not null
   */
  protected abstract E of(String value);

  @Override
  public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.hasToken(JsonToken.VALUE_STRING)) {
      return of(p.getText());
    }
    if (p.isExpectedStartArrayToken()) {
      return _deserializeFromArray(p, ctxt);
    }
    @SuppressWarnings(
        "unchecked") // handleUnexpectedToken throws unless a problem handler supplies a value
    E handled = (E) ctxt.handleUnexpectedToken(handledType(), p);
    return handled;
  }

  /** Jackson keeps one reader per mapper. */
  @Override
  public boolean isCachable() {
    return true;
  }
}
