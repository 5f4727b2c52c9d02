package dev.taskclients.corpus;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import dev.taskclients.testsupport.ValidatingListener;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One in-process WireMock on 127.0.0.1 (a free port) for one spec, with a validator that checks every
 * exchange against that spec. Serves one planned response to any request at a time.
 *
 * <p>Two relaxations of the validator's defaults, {@link #VALIDATOR_LEVELS}. First, its
 * {@code validation.schema.additionalProperties} check is off. By default the validator treats every
 * schema that says nothing about {@code additionalProperties} as if it said {@code false}, which is not
 * what OpenAPI means (unlisted properties are allowed) and makes any {@code allOf} fail (each part
 * rejects the properties of the others; the validator's own log warns about it). What the check would
 * catch, the gate checks itself: bodies are built only from declared properties, and the request body
 * that arrives must equal the value the call was given.
 *
 * <p>Second, its {@code validation.schema.discriminator} check is off: it does not know OpenAPI's
 * implicit mapping (a child's schema name is its discriminator value), so it rejects every value of a
 * parent without an explicit {@code mapping} ("possible values: []"), and it mixes up the variants of
 * an inline {@code oneOf}. The value is still validated against the schema ({@code oneOf} must match
 * exactly one variant), and the gate checks itself that each variant reads as its own class.
 */
final class MockServer implements AutoCloseable {
  /** The validator's levels for the gate: its defaults, but no additionalProperties=false assumed and no discriminator check. */
  static final LevelResolver VALIDATOR_LEVELS = LevelResolver.create()
      .withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE)
      .withLevel("validation.request.body.schema.discriminator", ValidationReport.Level.IGNORE)
      .withLevel("validation.response.body.schema.discriminator", ValidationReport.Level.IGNORE)
      .build();

  private final WireMockServer server;
  private final ValidatingListener validator;
  private final Path spec;

  /**
   * Starts a server for a spec.
   *
   * @param spec the spec every exchange is validated against
   */
  MockServer(Path spec) {
    this.spec = spec;
    this.server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    this.validator = new ValidatingListener(VALIDATOR_LEVELS);
    server.addMockServiceRequestListener(validator);
    server.start();
  }

  /** @return the server's base URL, {@code http://127.0.0.1:<port>} */
  String baseUrl() {
    return server.baseUrl();
  }

  /**
   * Forgets earlier requests and findings, and answers every request with a planned response.
   *
   * @param plan what to serve
   */
  void serve(ResponsePlan plan) {
    server.resetAll();
    validator.use(spec);
    ResponseDefinitionBuilder response = aResponse().withStatus(plan.status());
    for (Map.Entry<String, String> header : plan.headers().entrySet()) {
      response.withHeader(header.getKey(), header.getValue());
    }
    if (plan.body() != null) {
      response.withHeader("Content-Type", plan.contentType()).withBody(plan.body());
    }
    server.stubFor(any(anyUrl()).willReturn(response));
  }

  /** @return the requests received since {@link #serve(ResponsePlan)} */
  List<LoggedRequest> requests() {
    return server.findAll(anyRequestedFor(anyUrl()));
  }

  /** @return what the validator found since {@link #serve(ResponsePlan)} */
  List<String> validatorProblems() {
    return validator.problems();
  }

  @Override
  public void close() {
    server.stop();
  }
}
