package dev.taskclients.contract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.taskclients.codegen.ClientGeneration;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs the exchanges of one compiled client: one WireMock and one validator for the spec, one
 * client built through its builder with every credential, then per case: serve the planned
 * response, call the raw method with synthesized arguments (reached as a user reaches it: through
 * the sub-client's accessor for an operation a sub-client holds), and check the outcome and the
 * request.
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
  private final FormBodyCheck forms;
  private Object root;
  private String clientProblem;

  /**
   * Loads the client and starts the server.
   *
   * @param spec the spec file
   * @param workDir the spec's output folder (a 3.1 spec's 3.0 rendering is written there)
   * @param loader the class loader that has the compiled client
   * @param generated what generation gave
   * @param mapper the clients' JSON settings
   * @param examplesAsWritten serve and send the spec's examples even when they do not fit their
   *     schemas (the gate's self-tests); by default such an example is passed over for a
   *     synthesized value
   * @throws ClassNotFoundException when the client class was not compiled
   */
  Exchanges(
      Path spec,
      Path workDir,
      ClassLoader loader,
      ClientGeneration.Result generated,
      ObjectMapper mapper,
      boolean examplesAsWritten)
      throws ClassNotFoundException {
    this.document = SpecDocument.read(spec);
    this.generated = generated;
    this.mapper = mapper;
    this.server = new MockServer(spec, workDir);
    ExampleFit fit = new ExampleFit(server.firstDocument());
    this.forms = new FormBodyCheck(document, fit, mapper);
    SchemaSampler sampler = new SchemaSampler(document, mapper, fit);
    SpecExamples examples = new SpecExamples(document, mapper, examplesAsWritten ? null : fit);
    this.planner = new ResponsePlanner(document, sampler, examples, mapper);
    this.values = new ArgumentValues(document, sampler, examples, mapper);
    this.outcomes = new OutcomeChecks(mapper);
    this.requests = new RequestChecks(mapper);
    this.client = loadOrClose(loader, generated.clientClass(), server);
  }

  private static GeneratedClient loadOrClose(
      ClassLoader loader, String clientClass, MockServer server) throws ClassNotFoundException {
    try {
      return GeneratedClient.load(loader, clientClass);
    } catch (ClassNotFoundException | RuntimeException e) {
      server.close();
      throw e;
    }
  }

  /**
   * Runs one case.
   *
   * @param c the case
   * @return the problems, and what was served
   * @throws Exception when the gate itself cannot plan the case
   */
  CheckResult run(OperationCase c) throws Exception {
    if (client() == null) {
      return CheckResult.of(List.of(clientProblem));
    }
    Object holder;
    Object rawClient;
    try {
      holder = client.holder(root, c.view().groupAccessor());
      rawClient = client.raw(holder);
    } catch (ReflectiveOperationException e) {
      return CheckResult.of(
          List.of("the generated API does not match the contract: " + OutcomeChecks.describe(e)));
    }
    if (c.pages()) {
      return pages(c, holder, rawClient);
    }
    ResponsePlan plan = planner.plan(c.view(), c.response());
    String served =
        plan.status()
            + (plan.contentType() == null ? "" : " " + plan.contentType())
            + ", body "
            + plan.bodySource();
    RawCall call;
    try {
      call = RawCall.of(rawClient, c.view(), values, mapper);
    } catch (ReflectiveOperationException e) {
      return new CheckResult(
          List.of("the generated API does not match the contract: " + OutcomeChecks.describe(e)),
          served);
    } catch (RawCall.ValueNotAccepted e) {
      return new CheckResult(
          List.of(OutcomeChecks.shorten(e.getMessage().replaceAll("\\s*\\R\\s*", " "), 700)),
          served);
    }
    server.serve(plan, c.view().key());
    Schema<?> form = formSchema(c.view());
    if (form != null) {
      server.checkRequestBodyElsewhere();
    }
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
    problems.addAll(requests.check(c.view(), document.basePath(), call, server.requests()));
    server.validatorProblems().forEach(p -> problems.add("OpenAPI validator: " + p));
    if (form != null && server.requests().size() == 1) {
      problems.addAll(forms.check(server.requests().get(0).getBodyAsString(), form));
    }
    return new CheckResult(problems, served);
  }

  /** The schema of the urlencoded form body an operation sends, or null when it sends none. */
  private Schema<?> formSchema(GeneratedOperation operation) {
    if (operation.bodyKind() != BodyKind.FORM) {
      return null;
    }
    RequestBody body =
        document.requestBody(
            document.operation(operation.specPath(), operation.httpMethod()).getRequestBody());
    Map.Entry<String, MediaType> media =
        body == null ? null : BodyKind.firstOf(body.getContent(), BodyKind.FORM);
    return media == null ? null : media.getValue().getSchema();
  }

  /** The client, built once; null (with the reason kept) when the builder cannot build it. */
  private Object client() {
    if (root == null && clientProblem == null) {
      try {
        root = client.build(server.baseUrl() + document.basePath(), generated.client().schemes());
      } catch (ReflectiveOperationException | RuntimeException e) {
        Throwable cause =
            e instanceof java.lang.reflect.InvocationTargetException ? e.getCause() : e;
        clientProblem =
            "the client cannot be built with baseUrl, retryPolicy, requestTimeout and every credential "
                + "setter: "
                + OutcomeChecks.describe(cause);
      }
    }
    return root;
  }

  /**
   * Follows the pages of an operation marked {@code x-taskclients-pages}: first one page, to learn
   * where the first request goes; then two, the first linking to the second by that URL (without
   * any credential in its query, which the client adds itself), read through the client's {@code
   * <op>Pages} method (its sub-client's, for an operation a sub-client holds). Both requests must
   * reach the server and pass the validator, credentials included: a followed page is sent as its
   * operation's request.
   */
  private CheckResult pages(OperationCase c, Object holder, Object raw) throws Exception {
    GeneratedOperation operation = c.view();
    ResponsePlan plan = planner.plan(operation, c.response());
    String served = "2 pages, the second through the first's " + operation.nextField() + " link";
    if (!(plan.json() instanceof ObjectNode page)) {
      return new CheckResult(
          List.of(
              "x-taskclients-pages: the page served for "
                  + c.response().status()
                  + " is not a JSON object"),
          served);
    }
    Method pagesMethod;
    RawCall call;
    try {
      call = RawCall.of(raw, operation, values, mapper);
      pagesMethod =
          holder
              .getClass()
              .getMethod(operation.methodName() + "Pages", call.method().getParameterTypes());
    } catch (ReflectiveOperationException e) {
      return new CheckResult(
          List.of(
              "the generated API has no pages method for the contract: "
                  + OutcomeChecks.describe(e)),
          served);
    } catch (RawCall.ValueNotAccepted e) {
      return new CheckResult(List.of(OutcomeChecks.shorten(e.getMessage(), 700)), served);
    }
    ObjectNode last = withLink(page, operation.nextField(), null);
    List<String> problems = new ArrayList<>();
    try {
      server.serveInTurn(List.of(withJson(plan, last)), operation.key());
      countPages(pagesMethod, holder, call.args());
      String link =
          withoutQuery(server.requests().get(0).getAbsoluteUrl(), document.queryCredentialNames());
      ObjectNode linking = withLink(page, operation.nextField(), link);
      server.serveInTurn(List.of(withJson(plan, linking), withJson(plan, last)), operation.key());
      int pages = countPages(pagesMethod, holder, call.args());
      if (pages != 2) {
        problems.add(
            "the client followed "
                + pages
                + " page(s) of 2, the second linked by the first's "
                + operation.nextField());
      }
    } catch (Exception e) {
      problems.add("following the pages threw " + OutcomeChecks.describe(e));
    }
    if (server.requests().size() != 2) {
      problems.add(server.requests().size() + " request(s) reached the server for 2 pages");
    }
    server.validatorProblems().forEach(p -> problems.add("OpenAPI validator: " + p));
    return new CheckResult(problems, served);
  }

  /**
   * Reads every page the client's pages method gives, counting them; what the client throws is
   * rethrown as is.
   */
  private int countPages(Method pagesMethod, Object holder, Object[] args) throws Exception {
    Iterable<?> pages;
    try {
      pages = (Iterable<?>) GeneratedClient.invoke(pagesMethod, holder, args);
    } catch (Exception | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    }
    int n = 0;
    for (Object ignored : pages) {
      n++;
    }
    return n;
  }

  private ResponsePlan withJson(ResponsePlan plan, ObjectNode json) throws IOException {
    return new ResponsePlan(
        plan.documented(),
        plan.status(),
        plan.contentType(),
        mapper.writeValueAsBytes(json),
        json,
        null,
        plan.headers(),
        plan.bodySource());
  }

  /**
   * A URL without the query parameters of these names (credentials the client sends in the query
   * itself).
   */
  /**
   * A copy of a page whose link to the next ({@code nextField}, a dotted path such as {@code
   * links.next} for a nested link) is {@code link}, or JSON null when {@code link} is null.
   */
  private static ObjectNode withLink(ObjectNode page, String nextField, String link) {
    ObjectNode copy = page.deepCopy();
    String[] path = nextField.split("\\.");
    ObjectNode owner = copy;
    for (int i = 0; i < path.length - 1; i++) {
      owner = owner.get(path[i]) instanceof ObjectNode nested ? nested : owner.putObject(path[i]);
    }
    owner.put(path[path.length - 1], link);
    return copy;
  }

  private static String withoutQuery(String url, Set<String> names) {
    int question = url.indexOf('?');
    if (question < 0 || names.isEmpty()) {
      return url;
    }
    String kept =
        Arrays.stream(url.substring(question + 1).split("&"))
            .filter(
                pair ->
                    !names.contains(
                        URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8)))
            .collect(Collectors.joining("&"));
    return url.substring(0, question) + (kept.isEmpty() ? "" : "?" + kept);
  }

  @Override
  public void close() {
    server.close();
  }
}
