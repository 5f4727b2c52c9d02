package dev.taskclients.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.taskclients.codegen.ClientGeneration;
import dev.taskclients.runtime.Json;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the sealed interfaces generated from {@code specs/corpus/composition.yaml} promise a Java
 * developer: an exhaustive {@code switch} without {@code default}, and nothing lost when the API
 * sends a variant or an enum value the spec does not list.
 */
class SealedInterfacesTest {
  private static final Path WORK = Workspace.outputDir().resolveSibling("sealed-interfaces-test");
  private static final String MODELS = "corpus.sealed.model";
  private static final ObjectMapper MAPPER = Json.newObjectMapper();
  private static Path classes;
  private static URLClassLoader loader;

  @BeforeAll
  static void generateAndCompile() throws IOException {
    Path spec =
        Path.of(
            System.getProperty(CorpusDiscovery.PROJECT_DIR, ".."),
            "specs",
            "corpus",
            "composition.yaml");
    Workspace.recreate(WORK);
    ClientGeneration.Result generated =
        ClientGeneration.generate(spec, WORK, "corpus.sealed", "Composition", "composition.yaml");
    classes = WORK.resolve("classes");
    InProcessCompiler.Result compiled = InProcessCompiler.compile(generated.sourceRoot(), classes);
    assertTrue(compiled.success(), compiled.diagnostics().toString());
    loader =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL()}, SealedInterfacesTest.class.getClassLoader());
  }

  @AfterAll
  static void close() throws IOException {
    loader.close();
  }

  @Test
  void aSwitchOverEveryVariantCompilesWithoutDefault() throws IOException {
    List<String> errors =
        compileSwitch(
            "case Cat c -> c.name(); case Dog d -> d.name(); case Pet.Unknown u -> \"?\";");

    assertEquals(List.of(), errors);
  }

  @Test
  void aSwitchMissingTheUnknownVariantDoesNotCompile() throws IOException {
    List<String> errors = compileSwitch("case Cat c -> c.name(); case Dog d -> d.name();");

    assertFalse(errors.isEmpty(), "the compiler must see that Pet.Unknown is not covered");
    assertTrue(errors.get(0).contains("does not cover all possible input values"), errors.get(0));
  }

  @Test
  void anUnlistedDiscriminatorValueIsReadAsUnknownAndWrittenBackUnchanged() throws Exception {
    String json =
        "{\"petType\":\"parrot\",\"name\":\"Polly\",\"words\":[\"hello\"],\"born\":\"2020-01-01T00:00:00.000+02:00\"}";

    Object pet = read(json, "Pet");

    assertEquals(MODELS + ".Pet$Unknown", pet.getClass().getName());
    assertEquals(tree(json), tree(MAPPER.writeValueAsString(pet)));
  }

  @Test
  void anUnlistedEnumValueInsideAVariantIsKeptAndWrittenBackUnchanged() throws Exception {
    String json = "{\"petType\":\"cat\",\"name\":\"Tom\",\"mood\":\"sleepy\"}";

    Object pet = read(json, "Pet");

    assertEquals(MODELS + ".Cat", pet.getClass().getName());
    Object mood = pet.getClass().getMethod("mood").invoke(pet);
    assertEquals(false, mood.getClass().getMethod("isKnown").invoke(mood));
    assertEquals(tree(json), tree(MAPPER.writeValueAsString(pet)));
  }

  @Test
  void aParentWithAnUnlistedKindKeepsItsOwnFieldsAndEverythingElse() throws Exception {
    String json = "{\"kind\":\"Truck\",\"wheels\":18,\"axles\":5}";

    Object vehicle = read(json, "Vehicle");

    assertEquals(MODELS + ".Vehicle$Unknown", vehicle.getClass().getName());
    assertEquals(18, type("Vehicle").getMethod("wheels").invoke(vehicle));
    assertEquals(tree(json), tree(MAPPER.writeValueAsString(vehicle)));
  }

  @Test
  void aParentIsReadAsTheChildItsDiscriminatorNames() throws Exception {
    String json = "[{\"kind\":\"Car\",\"wheels\":4,\"seats\":5},{\"kind\":\"Bike\",\"wheels\":2}]";

    Object[] vehicles =
        MAPPER.readValue(json, MAPPER.getTypeFactory().constructArrayType(type("Vehicle")));

    assertEquals(MODELS + ".Car", vehicles[0].getClass().getName());
    assertEquals(MODELS + ".Bike", vehicles[1].getClass().getName());
    assertEquals(tree(json), tree(MAPPER.writeValueAsString(vehicles)));
  }

  @Test
  void withoutADiscriminatorTheOnlyVariantWhoseRequiredPropertiesArePresentIsChosen()
      throws Exception {
    assertEquals(MODELS + ".Circle", read("{\"radius\":1.5}", "Shape").getClass().getName());
    assertEquals(
        MODELS + ".Rectangle", read("{\"width\":2,\"height\":3}", "Shape").getClass().getName());
  }

  @Test
  void aValueTwoVariantsFitIsKeptRawWithAccessorsToTryEach() throws Exception {
    String json = "{\"radius\":1,\"width\":2,\"height\":3}";

    Object shape = read(json, "Shape");

    assertEquals(MODELS + ".Shape$Unknown", shape.getClass().getName());
    Optional<?> circle = (Optional<?>) shape.getClass().getMethod("asCircle").invoke(shape);
    assertEquals(MODELS + ".Circle", circle.orElseThrow().getClass().getName());
    assertEquals(tree(json), tree(MAPPER.writeValueAsString(shape)));
  }

  @Test
  void primitivesAndArraysAreToldApartByTheirJsonType() throws Exception {
    Object one = read("\"urgent\"", "Label");
    Object several = read("[\"urgent\",\"red\"]", "Label");

    assertEquals(MODELS + ".Label$StringValue", one.getClass().getName());
    assertEquals("urgent", one.getClass().getMethod("value").invoke(one));
    assertEquals(MODELS + ".Label$StringList", several.getClass().getName());
    assertEquals(List.of("urgent", "red"), several.getClass().getMethod("value").invoke(several));
    assertEquals(MODELS + ".Label$Unknown", read("42", "Label").getClass().getName());
  }

  @Test
  void aNullableUnionReadsNullAsNull() throws Exception {
    String json = "{\"main\":\"x\",\"optional\":null}";

    Object labels = read(json, "LabelSet");

    assertEquals(null, labels.getClass().getMethod("optional").invoke(labels));
    assertEquals(tree(json), tree(MAPPER.writeValueAsString(labels)));
  }

  private static Class<?> type(String simpleName) throws ClassNotFoundException {
    return Class.forName(MODELS + "." + simpleName, true, loader);
  }

  private static Object read(String json, String simpleName) throws Exception {
    return MAPPER.readValue(json, type(simpleName));
  }

  private static JsonNode tree(String json) throws IOException {
    return MAPPER.readTree(json);
  }

  /**
   * Compiles a method switching over a Pet with the given cases; pattern matching for switch is a
   * preview before Java 21.
   */
  private static List<String> compileSwitch(String cases) throws IOException {
    Path source = WORK.resolve("usage").resolve("PetNames.java");
    Files.createDirectories(source.getParent());
    Files.writeString(
        source,
        "package usage;\n\nimport "
            + MODELS
            + ".*;\n\nclass PetNames {\n"
            + "  static String name(Pet pet) {\n    return switch (pet) { "
            + cases
            + " };\n  }\n}\n");
    List<String> options =
        new ArrayList<>(
            List.of(
                "-d",
                WORK.resolve("usage-classes").toString(),
                "-proc:none",
                "-cp",
                classes + File.pathSeparator + InProcessCompiler.classPath()));
    int feature = Runtime.version().feature();
    if (feature < 21) {
      options.addAll(
          List.of("--release", String.valueOf(feature), "--enable-preview", "-Xlint:-preview"));
    }
    options.add(source.toString());
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    int status = javac.run(null, output, output, options.toArray(String[]::new));
    return status == 0 ? List.of() : List.of(output.toString(StandardCharsets.UTF_8));
  }
}
