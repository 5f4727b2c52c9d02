package dev.taskclients.codegen;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import org.junit.jupiter.api.Test;

/** A spec the templates cannot turn into working Java is refused with its location and construct named. */
class SpecSupportTest {
  private static OpenAPI parse(String paths) {
    String yaml = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n" + paths;
    return new OpenAPIParser().readContents(yaml, null, null).getOpenAPI();
  }

  @Test
  void aPathVariableWithoutItsParameterIsNamed() {
    OpenAPI spec = parse("  /items/{itemId}:\n    get:\n      parameters:\n"
        + "        - {name: id, in: path, required: true, schema: {type: string}}\n"
        + "      responses: {'204': {description: ok}}\n");
    UnsupportedSpecException e = assertThrows(UnsupportedSpecException.class, () -> SpecSupport.check(spec));
    assertTrue(e.getMessage().contains("paths./items/{itemId}.get"), e.getMessage());
    assertTrue(e.getMessage().contains("{itemId}"), e.getMessage());
  }

  @Test
  void aParameterDescribedByContentIsRefused() {
    OpenAPI spec = parse("  /items:\n    get:\n      parameters:\n"
        + "        - name: filter\n          in: query\n          content:\n"
        + "            application/json: {schema: {type: object}}\n"
        + "      responses: {'204': {description: ok}}\n");
    UnsupportedSpecException e = assertThrows(UnsupportedSpecException.class, () -> SpecSupport.check(spec));
    assertTrue(e.getMessage().contains("paths./items.get.parameters.filter"), e.getMessage());
    assertTrue(e.getMessage().contains("'content'"), e.getMessage());
  }

  @Test
  void matrixAndLabelPathStylesAreRefused() {
    OpenAPI spec = parse("  /items/{id}:\n    get:\n      parameters:\n"
        + "        - {name: id, in: path, required: true, style: matrix, schema: {type: string}}\n"
        + "      responses: {'204': {description: ok}}\n");
    UnsupportedSpecException e = assertThrows(UnsupportedSpecException.class, () -> SpecSupport.check(spec));
    assertTrue(e.getMessage().contains("matrix"), e.getMessage());
  }

  @Test
  void pathLevelParametersCountForEveryOperation() {
    OpenAPI spec = parse("  /items/{id}:\n    parameters:\n"
        + "      - {name: id, in: path, required: true, schema: {type: string}}\n"
        + "    get:\n      responses: {'204': {description: ok}}\n"
        + "    delete:\n      responses: {'204': {description: ok}}\n");
    assertDoesNotThrow(() -> SpecSupport.check(spec));
  }
}
