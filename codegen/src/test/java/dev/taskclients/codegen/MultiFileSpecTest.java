package dev.taskclients.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.taskclients.codegen.view.OperationView;
import dev.taskclients.codegen.view.ParameterView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spec split over files in several folders is one document once bundled: every relative reference
 * is resolved against the file that holds it, which Swagger Parser gets wrong for some ({@code
 * parameters.yml#/id} from a path item in another folder).
 */
class MultiFileSpecTest {
  @TempDir Path dir;

  private Path root;

  private void write(String path, String content) throws Exception {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }

  @BeforeEach
  void split() throws Exception {
    write(
        "api/openapi.yaml",
        "openapi: 3.0.3\ninfo: {title: Split, version: '1'}\npaths:\n"
            + "  /items/{itemId}:\n    $ref: 'resources/items/item.yaml'\n"
            + "components:\n  schemas:\n    Problem:\n      $ref: 'shared/problem.yaml'\n"
            + "    Local: {type: object, properties: {x: {type: string}}}\n");
    write(
        "api/resources/items/item.yaml",
        "get:\n  operationId: getItem\n  parameters:\n"
            + "    - $ref: 'parameters.yml#/itemId'\n    - $ref: '../../shared/parameters.yml#/verbose'\n"
            + "  responses:\n    '200':\n      description: ok\n      content:\n        application/json:\n"
            + "          schema: {$ref: 'models/item.yml'}\n          examples:\n"
            + "            one: {externalValue: 'examples/one.json'}\n"
            + "    '404':\n      $ref: '../../shared/not-found.yml'\n");
    write(
        "api/resources/items/parameters.yml",
        "itemId:\n  name: itemId\n  in: path\n  required: true\n" + "  schema: {type: string}\n");
    write(
        "api/shared/parameters.yml",
        "verbose:\n  name: verbose\n  in: query\n  schema: {type: boolean}\n");
    write(
        "api/shared/not-found.yml",
        "description: missing\ncontent:\n  application/json:\n"
            + "    schema: {$ref: 'problem.yaml'}\n");
    write("api/shared/problem.yaml", "type: object\nproperties:\n  message: {type: string}\n");
    write(
        "api/resources/items/models/item.yml",
        "type: object\nproperties:\n  id: {type: string}\n"
            + "  parts: {type: array, items: {$ref: 'item.yml'}}\n  owner: {$ref: '../../people/models/person.yml'}\n"
            + "  local: {$ref: '../../../openapi.yaml#/components/schemas/Local'}\n"
            + "  other: {$ref: '../../people/models/item.yml'}\n");
    write(
        "api/resources/people/models/person.yml",
        "type: object\nproperties:\n  name: {type: string}\n");
    write(
        "api/resources/people/models/item.yml",
        "type: object\nproperties:\n  label: {type: string}\n");
    write("api/resources/items/examples/one.json", "{\"id\": \"1\"}");
    root = dir.resolve("api/openapi.yaml");
  }

  private JsonNode bundle() throws Exception {
    return new ObjectMapper().readTree(MultiFileSpec.bundle(root));
  }

  @Test
  void aSingleFileSpecNeedsNoBundle() throws Exception {
    write("single.yaml", "openapi: 3.0.3\ninfo: {title: One, version: '1'}\npaths: {}\n");
    assertFalse(MultiFileSpec.isMultiFile(dir.resolve("single.yaml")));
    assertTrue(MultiFileSpec.isMultiFile(root));
  }

  @Test
  void referencesResolveAgainstTheFileThatHoldsThem() throws Exception {
    JsonNode get = bundle().at("/paths/~1items~1{itemId}/get");

    assertEquals(
        "itemId", get.at("/parameters/0/name").asText(), "parameters.yml beside the path item");
    assertEquals(
        "verbose",
        get.at("/parameters/1/name").asText(),
        "../../shared from the path item's folder");
    assertEquals(
        "#/components/schemas/Problem",
        get.at("/responses/404/content/application~1json/schema/$ref").asText(),
        "the response's problem.yaml is the root component that pointed to it");
  }

  @Test
  void externalSchemasBecomeComponentsNamedAfterTheirFilesOnceEach() throws Exception {
    JsonNode schemas = bundle().at("/components/schemas");

    assertEquals(
        "#/components/schemas/item",
        schemas.at("/item/properties/parts/items/$ref").asText(),
        "recursion stays finite");
    assertEquals("#/components/schemas/person", schemas.at("/item/properties/owner/$ref").asText());
    assertEquals(
        "#/components/schemas/Local",
        schemas.at("/item/properties/local/$ref").asText(),
        "back into the root: local");
    assertEquals(
        "#/components/schemas/item_2",
        schemas.at("/item/properties/other/$ref").asText(),
        "a second item.yml");
    assertEquals(
        "message",
        schemas.at("/Problem/properties").fieldNames().next(),
        "the root alias took the content");
  }

  @Test
  void anExternalValueIsRewrittenAgainstTheRootFolder() throws Exception {
    assertEquals(
        "resources/items/examples/one.json",
        bundle()
            .at(
                "/paths/~1items~1{itemId}/get/responses/200/content/application~1json/examples/one/externalValue")
            .asText());
  }

  @Test
  void aReferenceToNothingIsNamed() throws Exception {
    write(
        "api/openapi.yaml",
        "openapi: 3.0.3\ninfo: {title: Split, version: '1'}\npaths:\n"
            + "  /x:\n    $ref: 'resources/missing.yaml'\n");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MultiFileSpec.bundle(root));
    assertTrue(e.getMessage().contains("missing.yaml"), e.getMessage());
  }

  @Test
  void theGeneratorReadsASplitSpecAsOneDocument() throws Exception {
    ClientGeneration.Result result =
        ClientGeneration.generate(root, dir.resolve("out"), "gen.split", "Split", "openapi.yaml");

    OperationView get = result.operations().get(0);
    assertEquals(
        List.of("itemId"),
        get.request().pathParameters().stream()
            .map(ParameterView::jsonName)
            .collect(Collectors.toList()));
    assertEquals(
        List.of("verbose"),
        get.request().queryParameters().stream()
            .map(ParameterView::jsonName)
            .collect(Collectors.toList()));
    assertEquals("Item", get.returnType());
    assertTrue(Files.exists(result.sourceRoot().resolve("gen/split/model/Person.java")));
  }
}
