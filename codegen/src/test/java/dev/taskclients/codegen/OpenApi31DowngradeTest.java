package dev.taskclients.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An OpenAPI 3.1 spec is rewritten into the 3.0 form of the same meaning, both as the model the
 * generator reads and as the rendering the corpus gate validates against; a 3.0 spec is left alone.
 */
class OpenApi31DowngradeTest {
  private static final String HEAD =
      "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n";

  private static OpenAPI parse(String yaml) {
    SwaggerParseResult result = new OpenAPIParser().readContents(yaml, null, null);
    assertTrue(
        result.getMessages() == null || result.getMessages().isEmpty(),
        String.valueOf(result.getMessages()));
    return result.getOpenAPI();
  }

  /** A 3.1 document with the given component schemas, rewritten. */
  private static OpenAPI downgraded(String schemas) {
    OpenAPI openAPI = parse(HEAD + schemas);
    OpenApi31Downgrade.apply(openAPI);
    return openAPI;
  }

  private static Schema<?> property(OpenAPI openAPI, String model, String property) {
    return (Schema<?>)
        openAPI.getComponents().getSchemas().get(model).getProperties().get(property);
  }

  @Test
  void aTypeArrayWithNullBecomesANullableType() {
    OpenAPI openAPI =
        downgraded(
            "    Thing:\n      type: object\n      properties:\n"
                + "        name: {type: [string, 'null']}\n        count: {type: ['null', integer], format: int32}\n");

    Schema<?> name = property(openAPI, "Thing", "name");
    assertEquals("string", name.getType());
    assertEquals(Set.of("string"), name.getTypes());
    assertEquals(Boolean.TRUE, name.getNullable());
    Schema<?> count = property(openAPI, "Thing", "count");
    assertEquals("integer", count.getType());
    assertEquals(Boolean.TRUE, count.getNullable());
  }

  @Test
  void aTypeArrayOfSeveralTypesBecomesAnAnyOf() {
    Schema<?> code =
        property(
            downgraded(
                "    Thing:\n      type: object\n      properties:\n"
                    + "        code: {type: [string, integer, 'null']}\n"),
            "Thing",
            "code");

    assertNull(code.getType());
    assertNull(code.getTypes());
    assertEquals(Boolean.TRUE, code.getNullable());
    assertEquals(
        List.of("string", "integer"),
        code.getAnyOf().stream()
            .map(member -> ((Schema<?>) member).getType())
            .collect(Collectors.toList()));
  }

  @Test
  void constBecomesAnEnumOfOneTypedAfterItsValueWhenTheSchemaHasNoType() {
    OpenAPI openAPI =
        downgraded(
            "    Draft:\n      type: object\n      properties:\n"
                + "        kind: {type: string, const: draft}\n        version: {const: 2}\n        final: {const: false}\n");

    Schema<?> kind = property(openAPI, "Draft", "kind");
    assertEquals(List.of("draft"), kind.getEnum());
    assertEquals("string", kind.getType());
    Schema<?> version = property(openAPI, "Draft", "version");
    assertEquals(List.of(2), version.getEnum());
    assertEquals("integer", version.getType());
    assertEquals(Set.of("integer"), version.getTypes());
    assertEquals("boolean", property(openAPI, "Draft", "final").getType());
  }

  @Test
  void numericExclusiveBoundsBecomeInclusiveBoundsWithTheFlagKeepingTheStricterOne() {
    OpenAPI openAPI =
        downgraded(
            "    Score:\n      type: object\n      properties:\n"
                + "        value: {type: number, exclusiveMinimum: 0, exclusiveMaximum: 1}\n"
                + "        grade: {type: integer, minimum: 5, exclusiveMinimum: 0}\n");

    Schema<?> value = property(openAPI, "Score", "value");
    assertEquals(0, value.getMinimum().compareTo(BigDecimal.ZERO));
    assertEquals(Boolean.TRUE, value.getExclusiveMinimum());
    assertEquals(0, value.getMaximum().compareTo(BigDecimal.ONE));
    assertEquals(Boolean.TRUE, value.getExclusiveMaximum());
    assertNull(value.getExclusiveMinimumValue());
    Schema<?> grade = property(openAPI, "Score", "grade");
    assertEquals(
        0,
        grade.getMinimum().compareTo(BigDecimal.valueOf(5)),
        "minimum 5 allows less than exclusiveMinimum 0");
    assertFalse(Boolean.TRUE.equals(grade.getExclusiveMinimum()));
  }

