package dev.taskclients.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.taskclients.codegen.SpecRewrite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One in-process WireMock on 127.0.0.1 (a free port) for one spec, with a validator that checks
 * every exchange against that spec. Serves one planned response to any request at a time.
 *
 * <p>Two relaxations of the validator's defaults, {@link #VALIDATOR_LEVELS}, and one change of what
 * it reads. First, its {@code validation.schema.additionalProperties} check is off. By default the
 * validator treats every schema that says nothing about {@code additionalProperties} as if it said
 * {@code false}, which is not what OpenAPI means (unlisted properties are allowed) and makes any
 * {@code allOf} fail (each part rejects the properties of the others; the validator's own log warns
 * about it). What the check would catch, the gate checks itself: bodies are built only from
 * declared properties, and the request body that arrives must equal the value the call was given.
 *
 * <p>Second, its {@code validation.schema.discriminator} check is off: it does not know OpenAPI's
 * implicit mapping (a child's schema name is its discriminator value), so it rejects every value of
 * a parent without an explicit {@code mapping} ("possible values: []"), and it mixes up the
 * variants of an inline {@code oneOf}. The value is still validated against the schema ({@code
 * oneOf} must match exactly one variant), and the gate checks itself that each variant reads as its
 * own class.
 *
 * <p>Third, every spec is validated against its rendering as the generator reads it, {@link
 * SpecRewrite#forValidation}, written beside the client as {@value #RENDERING} (and, when two
 * operations land on one path and method, {@code validated-as-openapi-3.0-2.yaml}, ...): a spec
 * split over files bundled (Swagger Parser resolves some relative references against the wrong
 * folder); path templates repaired as the client calls them (a query string in the template, a
 * fragment in the key, a variable no parameter declares: the validator matches requests against
 * path keys); and OpenAPI 3.1 in its 3.0 form. swagger-request-validator 2.44 reads schemas as JSON
 * Schema draft 4 through Swagger's 3.0 model, so on a 3.1 spec it checks next to nothing, and fails
 * what is right: Swagger Parser keeps every 3.1 {@code type} (a single one too) in a type set the
 * validator never reads, so no type is checked; {@code const}, numeric {@code
 * exclusiveMinimum}/{@code exclusiveMaximum} and {@code contentEncoding: base64} are not checked
 * either; {@code {type: 'null'}} matches anything, so a nullable {@code oneOf} fails every value
 * with "matched 2 out of 2"; and a discriminator property typed the 3.1 way stops every body with
 * "must be defined as a string property". The rendering is made by the same rewrite the generator
 * runs before its own normalizer, so the client and the validator read one meaning, and it keeps
 * every check 3.0 can express: types, nullability, constants as one-value enums, exclusive bounds,
 * base64 as {@code format: byte} ({@link GateChecksOpenApi31Test} shows the validator reporting
 * each). Not checked: JSON Schema keywords 3.0 has no form for ({@code prefixItems}, {@code
 * if}/{@code then}, {@code dependentSchemas}, ...), which the rendering leaves out.
 */
final class MockServer implements AutoCloseable {
  /**
   * The validator's levels for the gate: its defaults, but no additionalProperties=false assumed
   * and no discriminator check.
   */
  static final LevelResolver VALIDATOR_LEVELS =
      LevelResolver.create()
          .withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE)
          .withLevel("validation.request.body.schema.discriminator", ValidationReport.Level.IGNORE)
          .withLevel("validation.response.body.schema.discriminator", ValidationReport.Level.IGNORE)
          .build();

  /**
   * The file name of the (first) rendering the validator reads, in the folder given to the
   * constructor.
   */
  static final String RENDERING = "validated-as-openapi-3.0.yaml";

  private final WireMockServer server;
  private final ValidatingListener validator;
  private final List<Path> documents = new ArrayList<>();
  private final Map<String, Integer> documentOf;

  /**
   * Starts a server for a spec.
   *
   * @param spec the spec every exchange is validated against
   * @param workDir where its renderings are written
   */
  MockServer(Path spec, Path workDir) {
    SpecRewrite.ValidationDocuments rendered =
        SpecRewrite.forValidation(spec, MockServer::forValidator);
    try {
      Files.createDirectories(workDir);
      for (int i = 0; i < rendered.documents().size(); i++) {
        Path file =
            workDir.resolve(
                i == 0 ? RENDERING : RENDERING.replace(".yaml", "-" + (i + 1) + ".yaml"));
        Files.writeString(file, rendered.documents().get(i));
        documents.add(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot write the renderings of " + spec + " to " + workDir, e);
    }
    this.documentOf = rendered.documentOf();
    this.server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    this.validator = new ValidatingListener(VALIDATOR_LEVELS);
    server.addMockServiceRequestListener(validator);
    server.start();
  }

  /**
   * Two ways swagger-request-validator 2.44 misreads what OpenAPI says, and what the rendering does
   * about them. The properties of a schema without a type are misread when that schema is an {@code
   * allOf} part (the schemas of its properties' own {@code allOf} parts are taken for objects):
   * such a schema only holds an object's properties, so it says {@code type: object}. A
   * discriminator whose property is not required stops validation ("Invalid JSON Schema"), though
   * the validator's discriminator check is off here anyway ({@link #VALIDATOR_LEVELS}): the
   * discriminator is left out of the rendering.
   */
  private static io.swagger.v3.oas.models.media.Schema<?> forValidator(
      io.swagger.v3.oas.models.media.Schema<?> schema) {
    if (schema.getProperties() != null
        && schema.getType() == null
        && (schema.getTypes() == null || schema.getTypes().isEmpty())
        && schema.get$ref() == null) {
      schema.setType("object");
    }
    schema.setDiscriminator(null);
    return schema;
  }

  /**
   * @return the first rendering the validator reads
   */
  Path firstDocument() {
    return documents.get(0);
  }

  /**
   * @return the server's base URL, {@code http://127.0.0.1:<port>}
   */
  String baseUrl() {
    return server.baseUrl();
  }

  /**
   * Forgets earlier requests and findings, and answers every request with a planned response,
   * validating against the first rendering.
   *
   * @param plan what to serve
   */
  void serve(ResponsePlan plan) {
    serve(plan, null);
  }

  /**
   * Forgets earlier requests and findings, and answers every request with a planned response.
   *
   * @param plan what to serve
   * @param operationKey the operation about to be called, {@code METHOD <spec path key>}: picks the
   *     rendering that holds it; null for the first
   */
  void serve(ResponsePlan plan, String operationKey) {
    server.resetAll();
    validator.use(
        documents.get(operationKey == null ? 0 : documentOf.getOrDefault(operationKey, 0)));
    ResponseDefinitionBuilder response = aResponse().withStatus(plan.status());
    for (Map.Entry<String, String> header : plan.headers().entrySet()) {
      response.withHeader(header.getKey(), header.getValue());
    }
    if (plan.body() != null) {
      response.withHeader("Content-Type", plan.contentType()).withBody(plan.body());
    }
    server.stubFor(any(anyUrl()).willReturn(response));
  }

  /**
   * Forgets earlier requests and findings, and answers the requests of one operation with the given
   * responses in turn (the last one repeating): the pages of a paged operation.
   *
   * @param plans what to serve, one response per request
   * @param operationKey the operation about to be called, {@code METHOD <spec path key>}
   */
  void serveInTurn(List<ResponsePlan> plans, String operationKey) {
    server.resetAll();
    validator.use(documents.get(documentOf.getOrDefault(operationKey, 0)));
    for (int i = 0; i < plans.size(); i++) {
      ResponsePlan plan = plans.get(i);
      ResponseDefinitionBuilder response =
          aResponse()
              .withStatus(plan.status())
              .withHeader("Content-Type", plan.contentType())
              .withBody(plan.body());
      String state = i == 0 ? Scenario.STARTED : "answer-" + i;
      var stub = any(anyUrl()).inScenario("in turn").whenScenarioStateIs(state);
      server.stubFor(
          (i + 1 < plans.size() ? stub.willSetStateTo("answer-" + (i + 1)) : stub)
              .willReturn(response));
    }
  }

  /**
   * @return the requests received since {@link #serve(ResponsePlan)}
   */
  List<LoggedRequest> requests() {
    return server.findAll(anyRequestedFor(anyUrl()));
  }

  /**
   * Leaves out the validator's findings on the request body for the exchange served last, which the
   * gate checks itself ({@link FormBodyCheck}).
   */
  void checkRequestBodyElsewhere() {
    validator.ignoring(key -> key.startsWith("validation.request.body.schema"));
  }

  /**
   * @return what the validator found since {@link #serve(ResponsePlan)}
   */
  List<String> validatorProblems() {
    return validator.problems();
  }

  @Override
  public void close() {
    server.stop();
  }
}
