package dev.taskclients.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taskclients.codegen.view.BodyKind;
import dev.taskclients.codegen.view.OperationView;
import dev.taskclients.codegen.view.SecuritySchemeView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each construct the templates cannot express degrades one body, parameter or schema, never the
 * spec: the client is generated, the degradation is listed with its spec location in
 * generation-report.md, and the affected method's Javadoc says so.
 */
class DegradationsTest {
  @TempDir Path dir;

  private ClientGeneration.Result generate(String yaml) throws Exception {
    return generate(yaml, ClientGeneration.Options.defaults());
  }

  private ClientGeneration.Result generate(String yaml, ClientGeneration.Options options)
      throws Exception {
    Path spec = Files.writeString(dir.resolve("spec.yaml"), yaml);
    return ClientGeneration.generate(
        spec, dir.resolve("out"), "gen.lab", "Lab", "spec.yaml", null, options);
  }

  private String client(ClientGeneration.Result result) throws Exception {
    return Files.readString(result.sourceRoot().resolve("gen/lab/LabClient.java"));
  }

  /**
   * Generated text with its wrapped lines joined again, as one line each: code, or Javadoc without
   * its stars.
   */
  private static String flat(String text) {
    return text.replaceAll("\\s*\n\\s*(\\*(?!/)\\s*)?", " ");
  }

  private static OperationView operation(ClientGeneration.Result result, String id) {
    return result.operations().stream()
        .filter(o -> id.equals(o.operationId()))
        .findFirst()
        .orElseThrow();
  }

  private static String body(String mediaType, String schema) {
    return "openapi: 3.0.3\ninfo: {title: Lab, version: '1'}\npaths:\n  /photos:\n    put:\n      operationId: putPhoto\n"
        + "      requestBody:\n        required: true\n        content:\n          '"
        + mediaType
        + "':\n"
        + "            schema: "
        + schema
        + "\n      responses: {'204': {description: ok}}\n";
  }

  private static String bodyType(OperationView op) {
    return op.request().body().parameter().javaType();
  }

  @Test
  void anImageGivenAsBase64TextIsAStringSentWithItsMediaTypeAndNoDegradation() throws Exception {
    ClientGeneration.Result result = generate(body("image/jpeg", "{type: string, format: base64}"));

    OperationView op = operation(result, "putPhoto");
    assertEquals("String", bodyType(op));
    assertEquals(BodyKind.BASE64, op.request().body().kind());
    assertEquals("image/jpeg", op.request().body().contentType());
    assertTrue(
        flat(client(result))
            .contains(
                ".binaryBody(body == null ? null : BinaryBody.of(body.getBytes("
                    + "java.nio.charset.StandardCharsets.US_ASCII)), \"image/jpeg\")"),
        "its bytes, with its media type alone");
    assertEquals(List.of(), result.report().degradations());
  }

  @Test
  void bytesDescribedAsFormatByteAreBase64Text() throws Exception {
    ClientGeneration.Result result =
        generate(body("application/octet-stream", "{type: string, format: byte}"));

    assertEquals("String", bodyType(operation(result, "putPhoto")));
  }

  @Test
  void aBinaryMediaTypeWithAStructuredSchemaIsBytesAndADegradationWithItsLocation()
      throws Exception {
    ClientGeneration.Result result =
        generate(body("image/png", "{type: object, properties: {width: {type: integer}}}"));

    assertEquals("BinaryBody", bodyType(operation(result, "putPhoto")));
    GenerationReport.Degradation degradation = result.report().degradations().get(0);
    assertEquals("paths./photos.put.requestBody", degradation.location());
    assertEquals("PUT /photos", degradation.operation());
    assertTrue(
        client(result)
            .contains(
                "Generated in a more generic form than the spec describes: a body of media type"
                    + " image/png"),
        "the method's Javadoc notes it");
  }

  @Test
  void aStructuredBodyOfferedOnlyAsTextIsAStringParameter() throws Exception {
    ClientGeneration.Result result =
        generate(body("text/plain", "{type: object, properties: {note: {type: string}}}"));

    assertEquals("String", bodyType(operation(result, "putPhoto")));
    assertTrue(
        result.report().degradations().get(0).construct().contains("offered only as text/plain"));
  }

  @Test
  void aBodyOfferedOnlyAsAMediaRangeIsSentAsAConcreteType() throws Exception {
    ClientGeneration.Result result =
        generate(body("*/*", "{type: object, properties: {note: {type: string}}}"));

    OperationView op = operation(result, "putPhoto");
    assertEquals("application/json", op.request().body().contentType());
    assertEquals(BodyKind.JSON, op.request().body().kind());
    assertTrue(result.report().degradations().get(0).construct().contains("*/*"));
  }

