package dev.taskclients.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The shortcuts real specs take become what they mean, each degrading one parameter or one
 * operation (with its location in the report), never refusing the spec.
 */
class SpecRepairsTest {
  private final GenerationReport report = new GenerationReport();

  private OpenAPI repaired(String paths) {
    String yaml = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n" + paths;
    OpenAPI spec = new OpenAPIParser().readContents(yaml, null, null).getOpenAPI();
    SpecRepairs.paths(spec, report);
    return spec;
  }

  private static Map<String, String> parameters(Operation operation) {
    return operation.getParameters().stream()
        .collect(Collectors.toMap(Parameter::getName, Parameter::getIn));
  }

  @Test
  void aPathVariableWithoutItsParameterBecomesARequiredStringPathParameter() {
    OpenAPI spec =
        repaired(
            "  /items/{itemId}:\n    get:\n      parameters:\n"
                + "        - {name: id, in: path, required: true, schema: {type: string}}\n"
                + "      responses: {'204': {description: ok}}\n");

    Operation get = spec.getPaths().get("/items/{itemId}").getGet();
    Parameter added =
        get.getParameters().stream()
            .filter(p -> p.getName().equals("itemId"))
            .findFirst()
            .orElseThrow();
    assertEquals("path", added.getIn());
    assertTrue(added.getRequired());
    assertEquals("string", added.getSchema().getType());
    GenerationReport.Degradation degradation = report.degradations().get(0);
    assertEquals("paths./items/{itemId}.get", degradation.location());
    assertTrue(degradation.construct().contains("{itemId}"), degradation.construct());
    assertEquals("GET /items/{itemId}", degradation.operation());
  }

  @Test
  void aPathVariableDeclaredInTheQueryMovesIntoThePath() {
    OpenAPI spec =
        repaired(
            "  /items/{id}:\n    get:\n      parameters:\n"
                + "        - {name: id, in: query, schema: {type: integer}}\n"
                + "      responses: {'204': {description: ok}}\n");

    assertEquals(Map.of("id", "path"), parameters(spec.getPaths().get("/items/{id}").getGet()));
    assertEquals(
        "integer",
        spec.getPaths().get("/items/{id}").getGet().getParameters().get(0).getSchema().getType());
    assertEquals(1, report.degradations().size());
  }

  @Test
  void aQueryStringInThePathTemplateBecomesQueryParametersAndFixedValues() {
    OpenAPI spec =
        repaired(
            "  /search?term={term}&kind=user&page={page}:\n    get:\n      parameters:\n"
                + "        - {name: term, in: path, required: true, schema: {type: string}}\n"
                + "        - {name: page, in: query, schema: {type: integer}}\n"
                + "      responses: {'204': {description: ok}}\n");

    Operation get = spec.getPaths().get("/search?term={term}&kind=user&page={page}").getGet();
    assertEquals("/search", get.getExtensions().get(SpecRepairs.PATH));
    assertEquals(Map.of("term", "query", "page", "query"), parameters(get));
    assertEquals(
        List.of(Map.of("name", "kind", "value", "user")),
        get.getExtensions().get(SpecRepairs.CONSTANT_QUERY));
    // term moved (a degradation of that parameter); page was declared where it belongs.
    assertEquals(1, report.degradations().size(), report.degradations().toString());
  }

  @Test
  void anUndeclaredVariableInTheQueryStringBecomesARequiredStringQueryParameter() {
    OpenAPI spec =
        repaired("  /find?q={query}:\n    get:\n      responses: {'204': {description: ok}}\n");

    Operation get = spec.getPaths().get("/find?q={query}").getGet();
    Parameter q = get.getParameters().get(0);
    assertEquals("q", q.getName());
    assertEquals("query", q.getIn());
    assertTrue(q.getRequired());
  }

  @Test
  void aFragmentInThePathKeyIsNotSentAndIsNoDegradation() {
    OpenAPI spec =
        repaired(
            "  /files/{id}#add_link:\n    put:\n      parameters:\n"
                + "        - {name: id, in: path, required: true, schema: {type: string}}\n"
                + "      responses: {'204': {description: ok}}\n");

    assertEquals(
        "/files/{id}",
        spec.getPaths().get("/files/{id}#add_link").getPut().getExtensions().get(SpecRepairs.PATH));
    assertTrue(report.degradations().isEmpty(), report.degradations().toString());
  }