  @Test
  void base64ContentIsFormatByteAndAJsonTextStaysAString() {
    OpenAPI openAPI =
        downgraded(
            "    Scan:\n      type: object\n      properties:\n"
                + "        digest: {type: string, contentEncoding: base64}\n"
                + "        metadata: {type: string, contentMediaType: application/json}\n");

    assertEquals("byte", property(openAPI, "Scan", "digest").getFormat());
    assertNull(property(openAPI, "Scan", "metadata").getFormat());
  }

  @Test
  void aStringWithAContentMediaTypeIsBinaryAsABodyOrAMultipartPart() {
    OpenAPI openAPI =
        parse(
            "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /scans:\n    put:\n"
                + "      requestBody:\n        content:\n          image/png:\n"
                + "            schema: {type: string, contentMediaType: image/png}\n"
                + "      responses: {'204': {description: ok}}\n    post:\n"
                + "      requestBody:\n        content:\n          multipart/form-data:\n            schema:\n"
                + "              type: object\n              properties:\n"
                + "                scan: {type: string, contentMediaType: image/png}\n"
                + "                note: {type: string}\n"
                + "      responses: {'204': {description: ok}}\n");
    OpenApi31Downgrade.apply(openAPI);

    var scans = openAPI.getPaths().get("/scans");
    assertEquals(
        "binary",
        scans.getPut().getRequestBody().getContent().get("image/png").getSchema().getFormat());
    Schema<?> form =
        scans.getPost().getRequestBody().getContent().get("multipart/form-data").getSchema();
    assertEquals("binary", ((Schema<?>) form.getProperties().get("scan")).getFormat());
    assertNull(((Schema<?>) form.getProperties().get("note")).getFormat());
  }

  @Test
  void aNullMemberOfAOneOfBecomesANullOnlySchema() {
    Schema<?> owner =
        property(
            downgraded(
                "    Person:\n      type: object\n      properties:\n"
                    + "        name: {type: string}\n    Folder:\n      type: object\n      properties:\n"
                    + "        owner:\n          oneOf:\n            - $ref: '#/components/schemas/Person'\n"
                    + "            - type: 'null'\n"),
            "Folder",
            "owner");

    Schema<?> nullMember = owner.getOneOf().get(1);
    assertEquals(Boolean.TRUE, nullMember.getNullable());
    assertEquals("string", nullMember.getType(), "3.0 applies nullable only beside a type");
    assertEquals(1, nullMember.getEnum().size());
    assertNull(nullMember.getEnum().get(0));
  }

  @Test
  void aRefKeepsAnnotatingSiblingsAndMovesIntoAllOfBesideConstrainingOnes() {
    OpenAPI openAPI =
        downgraded(
            "    Person:\n      type: object\n      properties:\n"
                + "        name: {type: string}\n    Folder:\n      type: object\n      properties:\n"
                + "        owner: {$ref: '#/components/schemas/Person', description: The owner.}\n"
                + "        creator: {$ref: '#/components/schemas/Person', description: Who made it., readOnly: true}\n");

    Schema<?> owner = property(openAPI, "Folder", "owner");
    assertEquals("#/components/schemas/Person", owner.get$ref());
    assertEquals("The owner.", owner.getDescription());
    Schema<?> creator = property(openAPI, "Folder", "creator");
    assertNull(creator.get$ref());
    assertEquals(Boolean.TRUE, creator.getReadOnly());
    assertEquals("#/components/schemas/Person", ((Schema<?>) creator.getAllOf().get(0)).get$ref());
  }

  @Test
  void theFirstOfExamplesIsAlsoTheExample() {
    Schema<?> year =
        property(
            downgraded(
                "    Citation:\n      type: object\n      properties:\n"
                    + "        year: {type: integer, examples: [1921, 1843]}\n"),
            "Citation",
            "year");

    assertEquals("1921", String.valueOf(year.getExample()));
  }

  @Test
  void aThreeZeroSpecIsLeftAlone() {
    OpenAPI openAPI =
        parse(
            "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
                + "    Score:\n      type: object\n      properties:\n"
                + "        value: {type: number, minimum: 0, exclusiveMinimum: true, example: 0.5}\n");
    String before = io.swagger.v3.core.util.Yaml.pretty(openAPI);

    OpenApi31Downgrade.apply(openAPI);

    assertFalse(OpenApi31Downgrade.isOpenApi31(openAPI));
    assertEquals(before, io.swagger.v3.core.util.Yaml.pretty(openAPI));
  }

