package dev.taskclients.codegen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundler inlines every Example Object's {@code externalValue}, wherever OpenAPI allows one,
 * and nothing else; refuses what it cannot inline with the example's pointer and file named; and
 * writes the same bytes every run, atomically.
 */
class SpecBundlerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private Path write(String relative, String content) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  /** A spec with an example given by externalValue at each place OpenAPI 3.0 and 3.1 allow one. */
  private static final String EVERY_PLACE =
      """
      openapi: 3.1.0
      info: {title: t, version: '1'}
      paths:
        x-note: {examples: {a: {externalValue: ex/never.json}}}
        /items/{id}:
          parameters:
            - name: id
              in: path
              required: true
              schema: {type: string}
              examples: {pathLevel: {externalValue: ex/1.json}}
          post:
            parameters:
              - name: q
                in: query
                schema: {type: string}
                examples: {opParam: {summary: s, externalValue: ex/2.json, x-keep: true}}
              - name: filter
                in: query
                content:
                  application/json:
                    schema: {type: object}
                    examples: {paramContent: {externalValue: ex/3.json}}
            requestBody:
              content:
                application/json:
                  schema: {type: object}
                  examples: {body: {externalValue: ex/4.json}}
                multipart/form-data:
                  schema: {type: object}
                  encoding:
                    file:
                      headers:
                        X-Part: {schema: {type: string}, examples: {part: {externalValue: ex/5.json}}}
            responses:
              x-extension: {content: {application/json: {examples: {a: {externalValue: ex/never.json}}}}}
              '200':
                description: ok
                headers:
                  X-Rate: {schema: {type: integer}, examples: {rate: {externalValue: ex/6.json}}}
                  X-Content:
                    content:
                      application/json:
                        schema: {type: object}
                        examples: {headerContent: {externalValue: ex/7.json}}
                content:
                  application/json:
                    schema: {type: object}
                    examples: {response: {externalValue: ex/8.json}}
            callbacks:
              done:
                '{$request.body#/url}':
                  post:
                    requestBody:
                      content:
                        application/json:
                          schema: {type: object}
                          examples: {callbackBody: {externalValue: ex/9.json}}
                    responses: {'204': {description: ok}}
      webhooks:
        ping:
          post:
            requestBody:
              content:
                application/json:
                  schema: {type: object}
                  examples: {hook: {externalValue: ex/10.json}}
            responses: {'204': {description: ok}}
      components:
        examples:
          Shared: {externalValue: ex/11.json}
        parameters:
          Limit:
            name: limit
            in: query
            schema: {type: integer}
            examples: {compParam: {externalValue: ex/12.json}}
        headers:
          Trace: {schema: {type: string}, examples: {compHeader: {externalValue: ex/13.json}}}
        requestBodies:
          Body:
            content:
              application/json:
                schema: {type: object}
                examples: {compBody: {externalValue: ex/14.json}}
        responses:
          Error:
            description: error
            content:
              application/json:
                schema: {type: object}
                examples: {compResponse: {externalValue: ex/15.json}}
        callbacks:
          Later:
            '{$request.body#/url}':
              put:
                responses:
                  '200':
                    description: ok
                    content:
                      application/json:
                        schema: {type: object}
                        examples: {compCallback: {externalValue: ex/16.json}}
        pathItems:
          Reusable:
            get:
              responses:
                '200':
                  description: ok
                  content:
                    text/plain:
                      schema: {type: string}
                      examples: {pathItem: {externalValue: ex/17.json}}
      """;

  private static final Map<String, Integer> EVERY_PLACE_POINTERS =
      Map.ofEntries(
          Map.entry("/paths/~1items~1{id}/parameters/0/examples/pathLevel", 1),
          Map.entry("/paths/~1items~1{id}/post/parameters/0/examples/opParam", 2),
          Map.entry(
              "/paths/~1items~1{id}/post/parameters/1/content/application~1json/examples/paramContent",
              3),
          Map.entry(
              "/paths/~1items~1{id}/post/requestBody/content/application~1json/examples/body", 4),
          Map.entry(
              "/paths/~1items~1{id}/post/requestBody/content/multipart~1form-data/encoding/file/headers/X-Part/examples/part",
              5),
          Map.entry("/paths/~1items~1{id}/post/responses/200/headers/X-Rate/examples/rate", 6),
          Map.entry(
              "/paths/~1items~1{id}/post/responses/200/headers/X-Content/content/application~1json/examples/headerContent",
              7),
          Map.entry(
              "/paths/~1items~1{id}/post/responses/200/content/application~1json/examples/response",
              8),
          Map.entry(
              "/paths/~1items~1{id}/post/callbacks/done/{$request.body#~1url}/post/requestBody/content/application~1json/examples/callbackBody",
              9),
          Map.entry("/webhooks/ping/post/requestBody/content/application~1json/examples/hook", 10),
          Map.entry("/components/examples/Shared", 11),
          Map.entry("/components/parameters/Limit/examples/compParam", 12),
          Map.entry("/components/headers/Trace/examples/compHeader", 13),
          Map.entry(
              "/components/requestBodies/Body/content/application~1json/examples/compBody", 14),
          Map.entry(
              "/components/responses/Error/content/application~1json/examples/compResponse", 15),
          Map.entry(
              "/components/callbacks/Later/{$request.body#~1url}/put/responses/200/content/application~1json/examples/compCallback",
              16),
          Map.entry(
              "/components/pathItems/Reusable/get/responses/200/content/text~1plain/examples/pathItem",
              17));

  private JsonNode everyPlaceBundled() throws IOException {
    for (int n = 1; n <= 17; n++) {
      write("ex/" + n + ".json", "{\"n\": " + n + ", \"list\": [" + n + ", \"x\"]}\n");
    }
    Path spec = write("spec.yaml", EVERY_PLACE);
    return SpecBundler.inline(SpecBundler.readSpec(spec), dir);
  }

  @Test
  void everyPlaceAnExampleObjectCanBeIsInlinedFromItsOwnFile() throws IOException {
    JsonNode bundled = everyPlaceBundled();
    for (Map.Entry<String, Integer> place : EVERY_PLACE_POINTERS.entrySet()) {
      JsonNode example = bundled.at(place.getKey());
      assertTrue(example.isObject(), "no example at " + place.getKey());
      assertFalse(example.has("externalValue"), place.getKey() + " still has externalValue");
      assertEquals(
          JSON.readTree(
              "{\"n\": " + place.getValue() + ", \"list\": [" + place.getValue() + ", \"x\"]}"),
          example.get("value"),
          place.getKey());
    }
    // Every externalValue left is one of the two inside x- extensions, which are no Example
    // Objects.
    List<String> left = new ArrayList<>();
    collectExternalValues(bundled, "", left);
    assertEquals(
        List.of(
            "/paths/x-note/examples/a/externalValue",
            "/paths/~1items~1{id}/post/responses/x-extension/content/application~1json/examples/a/externalValue"),
        left);
  }

  @Test
  void valueTakesTheFieldsPlaceAndTheOtherFieldsStay() throws IOException {
    JsonNode example =
        everyPlaceBundled().at("/paths/~1items~1{id}/post/parameters/0/examples/opParam");
    List<String> names = new ArrayList<>();
    example.fieldNames().forEachRemaining(names::add);
    assertEquals(List.of("summary", "value", "x-keep"), names);
    assertEquals("s", example.get("summary").asText());
    assertTrue(example.get("x-keep").asBoolean());
  }

  @Test
  void everythingButTheInlinedExamplesIsTheSameTree() throws IOException {
    JsonNode source = SpecBundler.readSpec(write("spec.yaml", EVERY_PLACE));
    JsonNode bundled = everyPlaceBundled();
    ObjectNode undone = ((ObjectNode) bundled).deepCopy();
    for (Map.Entry<String, Integer> place : EVERY_PLACE_POINTERS.entrySet()) {
      ObjectNode example = (ObjectNode) undone.at(place.getKey());
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(example.properties());
      example.removeAll();
      for (Map.Entry<String, JsonNode> field : fields) {
        if (field.getKey().equals("value")) {
          example.put("externalValue", "ex/" + place.getValue() + ".json");
        } else {
          example.set(field.getKey(), field.getValue());
        }
      }
    }
    assertEquals(source, undone);
    // Same order too: the YAML of the undone tree is the YAML of the source.
    assertArrayEquals(SpecBundler.toYaml(source), SpecBundler.toYaml(undone));
  }

  @Test
  void aReferencedExampleStaysAReferenceAndItsTargetIsInlined() throws IOException {
    write("ex/shared.json", "[1, 2]");
    Path spec =
        write(
            "spec.yaml",
            """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths:
          /a:
            get:
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema: {type: array}
                      examples:
                        viaRef: {$ref: '#/components/examples/Shared'}
        components:
          examples:
            Shared: {summary: shared, externalValue: ex/shared.json}
        """);
    JsonNode bundled = SpecBundler.inline(SpecBundler.readSpec(spec), dir);
    assertEquals(
        JSON.readTree("{\"$ref\": \"#/components/examples/Shared\"}"),
        bundled.at("/paths/~1a/get/responses/200/content/application~1json/examples/viaRef"));
    assertEquals(
        JSON.readTree("{\"summary\": \"shared\", \"value\": [1, 2]}"),
        bundled.at("/components/examples/Shared"));
  }

  @Test
  void externalValueOutsideExampleObjectsIsData() throws IOException {
    write("ex/real.json", "{\"externalValue\": \"inside/the/payload.json\"}");
    String yaml =
        """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths:
          /a:
            get:
              responses:
                '200':
                  description: ok
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          externalValue: {type: string, example: ex/none.json}
                          examples:
                            type: object
                            properties:
                              a: {type: object, properties: {externalValue: {type: string}}}
                        example: {externalValue: ex/none.json}
                      example: {externalValue: ex/none.json, examples: {a: {externalValue: ex/none.json}}}
                      examples:
                        inline:
                          value: {externalValue: ex/none.json}
                        real: {externalValue: ex/real.json}
                      x-tool: {examples: {a: {externalValue: ex/none.json}}}
        components:
          schemas:
            Thing:
              type: object
              properties:
                externalValue: {type: string}
              examples: [{externalValue: ex/none.json}]
        """;
    Path spec = write("spec.yaml", yaml);
    JsonNode source = SpecBundler.readSpec(spec);
    JsonNode bundled = SpecBundler.inline(source, dir);
    String media = "/paths/~1a/get/responses/200/content/application~1json";
    // Only the one real Example Object changed, and its payload's own "externalValue" key is
    // untouched.
    assertEquals(
        JSON.readTree("{\"value\": {\"externalValue\": \"inside/the/payload.json\"}}"),
        bundled.at(media + "/examples/real"));
    ObjectNode expected = ((ObjectNode) source).deepCopy();
    ((ObjectNode) expected.at(media + "/examples"))
        .set("real", bundled.at(media + "/examples/real"));
    assertEquals(expected, bundled);
  }

  @Test
  void aFileThatIsNotJsonBecomesAStringValue() throws IOException {
    write("ex/note.txt", "42\nsecond line: yes\n");
    write("ex/page.html", "<p>caf\u00e9</p>");
    Path spec =
        write(
            "spec.yaml",
            """
        openapi: 3.0.3
        info: {title: t, version: '1'}
        paths:
          /a:
            get:
              responses:
                '200':
                  description: ok
                  content:
                    text/plain: {examples: {note: {externalValue: ex/note.txt}}}
                    text/html: {examples: {page: {externalValue: ex/page.html}}}
        """);
    Path out = dir.resolve("out/bundled.yaml");
    SpecBundler.bundle(spec, out);
    JsonNode bundled = SpecBundler.readSpec(out);
    JsonNode content = bundled.at("/paths/~1a/get/responses/200/content");
    assertEquals(
        TextNode.valueOf("42\nsecond line: yes\n"), content.at("/text~1plain/examples/note/value"));
    assertEquals(
        TextNode.valueOf("<p>caf\u00e9</p>"), content.at("/text~1html/examples/page/value"));
  }

  @Test
  void numbersStayExactAndStringsStayStringsForEveryYamlReader() throws IOException {
    write(
        "ex/v.json",
        "{\"price\": 1.50, \"big\": 123456789012345678901234567890, \"e\": 1e3,"
            + " \"words\": [\"yes\", \"no\", \"on\", \"null\", \"~\", \"2024-01-01\", \"0123\", \"1e3\", \"0x1F\","
            + " \"true\", \".inf\", \"- dash\", \"a: b\", \"#hash\", \"\", \"line\\nbreak\"]}");
    Path spec =
        write(
            "spec.yaml",
            """
        openapi: 3.0.3
        info: {title: t, version: '2024-01-01'}
        paths:
          /a:
            get:
              parameters:
                - {name: n, in: query, schema: {type: string}, example: '0123'}
              responses:
                '200':
                  description: ok
                  content:
                    application/json: {examples: {v: {externalValue: ex/v.json}}}
        """);
    Path out = dir.resolve("bundled.yaml");
    SpecBundler.bundle(spec, out);
    String yaml = Files.readString(out);
    assertTrue(yaml.contains("price: 1.50\n"), yaml);
    assertTrue(yaml.contains("big: 123456789012345678901234567890\n"), yaml);
    // Read back by a plain YAML 1.1 reader (SnakeYAML), as other tools would: every string is a
    // string.
    Map<String, Object> read = new org.yaml.snakeyaml.Yaml().load(yaml);
    JsonNode tree = JSON.valueToTree(read);
    assertEquals("2024-01-01", tree.at("/info/version").textValue());
    assertEquals("0123", tree.at("/paths/~1a/get/parameters/0/example").textValue());
    JsonNode words =
        tree.at("/paths/~1a/get/responses/200/content/application~1json/examples/v/value/words");
    assertEquals(
        JSON.readTree(
            "[\"yes\", \"no\", \"on\", \"null\", \"~\", \"2024-01-01\", \"0123\", \"1e3\", \"0x1F\","
                + " \"true\", \".inf\", \"- dash\", \"a: b\", \"#hash\", \"\", \"line\\nbreak\"]"),
        words);
    assertEquals(
        1000,
        tree.at("/paths/~1a/get/responses/200/content/application~1json/examples/v/value/e")
            .asInt());
  }

  @Test
  void theSameInputGivesTheSameBytesEveryRun() throws IOException {
    everyPlaceBundled();
    Path spec = dir.resolve("spec.yaml");
    Path first = dir.resolve("one/bundled.yaml");
    Path second = dir.resolve("two/bundled.yaml");
    SpecBundler.bundle(spec, first);
    SpecBundler.bundle(spec, second);
    SpecBundler.bundle(spec, first); // over an existing output
    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    assertFalse(new String(Files.readAllBytes(first), StandardCharsets.UTF_8).contains("\r"));
    try (Stream<Path> files = Files.list(first.getParent())) {
      assertEquals(List.of(first), files.toList(), "no temporary file is left beside the output");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"optexity", "deepomatic", "beatra"})
  void theProjectSpecsBundleIntoValidSpecsWithEveryPayloadInline(String api) throws IOException {
    Path spec = Path.of("..", "specs", api + ".yaml").toAbsolutePath().normalize();
    Path out = dir.resolve(api + "-openapi.yaml");
    SpecBundler.bundle(spec, out);
    SwaggerParseResult parsed =
        new OpenAPIV3Parser().readContents(Files.readString(out), null, null);
    assertTrue(
        parsed.getMessages() == null || parsed.getMessages().isEmpty(),
        String.valueOf(parsed.getMessages()));
    JsonNode bundled = SpecBundler.readSpec(out);
    List<String> left = new ArrayList<>();
    collectExternalValues(bundled, "", left);
    assertEquals(List.of(), left);
    // Put each source externalValue back in place of its value: the source comes back exactly.
    JsonNode source = SpecBundler.readSpec(spec);
    List<String> external = new ArrayList<>();
    collectExternalValues(source, "", external);
    assertFalse(external.isEmpty(), "the project specs attach their payloads by externalValue");
    ObjectNode undone = ((ObjectNode) bundled).deepCopy();
    for (String pointer : external) {
      String examplePointer = pointer.substring(0, pointer.length() - "/externalValue".length());
      String file = source.at(pointer).asText();
      ObjectNode example = (ObjectNode) undone.at(examplePointer);
      JsonNode payload = JSON.readTree(spec.resolveSibling(file).toFile());
      assertTrue(
          payload.equals(SpecBundlerTest::compareNumbersByValue, example.get("value")),
          examplePointer);
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(example.properties());
      example.removeAll();
      fields.forEach(
          f -> {
            if (f.getKey().equals("value")) {
              example.put("externalValue", file);
            } else {
              example.set(f.getKey(), f.getValue());
            }
          });
    }
    assertEquals(source, undone);
  }

  // ---- refusals ----

  private String specWithResponseExample(String exampleYaml) {
    return "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n"
        + "        '200':\n          description: ok\n          content:\n            application/json:\n"
        + "              examples:\n                bad: "
        + exampleYaml
        + "\n";
  }

  private static final String BAD_POINTER =
      "/paths/~1a/get/responses/200/content/application~1json/examples/bad";

  private SpecBundleException refused(String exampleYaml, String expectedProblem)
      throws IOException {
    Path spec = write("specs/spec.yaml", specWithResponseExample(exampleYaml));
    Path out = dir.resolve("out/bundled.yaml");
    Files.createDirectories(out.getParent());
    Files.writeString(out, "previous build\n");
    SpecBundleException e =
        assertThrows(SpecBundleException.class, () -> SpecBundler.bundle(spec, out));
    assertEquals(BAD_POINTER, e.pointer());
    assertTrue(e.getMessage().contains(BAD_POINTER), e.getMessage());
    assertTrue(e.getMessage().contains(e.file()), e.getMessage());
    assertTrue(e.getMessage().contains(expectedProblem), e.getMessage());
    assertEquals(
        "previous build\n", Files.readString(out), "a failed bundle leaves the output as it was");
    try (Stream<Path> files = Files.list(out.getParent())) {
      assertEquals(1, files.count(), "no temporary file is left");
    }
    return e;
  }

  @Test
  void aMissingFileIsNamed() throws IOException {
    SpecBundleException e = refused("{externalValue: examples/gone.json}", "does not exist");
    assertEquals("examples/gone.json", e.file());
    assertTrue(
        e.getMessage().contains(dir.resolve("specs/examples/gone.json").toString()),
        e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://example.com/a.json",
        "https://example.com/a.json",
        "file:///etc/hostname",
        "//example.com/a.json"
      })
  void anAbsoluteUrlIsRefused(String url) throws IOException {
    SpecBundleException e = refused("{externalValue: '" + url + "'}", "absolute URL");
    assertEquals(url, e.file());
  }

  @ParameterizedTest
  @ValueSource(strings = {"../outside.json", "examples/../../outside.json", "/etc/hostname", "."})
  void aPathLeadingOutOfTheSpecsDirectoryIsRefused(String path) throws IOException {
    write("outside.json", "{}");
    SpecBundleException e = refused("{externalValue: '" + path + "'}", "directory");
    assertEquals(path, e.file());
  }

  @Test
  void aLinkLeadingOutOfTheSpecsDirectoryIsRefused() throws IOException {
    Path outside = write("outside.json", "{}");
    Files.createDirectories(dir.resolve("specs/examples"));
    Files.createSymbolicLink(dir.resolve("specs/examples/link.json"), outside);
    refused("{externalValue: examples/link.json}", "out of the spec's directory");
  }

  @Test
  void aJsonFileThatIsNotJsonIsRefused() throws IOException {
    write("specs/examples/broken.json", "{\"a\": 1,}");
    refused("{externalValue: examples/broken.json}", "not valid JSON");
    write("specs/examples/two.json", "{} {}");
    refused("{externalValue: examples/two.json}", "not valid JSON");
    write("specs/examples/dup.json", "{\"a\": 1, \"a\": 2}");
    refused("{externalValue: examples/dup.json}", "not valid JSON");
    write("specs/examples/empty.json", "");
    refused("{externalValue: examples/empty.json}", "empty");
  }

  @Test
  void aBinaryFileIsRefused() throws IOException {
    Files.createDirectories(dir.resolve("specs/examples"));
    Files.write(
        dir.resolve("specs/examples/pic.png"),
        new byte[] {(byte) 0x89, 'P', 'N', 'G', (byte) 0xff, 0});
    refused("{externalValue: examples/pic.png}", "neither .json nor UTF-8 text");
  }

  @Test
  void aDirectoryIsRefused() throws IOException {
    Files.createDirectories(dir.resolve("specs/examples/folder.json"));
    refused("{externalValue: examples/folder.json}", "is a directory");
  }

  @Test
  void valueBesideExternalValueIsRefused() throws IOException {
    write("specs/examples/a.json", "{}");
    refused("{value: 1, externalValue: examples/a.json}", "both value and externalValue");
  }

  @Test
  void aNonStringOrMalformedExternalValueIsRefused() throws IOException {
    refused("{externalValue: [a.json]}", "must be a string");
    refused("{externalValue: 'a b.json'}", "not a valid URI reference");
    refused("{externalValue: ''}", "empty");
    refused("{externalValue: 'a.json#frag'}", "query or fragment");
  }

  @Test
  void aSpecThatCannotBeReadIsNamed() throws IOException {
    Path missing = dir.resolve("nope.yaml");
    SpecBundleException e =
        assertThrows(
            SpecBundleException.class, () -> SpecBundler.bundle(missing, dir.resolve("out.yaml")));
    assertEquals("", e.pointer());
    assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
    Path duplicate = write("dup.yaml", "openapi: 3.0.3\nopenapi: 3.1.0\n");
    assertThrows(
        SpecBundleException.class, () -> SpecBundler.bundle(duplicate, dir.resolve("out.yaml")));
    Path list = write("list.yaml", "- a\n- b\n");
    assertThrows(
        SpecBundleException.class, () -> SpecBundler.bundle(list, dir.resolve("out.yaml")));
    assertFalse(Files.exists(dir.resolve("out.yaml")));
  }

  @Test
  void mainTakesExactlyTheSpecAndTheOutput() throws IOException {
    write("ex/1.json", "{\"n\": 1}");
    Path spec =
        write(
            "spec.yaml",
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n"
                + "  examples:\n    One: {externalValue: ex/1.json}\n");
    assertThrows(
        IllegalArgumentException.class, () -> SpecBundler.main(new String[] {spec.toString()}));
    assertThrows(
        IllegalArgumentException.class,
        () -> SpecBundler.main(new String[] {spec.toString(), " "}));
    Path out = dir.resolve("target/deep/out.yaml");
    SpecBundler.main(new String[] {spec.toString(), out.toString()});
    assertEquals(
        JSON.readTree("{\"n\": 1}"),
        SpecBundler.readSpec(out).at("/components/examples/One/value"));
  }

  /**
   * Equal JSON: numbers by value (the bundler keeps decimals exact, a default reader makes
   * doubles).
   */
  private static int compareNumbersByValue(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue());
    }
    return a.equals(b) ? 0 : 1;
  }

  /** Pointers of every field named externalValue anywhere in a tree. */
  private static void collectExternalValues(JsonNode node, String pointer, List<String> found) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String at = pointer + "/" + SpecBundler.escape(field.getKey());
        if (field.getKey().equals("externalValue")) {
          found.add(at);
        }
        collectExternalValues(field.getValue(), at, found);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectExternalValues(node.get(i), pointer + "/" + i, found);
      }
    }
  }
}