  @Test
  void aMediaTypeTheRuntimeCannotEncodeIsBytesTheCallerEncodes() throws Exception {
    ClientGeneration.Result result =
        generate(body("application/x-www-form-urlencoded", "{type: string}"));

    assertEquals("BinaryBody", bodyType(operation(result, "putPhoto")));
    assertTrue(
        result.report().degradations().get(0).construct().contains("cannot encode"),
        result.report().degradations().toString());
  }

  @Test
  void theReportListsEveryDegradationBesideTheCode() throws Exception {
    ClientGeneration.Result result =
        generate(body("image/png", "{type: array, items: {type: integer}}"));

    String report = Files.readString(dir.resolve("out").resolve(GenerationReport.FILE_NAME));
    assertTrue(report.contains("## Degradations: 1"), report);
    assertTrue(
        report.contains("| `paths./photos.put.requestBody` | a body of media type image/png"),
        report);
    assertTrue(
        result.files().stream().anyMatch(f -> f.getName().equals(GenerationReport.FILE_NAME)));
    assertTrue(
        result
            .report()
            .summaryLine()
            .startsWith("taskclients-java: 1 construct(s) generated in a more generic"),
        result.report().summaryLine());
  }

  @Test
  void aCleanSpecGetsAReportSayingSo() throws Exception {
    ClientGeneration.Result result = generate(body("application/json", "{type: object}"));

    assertTrue(
        Files.readString(dir.resolve("out").resolve(GenerationReport.FILE_NAME))
            .contains(
                "Every operation, parameter, body, response and schema was generated as the spec describes it."));
    assertTrue(
        result
            .report()
            .summaryLine()
            .contains("every construct generated as the spec describes it"));
  }

  @Test
  void aPropertyThatCanOnlyBeNullIsAJsonNodeNotAModelNullNeverWritten() throws Exception {
    ClientGeneration.Result result =
        generate(
            "openapi: 3.1.0\ninfo: {title: Lab, version: '1'}\npaths:\n"
                + "  /sensor:\n    get:\n      operationId: getSensor\n      responses:\n        '200':\n"
                + "          description: ok\n          content:\n            application/json:\n"
                + "              schema: {$ref: '#/components/schemas/Sensor'}\ncomponents:\n  schemas:\n    Sensor:\n"
                + "      type: object\n      properties:\n        retired: {type: 'null'}\n        reserved: {type: ['null']}\n"
                + "        name: {type: string}\n");

    String sensor = Files.readString(result.sourceRoot().resolve("gen/lab/model/Sensor.java"));
    assertTrue(sensor.contains("private final JsonNode retired;"), sensor);
    assertTrue(sensor.contains("private final JsonNode reserved;"), sensor);
    assertFalse(Files.exists(result.sourceRoot().resolve("gen/lab/model/ModelNull.java")));
    assertFalse(sensor.contains("ModelNull"));
    assertEquals(
        List.of(
            "components.schemas.Sensor.properties.retired",
            "components.schemas.Sensor.properties.reserved"),
        result.report().degradations().stream()
            .map(GenerationReport.Degradation::location)
            .collect(Collectors.toList()));
  }

  @Test
  void aNullTypeWrittenIntoAnOpenApi30SpecIsAJsonNodeToo() throws Exception {
    ClientGeneration.Result result =
        generate(
            "openapi: 3.0.3\ninfo: {title: Lab, version: '1'}\npaths:\n"
                + "  /sensor:\n    get:\n      operationId: getSensor\n      responses:\n        '200':\n"
                + "          description: ok\n          content:\n            application/json:\n"
                + "              schema: {$ref: '#/components/schemas/Sensor'}\ncomponents:\n  schemas:\n    Sensor:\n"
                + "      type: object\n      properties:\n        retired: {type: 'null'}\n",
            ClientGeneration.Options.lenient());

    assertTrue(
        Files.readString(result.sourceRoot().resolve("gen/lab/model/Sensor.java"))
            .contains("JsonNode retired;"));
  }

