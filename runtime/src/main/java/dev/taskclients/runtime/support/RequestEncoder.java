package dev.taskclients.runtime.support;

import dev.taskclients.runtime.ClientConfig;
import dev.taskclients.runtime.Credential;
import dev.taskclients.runtime.RequestOptions;
import dev.taskclients.runtime.internal.UrlEncoding;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Turns an {@link ApiRequest} into the HTTP request of one attempt: the URL (base URL or the
 * operation's own server, path, query, a followed link only under that base), the credentials of
 * the operation's security requirement, the headers (Accept, User-Agent, the client's defaults, the
 * operation's, the call's, the request id, cookies) and the encoded body.
 */
final class RequestEncoder {
  static final String REQUEST_ID_HEADER = "X-Request-Id";

  private final ClientConfig config;

  RequestEncoder(ClientConfig config) {
    this.config = config;
  }

  /**
   * {@return the HTTP request for one attempt of {@code request}, with java.net.http's timeout set
   * to {@code timeout}}
   */
  HttpRequest encode(ApiRequest request, RequestOptions options, Duration timeout) {
    List<Credential> credentials = credentialsFor(request);
    String query = request.query();
    List<String> cookies = request.cookies();
    for (Credential credential : credentials) {
      if (credential.location() == Credential.Location.QUERY) {
        query =
            (query.isEmpty() ? "" : query + "&")
                + UrlEncoding.queryComponent(credential.headerName())
                + "="
                + UrlEncoding.queryComponent(credential.headerValue());
      } else if (credential.location() == Credential.Location.COOKIE) {
        cookies = new ArrayList<>(cookies);
        cookies.add(
            credential.headerName() + "=" + UrlEncoding.queryComponent(credential.headerValue()));
      }
    }
    String base = baseFor(request);
    URI uri =
        request.absoluteUrl() != null
            ? underBase(request.absoluteUrl(), base, query)
            : URI.create(base + request.path() + (query.isEmpty() ? "" : "?" + query));
    HttpRequest.Builder http =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("Accept", request.accept() == null ? "application/json" : request.accept())
            .header("User-Agent", config.userAgent());
    for (Credential credential : credentials) {
      if (credential.location() == Credential.Location.HEADER) {
        http.header(credential.headerName(), credential.headerValue());
      }
    }
    addAll(http, config.defaultHeaders());
    addAll(http, request.headers());
    addAll(http, options.headers());
    if (!cookies.isEmpty()) {
      http.header("Cookie", String.join("; ", cookies));
    }
    options.requestId().ifPresent(id -> http.setHeader(REQUEST_ID_HEADER, id));
    RequestBodies.Encoded body = RequestBodies.encode(request, config.objectMapper());
    if (body != null) {
      http.header("Content-Type", body.contentType());
    }
    return http.method(
            request.method(),
            body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body.bytes()))
        .build();
  }

  /**
   * {@return the operation's own server when the spec gives one and no base URL was set, else the
   * base URL}
   */
  String baseFor(ApiRequest request) {
    if (request.server() != null && config.operationServers()) {
      URI server = URI.create(request.server());
      if (server.isAbsolute()) {
        String text = server.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
      }
    }
    return config.baseUrl().toString();
  }

  /**
   * The credentials to send: those of the first of the request's security requirements whose
   * schemes all have a credential; none when the operation takes none ({@code security: []}) or the
   * spec has no security at all.
   */
  private List<Credential> credentialsFor(ApiRequest request) {
    if (request.anonymous() || request.security().isEmpty()) {
      return List.of();
    }
    Map<String, Credential> named = config.credentials();
    for (List<String> requirement : request.security()) {
      if (named.keySet().containsAll(requirement)) {
        if (requirement.size() == 1) { // the usual case, without a stream: this runs on every call
          return List.of(named.get(requirement.get(0)));
        }
        return requirement.stream().map(named::get).collect(Collectors.toList());
      }
    }
    throw new IllegalStateException(
        request.method()
            + " "
            + request.pathTemplate()
            + " needs a credential for "
            + String.join(
                " or ",
                request.security().stream().map(r -> String.join(" + ", r)).toArray(String[]::new))
            + ": set it on the client's builder");
  }

  /**
   * A followed link, with {@code query} (its own query plus any credential sent in the query), if
   * it stays under the base URL its operation is sent to. Links from a response are checked before
   * (see {@link Pages#nextLink}), so one refused here was passed in by the caller: an
   * IllegalArgumentException.
   */
  private static URI underBase(URI link, String base, String query) {
    URI baseUrl = URI.create(base);
    if (!isUnderBaseUrl(link, baseUrl)) {
      throw new IllegalArgumentException(
          "refusing to follow "
              + link.getScheme()
              + "://"
              + link.getRawAuthority()
              + Objects.toString(link.getRawPath(), "")
              + ": it is not under the client's base URL "
              + baseUrl);
    }
    return URI.create(
        link.getScheme()
            + "://"
            + link.getRawAuthority()
            + Objects.toString(link.getRawPath(), "")
            + (query.isEmpty() ? "" : "?" + query));
  }

  /**
   * {@return whether an absolute URL is under a base URL: same scheme, host and port, its path at
   * or below the base's}
   */
  static boolean isUnderBaseUrl(URI url, URI base) {
    String basePath = base.getRawPath() == null ? "" : base.getRawPath();
    boolean sameOrigin =
        base.getScheme().equalsIgnoreCase(url.getScheme())
            && base.getHost().equalsIgnoreCase(url.getHost())
            && base.getPort() == url.getPort();
    String path = url.getRawPath() == null ? "" : url.getRawPath();
    return sameOrigin && (path.equals(basePath) || path.startsWith(basePath + "/"));
  }

  private static void addAll(HttpRequest.Builder http, Map<String, List<String>> headers) {
    headers.forEach((name, values) -> values.forEach(value -> http.header(name, value)));
  }

  /**
   * {@return the method and URL of a request without its query: what messages and logs show, never
   * a header}
   */
  static String describe(HttpRequest http) {
    URI uri = http.uri();
    return http.method() + " " + uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath();
  }
}
