package dev.taskclients.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.taskclients.codegen.ClientGeneration;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the exchanges of one compiled client: one WireMock and one validator for the spec, one client
 * built through its builder with every credential, then per case: serve the planned response, call the
 * raw method with synthesized arguments, and check the outcome and the request.
 */
final class Exchanges implements AutoCloseable {
  private final SpecDocument document;
  private final ClientGeneration.Result generated;
  private final ObjectMapper mapper;
  private final ResponsePlanner planner;
  private final ArgumentValues values;
  private final OutcomeChecks outcomes;
  private final RequestChecks requests;
  private final GeneratedClient client;
  private final MockServer server;
  private Object raw;
  private String clientProblem;

  /**
   * Loads the client and starts the server.
   *
   * @param spec the spec file
   * @param workDir the spec's output folder (a 3.1 spec's 3.0 rendering is written there)
   * @param classesDir the compiled client
   * @param generated what generation gave
   * @param mapper the clients' JSON settings
   * @throws ClassNotFoundException when the client class was not compiled
   */
  Exchanges(Path spec, Path workDir, Path classesDir, ClientGeneration.Result generated, ObjectMapper mapper)
      throws ClassNotFoundException {
    this.document = SpecDocument.read(spec);
    this.generated = generated;
    this.mapper = mapper;
    SchemaSampler sampler = new SchemaSampler(document, mapper);
    SpecExamples examples = new SpecExamples(document, mapper);
    this.planner = new ResponsePlanner(document, sampler, examples, mapper);
    this.values = new ArgumentValues(document, sampler, examples, mapper);
    this.outcomes = new OutcomeChecks(mapper);
    this.requests = new RequestChecks(mapper);
    this.client = GeneratedClient.load(classesDir, generated.clientClass());
    this.server = new MockServer(spec, workDir);
  }

  /**
   * Runs one case.
   *
   * @param c the case
   * @return the problems, and what was served
   * @throws Exception when the gate itself cannot plan the case
   */
  CheckResult run(OperationCase c) throws Exception {
    Object rawClient = rawClient();
    if (rawClient == null) {
      return CheckResult.of(List.of(clientProblem));
    }
    ResponsePlan plan = planner.plan(c.operation(), c.response());
    String served = plan.status() + (plan.contentType() == null ? "" : " " + plan.contentType()) + ", body "
        + plan.bodySource();
    RawCall call;
    try {
      call = RawCall.of(rawClient, c.operation(), values, mapper);
    } catch (ReflectiveOperationException e) {
      return new CheckResult(List.of("the generated API does not match the contract: " + OutcomeChecks.describe(e)), served);
    } catch (RawCall.ValueNotAccepted e) {
      return new CheckResult(List.of(OutcomeChecks.shorten(e.getMessage().replaceAll("\\s*\\R\\s*", " "), 700)), served);
    }
    server.serve(plan, c.operation().key());
    Object returned = null;
    Throwable thrown = null;
    try {
      returned = GeneratedClient.invoke(call.method(), rawClient, call.args());
    } catch (Throwable t) {
      if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) {
        throw (Error) t;
      }
      thrown = t;
    }
    List<String> problems = new ArrayList<>(outcomes.check(plan, returned, thrown));
    problems.addAll(requests.check(c.operation(), document.basePath(), call, server.requests()));
    server.validatorProblems().forEach(p -> problems.add("OpenAPI validator: " + p));
    return new CheckResult(problems, served);
  }

  /** The raw client, built once; null (with the reason kept) when the builder cannot build it. */
  private Object rawClient() {
    if (raw == null && clientProblem == null) {
      try {
        raw = client.rawClient(server.baseUrl() + document.basePath(), generated.client().schemes());
      } catch (ReflectiveOperationException | RuntimeException e) {
        Throwable cause = e instanceof java.lang.reflect.InvocationTargetException ? e.getCause() : e;
        clientProblem = "the client cannot be built with baseUrl, retryPolicy, requestTimeout and every credential "
            + "setter: " + OutcomeChecks.describe(cause);
      }
    }
    return raw;
  }

  @Override
  public void close() {
    server.close();
    client.close();
  }
}
