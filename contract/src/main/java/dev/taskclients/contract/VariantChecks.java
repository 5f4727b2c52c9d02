package dev.taskclients.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.taskclients.codegen.ClientGeneration;
import dev.taskclients.codegen.PolymorphicType;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks every generated polymorphic type (sealed interface) the way a response would reach it: a
 * value of each variant, read through the interface, must become that variant (or, when the value's
 * shape alone cannot tell, {@code Unknown} whose {@code as…} method for that variant succeeds), and
 * write back to the same JSON. A value whose discriminator is not listed must become {@code
 * Unknown} and write back unchanged.
 */
final class VariantChecks {
  /** A discriminator value no spec lists. */
  static final String UNLISTED = "corpus-gate-unlisted";

  private final ObjectMapper mapper;
  private final SchemaSampler sampler;

  private VariantChecks(ObjectMapper mapper, SchemaSampler sampler) {
    this.mapper = mapper;
    this.sampler = sampler;
  }

  /**
   * Runs the checks on a compiled client.
   *
   * @param spec the spec file
   * @param generated what generation gave, with its polymorphic types and processed spec
   * @param loader the class loader that has the compiled client
   * @param mapper the clients' JSON settings
   * @return the problems, and how many types and values were checked
   */
  static CheckResult run(
      Path spec, ClientGeneration.Result generated, ClassLoader loader, ObjectMapper mapper) {
    List<PolymorphicType> types = generated.polymorphicTypes();
    if (types.isEmpty()) {
      return new CheckResult(List.of(), "no polymorphic type");
    }
    SchemaSampler sampler =
        new SchemaSampler(SpecDocument.of(spec, generated.processedSpec()), mapper);
    VariantChecks checks = new VariantChecks(mapper, sampler);
    List<String> problems = new ArrayList<>();
    int values = 0;
    for (PolymorphicType type : types) {
      values += checks.check(type, loader, problems);
    }
    return new CheckResult(
        problems,
        types.size() + " polymorphic type(s), " + values + " value(s) read and written back");
  }

  private int check(PolymorphicType type, ClassLoader loader, List<String> problems) {
    Class<?> iface;
    try {
      iface = Class.forName(type.className(), true, loader);
    } catch (ClassNotFoundException e) {
      problems.add(type.className() + " was not compiled");
      return 0;
    }
    int values = 0;
    ObjectNode someObject = null;
    for (PolymorphicType.Variant variant : type.variants()) {
      JsonNode value = sampler.sample(variant.schema(), SchemaSampler.Direction.RESPONSE);
      if (value.isNull()) {
        continue; // a variant that only null fits: JSON null is Java null, whatever the interface
      }
      boolean tagged =
          type.discriminator() != null && !variant.tags().isEmpty() && value.isObject();
      if (tagged) {
        ((ObjectNode) value).put(type.discriminator(), variant.tags().get(0));
      }
      if (value.isObject() && someObject == null) {
        someObject = (ObjectNode) value.deepCopy();
      }
      values++;
      String where = simpleName(type.className()) + " given a " + simpleName(variant.className());
      Object read = readBack(iface, value, where, problems);
      if (read == null || isA(read, variant.className(), loader)) {
        continue; // the variant, or (for a variant that is itself polymorphic) one of its own
        // variants
      }
      boolean unknown = read.getClass().getName().equals(type.unknownClassName());
      if (tagged || !unknown || !triesAs(read, variant.className())) {
        problems.add(
            where
                + " read it as "
                + read.getClass().getName().replace('$', '.')
                + (tagged ? " despite its discriminator value " + variant.tags().get(0) : ""));
      }
    }
    if (type.discriminator() != null && someObject != null) {
      someObject.put(type.discriminator(), UNLISTED);
      values++;
      String where = simpleName(type.className()) + " given an unlisted " + type.discriminator();
      Object read = readBack(iface, someObject, where, problems);
      if (read != null && !read.getClass().getName().equals(type.unknownClassName())) {
        problems.add(
            where + " read it as " + read.getClass().getName().replace('$', '.') + ", not Unknown");
      }
    }
    return values;
  }

  /**
   * Reads a value through the interface and checks it writes back unchanged; null when it could not
   * be read.
   */
  private Object readBack(Class<?> iface, JsonNode value, String where, List<String> problems) {
    try {
      JsonNode served = mapper.readTree(mapper.writeValueAsString(value));
      Object read = mapper.readValue(mapper.writeValueAsString(value), iface);
      if (read == null) {
        problems.add(where + " read it as null");
        return null;
      }
      JsonNode written = mapper.readTree(mapper.writeValueAsString(read));
      if (!served.equals(written)) {
        problems.add(where + " wrote back different JSON: " + JsonDiff.first(served, written));
      }
      return read;
    } catch (IOException | RuntimeException e) {
      problems.add(where + " failed: " + OutcomeChecks.describe(e));
      return null;
    }
  }

  private static boolean isA(Object value, String className, ClassLoader loader) {
    try {
      return Class.forName(className, false, loader).isInstance(value);
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** Whether an Unknown's {@code as…} method for a variant reads it. */
  private static boolean triesAs(Object unknown, String variantClassName) {
    try {
      Method as = unknown.getClass().getMethod("as" + simpleName(variantClassName));
      return as.invoke(unknown) instanceof Optional<?> optional && optional.isPresent();
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }

  private static String simpleName(String className) {
    return className.substring(
        Math.max(className.lastIndexOf('.'), className.lastIndexOf('$')) + 1);
  }
}
