package dev.taskclients.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks what reached the server: one request, with the operation's method, on its path (below the
 * base path, path parameters non-empty), carrying the JSON body the call was given.
 */
final class RequestChecks {
  private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{[^/}]+}");

  private final ObjectMapper mapper;

  /**
   * Creates the checks.
   *
   * @param mapper reads request bodies
   */
  RequestChecks(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * Checks the requests of one call.
   *
   * @param operation the operation called
   * @param basePath the path the base URL ends with
   * @param call the call, with the JSON body it was given
   * @param requests what the server received
   * @return the problems
   */
  List<String> check(
      GeneratedOperation operation, String basePath, RawCall call, List<LoggedRequest> requests) {
    List<String> problems = new ArrayList<>();
    if (requests.size() != 1) {
      problems.add(
          requests.isEmpty()
              ? "no request reached the server"
              : requests.size() + " requests reached the server, expected 1");
      if (requests.isEmpty()) {
        return problems;
      }
    }
    LoggedRequest request = requests.get(0);
    if (!request.getMethod().getName().equals(operation.httpMethod())) {
      problems.add(
          "request method "
              + request.getMethod().getName()
              + ", expected "
              + operation.httpMethod());
    }
    String path = URI.create(request.getAbsoluteUrl()).getRawPath();
    if (!pathPattern(basePath, operation.path()).matcher(path).matches()) {
      problems.add("request path " + path + " does not match " + basePath + operation.path());
    }
    if (call.jsonBody() != null) {
      try {
        JsonNode sent = mapper.readTree(request.getBodyAsString());
        JsonNode expected = mapper.readTree(mapper.writeValueAsString(call.jsonBody()));
        if (!expected.equals(sent)) {
          problems.add(
              "request body differs from the value given: " + JsonDiff.first(expected, sent));
        }
      } catch (IOException | RuntimeException e) {
        problems.add(
            "request body is not JSON: " + OutcomeChecks.shorten(request.getBodyAsString()));
      }
    }
    return problems;
  }

  /**
   * The operation's path template as a pattern: literal text quoted, each variable one non-empty
   * segment part.
   */
  static Pattern pathPattern(String basePath, String template) {
    StringBuilder regex = new StringBuilder(Pattern.quote(basePath));
    Matcher variable = TEMPLATE_VARIABLE.matcher(template);
    int at = 0;
    while (variable.find()) {
      regex.append(Pattern.quote(template.substring(at, variable.start()))).append("[^/]+");
      at = variable.end();
    }
    regex.append(Pattern.quote(template.substring(at)));
    return Pattern.compile(regex.toString());
  }
}