  @Test
  void mutualTlsHasNoSetterNoCredentialAndTheBuildersJavadocSaysWhereItGoes() throws Exception {
    ClientGeneration.Result result =
        generate(
            "openapi: 3.1.0\ninfo: {title: Lab, version: '1'}\n"
                + "security: [{cert: []}]\npaths:\n  /sensor:\n    get:\n      operationId: getSensor\n"
                + "      responses: {'204': {description: ok}}\n    put:\n      operationId: putSensor\n"
                + "      security: [{cert: [], key: []}, {key: []}]\n      responses: {'204': {description: ok}}\n"
                + "components:\n  securitySchemes:\n    cert: {type: mutualTLS}\n"
                + "    key: {type: apiKey, in: header, name: X-Key}\n");

    assertEquals(
        List.of("key"),
        result.client().schemes().stream()
            .map(SecuritySchemeView::name)
            .collect(Collectors.toList()));
    assertEquals(
        "apiKey",
        result.client().schemes().get(0).setter(),
        "one scheme with a credential: named by its kind");
    String client = client(result);
    assertTrue(
        flat(client).contains("The spec's mutual TLS (mutualTLS scheme) has no setter here"),
        "the builder's Javadoc");
    assertTrue(
        client.contains(".security()\n"),
        "an operation needing only mutual TLS sends no credential");
    assertTrue(
        client.contains(".security(\"key\")\n        .security(\"key\")"),
        "mutual TLS left out of each requirement");
    assertFalse(
        client.contains("credentialHint") && client.contains("\"apiKey(...)\""),
        "build() insists on nothing");
  }

  @Test
  void aModelNamedLikeAJdkOrGeneratorTypeIsAlwaysTheGeneratedClass() throws Exception {
    ClientGeneration.Result result =
        generate(
            "openapi: 3.0.3\ninfo: {title: Lab, version: '1'}\npaths:\n"
                + "  /events:\n    get:\n      operationId: getEvent\n      responses:\n        '200':\n"
                + "          description: ok\n          content:\n            application/json:\n"
                + "              schema: {$ref: '#/components/schemas/Event'}\ncomponents:\n  schemas:\n    Event:\n"
                + "      type: object\n      properties:\n        at: {$ref: '#/components/schemas/Timestamp'}\n"
                + "        when: {$ref: '#/components/schemas/DateTime'}\n        link: {$ref: '#/components/schemas/URI'}\n"
                + "    Timestamp: {type: object, properties: {seconds: {type: integer}}}\n"
                + "    DateTime: {type: object, properties: {iso: {type: string}}}\n"
                + "    URI: {type: object, properties: {href: {type: string}}}\n");

    String event = Files.readString(result.sourceRoot().resolve("gen/lab/model/Event.java"));
    assertFalse(event.contains("java.sql"), event);
    assertTrue(event.contains("private final Timestamp at;"), event);
    assertTrue(event.contains("private final DateTimeModel when;"), event);
    assertTrue(event.contains("private final URIModel link;"), event);
    for (String model : List.of("Timestamp", "DateTimeModel", "URIModel")) {
      assertTrue(
          Files.exists(result.sourceRoot().resolve("gen/lab/model/" + model + ".java")), model);
    }
  }

  @Test
  void twoSchemasThatMakeOneClassNameGetTwoClasses() throws Exception {
    ClientGeneration.Result result =
        generate(
            "openapi: 3.0.3\ninfo: {title: Lab, version: '1'}\npaths:\n"
                + "  /t:\n    get:\n      operationId: getTemplate\n      responses:\n        '200':\n"
                + "          description: ok\n          content:\n            application/json:\n"
                + "              schema: {$ref: '#/components/schemas/ClassificationTemplate'}\ncomponents:\n  schemas:\n"
                + "    ClassificationTemplate: {type: object, properties: {id: {type: string}}}\n"
                + "    Classification_template: {type: string, enum: [a, b]}\n");

    String template =
        Files.readString(result.sourceRoot().resolve("gen/lab/model/ClassificationTemplate.java"));
    assertTrue(
        template.contains("class ClassificationTemplate extends JsonModel"),
        "the model keeps its name");
    assertTrue(
        Files.exists(result.sourceRoot().resolve("gen/lab/model/ClassificationTemplate2.java")),
        "the other a number");
  }

  @Test
  void anEmptyDescriptionOrSummaryMakesNoEmptyParagraph() throws Exception {
    ClientGeneration.Result result =
        generate(
            "openapi: 3.0.3\ninfo: {title: Lab, version: '1', description: ''}\n"
                + "paths:\n  /photos/{id}:\n    get:\n      operationId: getPhoto\n      summary: ''\n      description: ' '\n"
                + "      parameters:\n        - {name: id, in: path, required: true, description: '', schema: {type: string}}\n"
                + "      responses: {'204': {description: ok}}\n");

    String client = client(result);
    assertFalse(client.matches("(?s).*<p>\\s*\\n.*"), "no empty paragraph");
    assertTrue(client.contains("Calls GET /photos/{id}"), "a summary from method and path");
  }

