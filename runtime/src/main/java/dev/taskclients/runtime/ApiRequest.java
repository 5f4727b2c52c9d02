package dev.taskclients.runtime;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One call as a generated client describes it: method, path template and its parameters, query,
 * headers, JSON body and the spec's error model. Immutable; path and query are encoded once, here.
 */
public final class ApiRequest {
  private static final Pattern TEMPLATE_VARIABLE = Pattern.compile("\\{([^}/]+)}");

  private final String method;
  private final String pathTemplate;
  private final String path;
  private final String query;
  private final Map<String, List<String>> headers;
  private final Object body;
  private final Class<?> errorBodyType;
  private final URI absoluteUrl;
  private final boolean safeToRetry;

  private ApiRequest(Builder builder, String path, String query) {
    this.method = builder.method;
    this.pathTemplate = builder.pathTemplate;
    this.path = path;
    this.query = query;
    Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    builder.headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    this.headers = Collections.unmodifiableMap(copy);
    this.body = builder.body;
    this.errorBodyType = builder.errorBodyType;
    this.absoluteUrl = builder.absoluteUrl;
    this.safeToRetry = builder.safeToRetry;
  }

  /**
   * A GET of a URL the API handed out, such as a page's {@code next} link. The invoker sends it
   * only if it lies under the client's base URL, so a link can never send the credential elsewhere.
   *
   * @param absoluteUrl the URL
   * @param errorBodyType the spec's error model, or null
   * @return the request
   * @throws IllegalArgumentException if the URL is not absolute
   */
  public static ApiRequest follow(String absoluteUrl, Class<?> errorBodyType) {
    URI url = URI.create(Objects.requireNonNull(absoluteUrl, "absoluteUrl"));
    if (!url.isAbsolute()) {
      throw new IllegalArgumentException("a followed link must be an absolute URL, was " + absoluteUrl);
    }
    Builder builder = builder("GET", url.getRawPath() == null ? "" : url.getRawPath()).errorBodyType(errorBodyType)
        .safeToRetry(true);
    builder.absoluteUrl = url;
    return builder.build();
  }

  /** @return whether the spec marks the operation safe to repeat, so failures may be retried */
  public boolean safeToRetry() {
    return safeToRetry;
  }

  /** @return the URL to send to instead of base URL + path, for a followed link; else null */
  public URI absoluteUrl() {
    return absoluteUrl;
  }

  /**
   * Starts a request.
   *
   * @param method the HTTP method, e.g. {@code GET}
   * @param pathTemplate the spec's path, e.g. {@code /v1/tasks/{task_id}}
   * @return a new builder
   */
  public static Builder builder(String method, String pathTemplate) {
    return new Builder(method, pathTemplate);
  }

  /** @return the HTTP method */
  public String method() {
    return method;
  }

  /** @return the spec's path template */
  public String pathTemplate() {
    return pathTemplate;
  }

  /** @return the path with each parameter encoded as one segment */
  public String path() {
    return path;
  }

  /** @return the encoded query without {@code ?}, empty when there is none */
  public String query() {
    return query;
  }

  /** @return the operation's headers, case-insensitive */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** @return the object to send as JSON, if any */
  public Optional<Object> body() {
    return Optional.ofNullable(body);
  }

  /** @return the spec's error model, or {@code null} to keep error bodies as JSON trees */
  public Class<?> errorBodyType() {
    return errorBodyType;
  }

  @Override
  public String toString() {
    return method + " " + path + (query.isEmpty() ? "" : "?" + query);
  }

  /** Builds an {@link ApiRequest}. Not thread-safe. */
  public static final class Builder {
    private final String method;
    private final String pathTemplate;
    private final Map<String, String> pathParams = new LinkedHashMap<>();
    private final List<String[]> queryParams = new ArrayList<>();
    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private Object body;
    private Class<?> errorBodyType;
    private URI absoluteUrl;
    private boolean safeToRetry;

    private Builder(String method, String pathTemplate) {
      this.method = Objects.requireNonNull(method, "method");
      this.pathTemplate = Objects.requireNonNull(pathTemplate, "pathTemplate");
    }

    /**
     * Sets a path parameter; it is encoded as exactly one segment.
     *
     * @param name the template variable
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException if the value is empty, {@code .} or {@code ..}
     */
    public Builder pathParam(String name, String value) {
      pathParams.put(name, UrlEncoding.pathSegment(value));
      return this;
    }

    /**
     * Adds a query parameter; a null value is left out.
     *
     * @param name the name
     * @param value the value, or null
     * @return this builder
     */
    public Builder queryParam(String name, String value) {
      if (value != null) {
        queryParams.add(new String[] {name, value});
      }
      return this;
    }

    /**
     * Adds one parameter per value ({@code name=a&name=b}), in order; null values are left out.
     *
     * @param name the name
     * @param values the values, or null
     * @return this builder
     */
    public Builder queryParams(String name, Collection<String> values) {
      if (values != null) {
        values.forEach(value -> queryParam(name, value));
      }
      return this;
    }

    /**
     * Adds a header; a null value is left out.
     *
     * @param name the name
     * @param value the value, or null
     * @return this builder
     */
    public Builder header(String name, String value) {
      if (value != null) {
        Arguments.checkName(name);
        headers.computeIfAbsent(name, ignored -> new ArrayList<>()).add(Arguments.check(value, "header " + name));
      }
      return this;
    }

    /**
     * Sets the object sent as the JSON body.
     *
     * @param body the body
     * @return this builder
     */
    public Builder jsonBody(Object body) {
      this.body = Objects.requireNonNull(body, "body");
      return this;
    }

    /**
     * Marks the operation safe to repeat (the spec's {@code x-taskclients-safe-to-retry}), so the
     * retry policy may send it again after a failure.
     *
     * @param safe whether it is safe
     * @return this builder
     */
    public Builder safeToRetry(boolean safe) {
      this.safeToRetry = safe;
      return this;
    }

    /**
     * Sets the spec's error model, into which error bodies are parsed.
     *
     * @param type the model class, or null to keep error bodies as JSON trees
     * @return this builder
     */
    public Builder errorBodyType(Class<?> type) {
      this.errorBodyType = type;
      return this;
    }

    /**
     * Builds the request, expanding the path template.
     *
     * @return the request
     * @throws IllegalStateException naming a template variable without a value
     */
    public ApiRequest build() {
      if (absoluteUrl != null) {
        return new ApiRequest(this, absoluteUrl.getRawPath(), absoluteUrl.getRawQuery() == null ? "" : absoluteUrl.getRawQuery());
      }
      Matcher variable = TEMPLATE_VARIABLE.matcher(pathTemplate);
      StringBuilder path = new StringBuilder();
      while (variable.find()) {
        String value = pathParams.get(variable.group(1));
        if (value == null) {
          throw new IllegalStateException("path parameter '" + variable.group(1) + "' of " + pathTemplate + " has no value");
        }
        variable.appendReplacement(path, Matcher.quoteReplacement(value));
      }
      variable.appendTail(path);
      StringJoiner query = new StringJoiner("&");
      queryParams.forEach(p -> query.add(UrlEncoding.queryComponent(p[0]) + "=" + UrlEncoding.queryComponent(p[1])));
      return new ApiRequest(this, path.toString(), query.toString());
    }
  }
}
