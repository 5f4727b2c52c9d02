package dev.taskclients.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The templates read the view records ({@code dev.taskclients.codegen.view}) and nothing else the
 * generator computes: no template reads an {@code x-tc-*} vendor extension, nor any vendor
 * extension of the generator's objects (the spec's own {@code x-taskclients-*} extensions reach the
 * templates through the records too).
 */
class TemplateContractTest {
  /**
   * Templates no template includes, left for their removal (issue 26's clean-up); never rendered.
   */
  private static final Set<String> DEAD = Set.of("op_required_args.mustache");

  @Test
  void noRenderedTemplateReadsAVendorExtension() throws Exception {
    Map<String, String> templates = templates();
    assertTrue(templates.size() > 40, "the packaged templates: " + templates.keySet());

    List<String> offenders = new ArrayList<>();
    templates.forEach(
        (name, text) -> {
          if (!DEAD.contains(name)) {
            offenders.addAll(readsOfTheOldContract(name, text));
          }
        });
    assertEquals(List.of(), offenders);
  }

  @Test
  void aTemplateLeftOutIsIncludedNowhere() throws Exception {
    Map<String, String> templates = templates();
    for (String dead : DEAD) {
      String partial = "{{>" + dead.replace(".mustache", "") + "}}";
      templates.forEach(
          (name, text) -> assertFalse(text.contains(partial), name + " includes " + dead));
    }
  }

  @Test
  void theCheckFindsAnExtensionRead() {
    assertEquals(
        List.of(
            "bad.mustache: x-tc-return-type", "bad.mustache: vendorExtensions.x-taskclients-pages"),
        readsOfTheOldContract(
            "bad.mustache", "{{#vendorExtensions.x-taskclients-pages}}{{{x-tc-return-type}}}"));
    assertEquals(
        List.of(), readsOfTheOldContract("good.mustache", "{{#returnsVoid}}void{{/returnsVoid}}"));
  }

  /** Each read of an {@code x-tc-*} key or of a vendor extension in a template's text. */
  static List<String> readsOfTheOldContract(String name, String text) {
    List<String> reads = new ArrayList<>();
    java.util.regex.Matcher tc =
        java.util.regex.Pattern.compile("x-tc-[A-Za-z0-9-]*").matcher(text);
    while (tc.find()) {
      if (!text.startsWith("vendorExtensions.", tc.start() - "vendorExtensions.".length())) {
        reads.add(name + ": " + tc.group());
      }
    }
    java.util.regex.Matcher vendor =
        java.util.regex.Pattern.compile("vendorExtensions\\.[A-Za-z0-9-]*").matcher(text);
    while (vendor.find()) {
      reads.add(name + ": " + vendor.group());
    }
    return reads;
  }

  /** The templates the generator ships, by file name. */
  private static Map<String, String> templates() throws IOException, URISyntaxException {
    Path dir =
        Path.of(
                TemplateContractTest.class
                    .getResource("/" + TaskclientsJavaCodegen.TEMPLATES + "/api.mustache")
                    .toURI())
            .getParent();
    Map<String, String> templates = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".mustache")).toList()) {
        templates.put(file.getFileName().toString(), Files.readString(file));
      }
    }
    return templates;
  }
}