  @Test
  void aQueryStringInThePathTemplateIsSentAsQueryParameters() throws Exception {
    ClientGeneration.Result result =
        generate(
            "openapi: 3.0.3\ninfo: {title: Lab, version: '1'}\npaths:\n"
                + "  /search?kind=title&term={term}:\n    get:\n      operationId: search\n      parameters:\n"
                + "        - {name: term, in: path, required: true, schema: {type: string}}\n"
                + "      responses: {'204': {description: ok}}\n");

    String client = client(result);
    assertTrue(client.contains("ApiRequest.builder(\"GET\", \"/search\")"), client);
    assertTrue(client.contains(".query(\"term\", term, \"form\", true)"), client);
    assertTrue(client.contains(".query(\"kind\", \"title\", \"form\", true)"), client);
  }

  @Test
  void anOperationWhoseParameterNoStyleCanSendIsLeftOutAndTheRestGenerated() throws Exception {
    ClientGeneration.Result result =
        generate(
            "openapi: 3.0.3\ninfo: {title: Lab, version: '1'}\npaths:\n"
                + "  /items/{ids}:\n    get:\n      operationId: getItems\n      parameters:\n"
                + "        - {name: ids, in: path, required: true, style: matrix, explode: true, schema: {type: array, items: {type: integer}}}\n"
                + "      responses: {'204': {description: ok}}\n  /ping:\n    get:\n      operationId: ping\n"
                + "      responses: {'204': {description: ok}}\n");

    assertEquals(
        List.of("ping"),
        result.operations().stream().map(OperationView::operationId).collect(Collectors.toList()));
    assertTrue(result.report().degradations().get(0).generated().contains("left out"));
  }

  @Test
  void aSpecWithValidationProblemsIsRefusedNamingTheSwitchAndLetThroughWithIt() throws Exception {
    String yaml =
        "openapi: 3.1.0\ninfo: {title: Lab, version: '1', x-oas-internal: true}\npaths:\n  /ping:\n"
            + "    get:\n      operationId: ping\n      responses: {'204': {description: ok}}\n";

    InvalidSpecException refused = assertThrows(InvalidSpecException.class, () -> generate(yaml));
    assertTrue(refused.getMessage().contains("x-oas-internal is reserved"), refused.getMessage());
    assertTrue(refused.getMessage().contains("lenientValidation=true"), refused.getMessage());
    assertTrue(
        refused.getMessage().contains("ClientGeneration.Options.lenient()"), refused.getMessage());
    assertEquals(1, refused.problems().size());

    ClientGeneration.Result result = generate(yaml, ClientGeneration.Options.lenient());
    assertEquals(1, result.report().validationWarnings().size());
    assertTrue(
        Files.readString(dir.resolve("out").resolve(GenerationReport.FILE_NAME))
            .contains("x-oas-internal is reserved"));
  }

  @Test
  void aValidationProblemTheGeneratorRepairsRefusesNothing() throws Exception {
    ClientGeneration.Result result =
        generate(
            "openapi: 3.0.3\ninfo: {title: Lab, version: '1'}\npaths:\n"
                + "  /shelves/{shelfId}/books/{bookId}:\n    get:\n      operationId: getBook\n      parameters:\n"
                + "        - {name: shelfId, in: path, required: true, schema: {type: string}}\n"
                + "      responses: {'204': {description: ok}}\n");

    assertEquals(
        List.of("shelfId", "bookId"),
        operation(result, "getBook").request().pathParameters().stream()
            .map(p -> p.jsonName())
            .collect(Collectors.toList()));
    assertEquals(1, result.report().validationWarnings().size(), "listed, repaired");
  }

  @Test
  void aReferenceToAFileThatIsNotThereIsRefusedNamingIt() throws Exception {
    InvalidSpecException refused =
        assertThrows(
            InvalidSpecException.class,
            () ->
                generate(
                    "openapi: 3.0.3\n"
                        + "info: {title: Lab, version: '1'}\npaths:\n  /x:\n    get:\n      operationId: getX\n      responses:\n"
                        + "        '200':\n          description: ok\n          content:\n            application/json:\n"
                        + "              schema: {$ref: 'missing/x.yaml'}\n",
                    ClientGeneration.Options.lenient()));
    assertTrue(refused.getMessage().contains("missing/x.yaml"), refused.getMessage());
  }
}
