package dev.taskclients.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestListener;
import com.github.tomakehurst.wiremock.http.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * Checks every request WireMock receives and every response it sends against the spec with
 * Atlassian's OpenAPI validator, and keeps what it finds: a request the spec does not allow (wrong
 * path, missing auth, bad parameter) or a response that does not fit fails the case.
 *
 * <p>Register it with {@code WireMockServer.addMockServiceRequestListener(...)}; WireMock calls it
 * before it sends each response, so its findings are complete when the client's call returns. Call
 * {@link #use(Path)} before each exchange; one validator is built per spec and reused.
 */
public final class ValidatingListener implements RequestListener {
  private final Map<Path, OpenApiInteractionValidator> validators = new ConcurrentHashMap<>();
  private final List<String> problems = new CopyOnWriteArrayList<>();
  private final LevelResolver levels;
  private volatile OpenApiInteractionValidator current;
  private volatile java.util.function.Predicate<String> ignored = key -> false;

  /**
   * Creates a listener with the validator's default levels, which validates nothing until {@link
   * #use(Path)} names a spec.
   */
  public ValidatingListener() {
    this(null);
  }

  /**
   * Creates a listener whose validator reports each finding at the level a resolver gives it (for
   * example {@code IGNORE} for a check known not to apply), which validates nothing until {@link
   * #use(Path)} names a spec.
   *
   * @param levels the levels, or null for the validator's defaults
   */
  public ValidatingListener(LevelResolver levels) {
    this.levels = levels;
  }

  /**
   * Validates what follows against this spec, and forgets what was found so far.
   *
   * @param spec the OpenAPI document the exchanges must follow
   */
  public void use(Path spec) {
    current =
        validators.computeIfAbsent(
            spec,
            s -> {
              OpenApiInteractionValidator.Builder builder =
                  OpenApiInteractionValidator.createForSpecificationUrl(s.toUri().toString());
              return (levels == null ? builder : builder.withLevelResolver(levels)).build();
            });
    problems.clear();
    ignored = key -> false;
  }

  /**
   * Leaves out, until the next {@link #use(Path)}, the findings whose keys a test checks another
   * way (a form body, whose values the validator types by guessing from their text).
   *
   * @param keys the message keys to leave out
   */
  public void ignoring(java.util.function.Predicate<String> keys) {
    ignored = keys;
  }

  /**
   * Returns the validator's findings, each as {@code "<LEVEL> <key>: <message>"}.
   *
   * @return what the validator reported since {@link #use(Path)}
   */
  public List<String> problems() {
    return List.copyOf(problems);
  }

  @Override
  public void requestReceived(Request request, Response response) {
    URI url = URI.create(request.getAbsoluteUrl());
    SimpleRequest.Builder req =
        new SimpleRequest.Builder(request.getMethod().getName(), url.getRawPath());
    for (HttpHeader header : request.getHeaders().all()) {
      req.withHeader(header.key(), header.values());
    }
    if (url.getRawQuery() != null) {
      for (String name : queryNames(url.getRawQuery())) {
        QueryParameter parameter = request.queryParameter(name);
        req.withQueryParam(name, parameter.values());
      }
    }
    if (request.getBody() != null && request.getBody().length > 0) {
      req.withBody(request.getBodyAsString());
    }
    SimpleResponse.Builder resp = new SimpleResponse.Builder(response.getStatus());
    for (HttpHeader header : response.getHeaders().all()) {
      resp.withHeader(header.key(), header.values());
    }
    if (response.getBody() != null && response.getBody().length > 0) {
      resp.withBody(response.getBodyAsString());
    }
    ValidationReport report = current.validate(req.build(), resp.build());
    java.util.function.Predicate<String> leftOut = ignored;
    report.getMessages().stream()
        .filter(m -> m.getLevel() != ValidationReport.Level.IGNORE && !leftOut.test(m.getKey()))
        .forEach(
            m -> problems.add(m.getLevel() + " " + m.getKey() + ": " + m.getMessage() + nested(m)));
  }

  /**
   * Why a composed schema failed ({@code allOf}, {@code oneOf}): the validator's nested findings,
   * briefly.
   */
  private static String nested(ValidationReport.Message message) {
    List<String> reasons = new java.util.ArrayList<>();
    collect(message.getNestedMessages(), reasons, 0);
    return reasons.isEmpty() ? "" : " (because: " + String.join("; ", reasons) + ")";
  }

  private static void collect(
      List<ValidationReport.Message> messages, List<String> reasons, int depth) {
    for (ValidationReport.Message m : messages) {
      if (reasons.size() >= 5) {
        return;
      }
      if (m.getNestedMessages().isEmpty() || depth >= 4) {
        reasons.add(m.getMessage());
      } else {
        collect(m.getNestedMessages(), reasons, depth + 1);
      }
    }
  }

  private static List<String> queryNames(String rawQuery) {
    return Arrays.stream(rawQuery.split("&"))
        .map(pair -> URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8))
        .distinct()
        .collect(Collectors.toList());
  }
}
