package dev.taskclients.conformance.suite;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.taskclients.contract.JsonDiff;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** What the client sent must be exactly what the spec documents for the call. */
final class RequestCheck {
  private RequestCheck() {}

  static List<String> problems(
      ConformanceCase c, ApiBinding binding, CallInput input, List<LoggedRequest> requests) {
    if (requests.size() != 1) {
      return List.of("expected exactly 1 request, WireMock received " + requests.size());
    }
    LoggedRequest request = requests.get(0);
    List<String> problems = new ArrayList<>();
    URI url = URI.create(request.getAbsoluteUrl());
    expect(problems, "method", c.method(), request.getMethod().getName());
    expect(problems, "path", ConformanceSuiteTest.expectedPath(c, input), url.getRawPath());
    List<String> expectedQueryNames = new ArrayList<>();
    for (ConformanceCase.Parameter p : c.parameters()) {
      if (p.in().equals("query")) {
        expectedQueryNames.add(p.name());
        QueryParameter sent = request.queryParameter(p.name());
        expect(
            problems,
            "query " + p.name(),
            input.taskIds(),
            sent.isPresent() ? sent.values() : List.of());
      }
    }
    if (url.getRawQuery() != null) {
      for (String pair : url.getRawQuery().split("&")) {
        String name = pair.split("=", 2)[0];
        if (!expectedQueryNames.contains(name)) {
          problems.add("query parameter " + name + " is not documented");
        }
      }
    }
    expect(
        problems,
        binding.authHeader() + " header",
        binding.authValue(),
        request.getHeader(binding.authHeader()));
    expect(problems, "Accept header", "application/json", request.getHeader("Accept"));
    expect(problems, "X-Request-Id header", input.requestId(), request.getHeader("X-Request-Id"));
    if (input.requestBody() != null) {
      expect(
          problems, "Content-Type header", "application/json", request.getHeader("Content-Type"));
      JsonNode sent = ConformanceSuiteTest.readTree(request.getBodyAsString());
      if (!input.requestBody().equals(sent)) {
        problems.add("request body differs: " + JsonDiff.first(input.requestBody(), sent));
      }
    } else if (request.getBody() != null && request.getBody().length > 0) {
      problems.add("a body was sent where the spec documents none: " + request.getBodyAsString());
    }
    return problems;
  }

  private static void expect(List<String> problems, String what, Object expected, Object actual) {
    if (!expected.equals(actual)) {
      problems.add("request " + what + ": expected " + expected + ", sent " + actual);
    }
  }
}
