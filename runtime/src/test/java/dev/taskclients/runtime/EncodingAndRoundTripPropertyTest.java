package dev.taskclients.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.taskclients.runtime.internal.UrlEncoding;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Properties over generated inputs: path encoding stays one segment and is lossless; models
 * round-trip.
 */
class EncodingAndRoundTripPropertyTest {
  private final ObjectMapper mapper = Json.newObjectMapper();

  @Property
  void anyValueBecomesOneSegmentThatDecodesBack(@ForAll String value) {
    Assume.that(!value.isEmpty() && !value.equals(".") && !value.equals(".."));
    String encoded = UrlEncoding.pathSegment(value);

    assertTrue(encoded.matches("([A-Za-z0-9._~-]|%[0-9A-F]{2})+"), encoded);
    // Decoding gives back the value as UTF-8 carries it (a lone surrogate has no UTF-8 form).
    assertEquals(
        new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8),
        decode(encoded));
  }

  @Property
  void anyTextIsAValidQueryComponent(@ForAll String value) {
    String encoded = UrlEncoding.queryComponent(value);
    assertTrue(
        encoded
            .chars()
            .noneMatch(c -> c == '&' || c == '=' || c == '#' || c == '+' || c == ' ' || c == '?'),
        encoded);
  }

  @Property
  void anyModelValuesRoundTripThroughJson(
      @ForAll String id,
      @ForAll("nullableNote") String note,
      @ForAll @Size(max = 5) List<String> tags,
      @ForAll String color)
      throws Exception {
    ModelBasesTest.Thing.Builder builder =
        new ModelBasesTest.Thing.Builder().id(id).tags(tags).color(ModelBasesTest.Color.of(color));
    if (!"<absent>".equals(note)) {
      builder.note(note);
    }
    ModelBasesTest.Thing thing = builder.build();

    String json = mapper.writeValueAsString(thing);
    ModelBasesTest.Thing parsed = mapper.readValue(json, ModelBasesTest.Thing.class);

    assertEquals(thing, parsed);
    assertEquals(mapper.readTree(json), mapper.readTree(mapper.writeValueAsString(parsed)));
  }

  /** A note that is text, an explicit null, or absent. */
  @Provide
  Arbitrary<String> nullableNote() {
    return Arbitraries.oneOf(
        Arbitraries.strings(), Arbitraries.just(null), Arbitraries.just("<absent>"));
  }

  private static String decode(String encoded) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < encoded.length(); i++) {
      char c = encoded.charAt(i);
      if (c == '%') {
        bytes.write(Integer.parseInt(encoded.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.write(c);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
