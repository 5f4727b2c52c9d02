package dev.taskclients.runtime;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The JSON settings every client uses. */
public final class Json {
  /** Deeper nesting than any task payload needs; deeper input is refused, not recursed into. */
  static final int MAX_NESTING_DEPTH = 200;

  /** Longest string accepted, in characters. */
  static final int MAX_STRING_LENGTH = 5_000_000;

  /** Longest number accepted, in characters. */
  static final int MAX_NUMBER_LENGTH = 200;

  private static final ObjectMapper SHARED = newObjectMapper();

  private Json() {}

  /**
   * {@return a new, independently configurable mapper for the generated models} java.time types as
   * ISO strings with their offsets kept as sent, trailing tokens refused, unknown properties left
   * to the models (which keep them), no default typing, and tightened read limits.
   */
  public static ObjectMapper newObjectMapper() {
    JsonMapper mapper =
        JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    mapper
        .getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING_DEPTH)
                .maxStringLength(MAX_STRING_LENGTH)
                .maxNumberLength(MAX_NUMBER_LENGTH)
                .build());
    return mapper;
  }

  /**
   * {@return one shared mapper with the settings of {@link #newObjectMapper()}} Do not reconfigure
   * it: every client that was given no mapper of its own uses it.
   */
  public static ObjectMapper shared() {
    return SHARED;
  }
}