  @Test
  void aParameterDescribedByContentBecomesAStringHoldingTheSerializedValue() {
    OpenAPI spec =
        repaired(
            "  /items:\n    get:\n      parameters:\n"
                + "        - name: filter\n          in: query\n          content:\n"
                + "            application/json: {schema: {type: object}}\n"
                + "      responses: {'204': {description: ok}}\n");

    Parameter filter = spec.getPaths().get("/items").getGet().getParameters().get(0);
    assertNull(filter.getContent());
    assertEquals("string", filter.getSchema().getType());
    GenerationReport.Degradation degradation = report.degradations().get(0);
    assertEquals("paths./items.get.parameters.filter", degradation.location());
    assertTrue(degradation.generated().contains("application/json"), degradation.generated());
  }

  @Test
  void labelAndMatrixStylesWriteTheirPrefixIntoThePathAndSendTheValueAsSimple() {
    OpenAPI spec =
        repaired(
            "  /items/{id}/{ids}:\n    get:\n      parameters:\n"
                + "        - {name: id, in: path, required: true, style: label, schema: {type: string}}\n"
                + "        - {name: ids, in: path, required: true, style: matrix, schema: {type: array, items: {type: integer}}}\n"
                + "      responses: {'204': {description: ok}}\n");

    Operation get = spec.getPaths().get("/items/{id}/{ids}").getGet();
    assertEquals("/items/.{id}/;ids={ids}", get.getExtensions().get(SpecRepairs.PATH));
    assertTrue(
        get.getParameters().stream().allMatch(p -> p.getStyle() == Parameter.StyleEnum.SIMPLE));
    assertTrue(report.degradations().isEmpty(), "exact, no degradation: " + report.degradations());
  }

  @Test
  void anExplodedMatrixArrayLeavesOnlyItsOperationOut() {
    OpenAPI spec =
        repaired(
            "  /items/{ids}:\n    get:\n      parameters:\n"
                + "        - {name: ids, in: path, required: true, style: matrix, explode: true,"
                + " schema: {type: array, items: {type: integer}}}\n"
                + "      responses: {'204': {description: ok}}\n"
                + "    delete:\n      parameters:\n"
                + "        - {name: ids, in: path, required: true, schema: {type: string}}\n"
                + "      responses: {'204': {description: ok}}\n");

    assertNull(spec.getPaths().get("/items/{ids}").getGet());
    assertEquals(
        Map.of("ids", "path"), parameters(spec.getPaths().get("/items/{ids}").getDelete()));
    assertEquals("paths./items/{ids}.get.parameters.ids", report.degradations().get(0).location());
  }

  @Test
  void pathLevelParametersCountForEveryOperationAndNeedNoRepair() {
    OpenAPI spec =
        repaired(
            "  /items/{id}:\n    parameters:\n"
                + "      - {name: id, in: path, required: true, schema: {type: string}}\n"
                + "    get:\n      responses: {'204': {description: ok}}\n"
                + "    delete:\n      responses: {'204': {description: ok}}\n");

    assertEquals(1, spec.getPaths().get("/items/{id}").getParameters().size(), "left where it was");
    assertNull(spec.getPaths().get("/items/{id}").getGet().getExtensions());
    assertTrue(report.degradations().isEmpty());
  }

  @Test
  void aRepairOfOneOperationKeepsThePathItemsParametersForTheOthers() {
    OpenAPI spec =
        repaired(
            "  /items/{id}:\n    parameters:\n"
                + "      - {name: id, in: path, required: true, schema: {type: string}}\n"
                + "      - {name: verbose, in: query, schema: {type: boolean}}\n"
                + "    get:\n      parameters:\n"
                + "        - name: filter\n          in: query\n          content:\n"
                + "            application/json: {schema: {type: object}}\n"
                + "      responses: {'204': {description: ok}}\n"
                + "    delete:\n      responses: {'204': {description: ok}}\n");

    assertEquals(
        Map.of("id", "path", "verbose", "query", "filter", "query"),
        parameters(spec.getPaths().get("/items/{id}").getGet()));
    assertEquals(
        Map.of("id", "path", "verbose", "query"),
        parameters(spec.getPaths().get("/items/{id}").getDelete()));
  }
}