  @Test
  void theRenderingIsAThreeZeroDocumentThatKeepsTheConstraints(@TempDir Path dir)
      throws IOException {
    Path spec = dir.resolve("spec.yaml");
    Files.writeString(
        spec,
        "openapi: 3.1.0\njsonSchemaDialect: https://spec.openapis.org/oas/3.1/dialect/base\n"
            + "info: {title: t, summary: A summary., version: '1', license: {name: MIT, identifier: MIT}}\n"
            + "paths: {}\nwebhooks:\n  ping:\n    post:\n      responses: {'204': {description: ok}}\n"
            + "components:\n  schemas:\n    Thing:\n      type: object\n      properties:\n"
            + "        name: {type: [string, 'null']}\n        kind: {const: thing}\n"
            + "        score: {type: number, exclusiveMinimum: 0}\n");

    String rendering = OpenApi31Downgrade.renderAs30(spec);

    SwaggerParseResult reread = new OpenAPIParser().readContents(rendering, null, null);
    assertTrue(
        reread.getMessages() == null || reread.getMessages().isEmpty(),
        String.valueOf(reread.getMessages()));
    OpenAPI openAPI = reread.getOpenAPI();
    assertEquals("3.0.3", openAPI.getOpenapi());
    assertNull(openAPI.getWebhooks());
    assertFalse(
        rendering.contains("jsonSchemaDialect")
            || rendering.contains("identifier")
            || rendering.contains("summary"),
        rendering);
    assertEquals("string", property(openAPI, "Thing", "name").getType());
    assertEquals(Boolean.TRUE, property(openAPI, "Thing", "name").getNullable());
    assertEquals(List.of("thing"), property(openAPI, "Thing", "kind").getEnum());
    assertEquals(Boolean.TRUE, property(openAPI, "Thing", "score").getExclusiveMinimum());
  }

  @Test
  void theGeneratorReadsTheThreeOneConstructsAsTheirThreeZeroForms(@TempDir Path dir)
      throws IOException {
    Path spec = dir.resolve("archive.yaml");
    Files.writeString(
        spec,
        "openapi: 3.1.0\ninfo: {title: Archive, version: '1'}\n"
            + "paths:\n  /drafts:\n    post:\n      operationId: fileDraft\n      requestBody:\n        required: true\n"
            + "        content:\n          application/json:\n            schema: {$ref: '#/components/schemas/Draft'}\n"
            + "      responses: {'204': {description: Filed.}}\n"
            + "webhooks:\n  archived:\n    post:\n      operationId: archivedWebhook\n      requestBody:\n"
            + "        content:\n          application/json:\n            schema:\n              type: object\n"
            + "              properties: {recordId: {type: string}}\n"
            + "      responses: {'204': {description: Received.}}\n"
            + "components:\n  schemas:\n    Draft:\n      type: object\n      required: [subtitle]\n      properties:\n"
            + "        subtitle: {type: [string, 'null']}\n        version: {const: 2}\n"
            + "        digest: {type: string, contentEncoding: base64}\n");

    ClientGeneration.Result result =
        ClientGeneration.generate(
            spec, dir.resolve("out"), "gen.archive", "Archive", "archive.yaml");

    Path models = result.sourceRoot().resolve("gen/archive/model");
    Set<String> files;
    try (Stream<Path> list = Files.list(models)) {
      files = list.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
    }
    assertEquals(
        Set.of("Draft.java", "DraftVersion.java"),
        files,
        "no model for the webhook's inline schema");
    assertEquals(
        List.of("fileDraft"),
        result.operations().stream().map(op -> op.operationId()).collect(Collectors.toList()));
    String draft = Files.readString(models.resolve("Draft.java"));
    assertTrue(
        draft.contains("public @Nullable String subtitle()"),
        "a required field that may be null: " + draft);
    assertTrue(draft.contains("nullAllowed(\"subtitle\", subtitle)"), draft);
    assertTrue(
        draft.contains("private final DraftVersion version;"),
        "const without a type is an enum: " + draft);
    assertTrue(draft.contains("private final byte[] digest;"), "base64 content is bytes: " + draft);
    assertTrue(Files.readString(models.resolve("DraftVersion.java")).contains("Integer"));
  }
}
