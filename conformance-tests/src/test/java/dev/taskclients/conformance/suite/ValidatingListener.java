package dev.taskclients.conformance.suite;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.RequestListener;
import com.github.tomakehurst.wiremock.http.Response;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Checks every request WireMock receives and every response it sends against the spec with
 * Atlassian's OpenAPI validator, and keeps what it finds: a request the spec does not allow (wrong
 * path, missing auth, bad parameter) or a response that does not fit fails the case.
 */
final class ValidatingListener implements RequestListener {
  private final Map<Path, OpenApiInteractionValidator> validators = new ConcurrentHashMap<>();
  private final List<String> problems = new CopyOnWriteArrayList<>();
  private volatile OpenApiInteractionValidator current;

  /** Validates what follows against this spec. */
  void use(Path spec) {
    current = validators.computeIfAbsent(spec,
        s -> OpenApiInteractionValidator.createForSpecificationUrl(s.toUri().toString()).build());
    problems.clear();
  }

  /** @return what the validator reported since {@link #use(Path)} */
  List<String> problems() {
    return List.copyOf(problems);
  }

  @Override
  public void requestReceived(Request request, Response response) {
    URI url = URI.create(request.getAbsoluteUrl());
    SimpleRequest.Builder req = new SimpleRequest.Builder(request.getMethod().getName(), url.getRawPath());
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
    report.getMessages().forEach(m -> problems.add(m.getLevel() + " " + m.getKey() + ": " + m.getMessage()));
  }

  private static List<String> queryNames(String rawQuery) {
    return java.util.Arrays.stream(rawQuery.split("&"))
        .map(pair -> java.net.URLDecoder.decode(pair.split("=", 2)[0], java.nio.charset.StandardCharsets.UTF_8))
        .distinct()
        .collect(java.util.stream.Collectors.toList());
  }
}
