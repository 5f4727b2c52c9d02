package dev.taskclients.runtime.support;

import dev.taskclients.runtime.BinaryBody;
import dev.taskclients.runtime.internal.Arguments;
import dev.taskclients.runtime.internal.Headers;
import dev.taskclients.runtime.internal.UrlEncoding;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * One call as a generated client describes it: method, path template and its parameters, query,
 * headers, JSON body and the spec's error model. Immutable; path and query are encoded once, here.
 */
public final class ApiRequest {
  private final String method;
  private final String pathTemplate;
  private final String path;
  private final String query;
  private final Map<String, List<String>> headers;
  private final Object body;
  private final Class<?> errorBodyType;
  private final URI absoluteUrl;
  private final boolean safeToRetry;
  private final BodyKind bodyKind;
  private final String contentType;
  private final List<Map.Entry<String, Object>> formFields;
  private final List<String> cookies;
  private final List<Expected> expected;
  private final String accept;
  private final List<List<String>> security;
  private final boolean anonymous;
  private final String server;

  /**
   * How a request body is sent: none, JSON of the body object, a string, a {@link BinaryBody}, form
   * or multipart.
   */
  enum BodyKind {
    NONE,
    JSON,
    TEXT,
    BINARY,
    FORM,
    MULTIPART
  }

  /**
   * How the body of a documented {@code status} ({@code 200}, {@code 2XX} or {@code default}) is
   * read: its {@code kind} ({@code JSON}, {@code TEXT}, {@code BINARY} or {@code NONE}) and the
   * Java {@code type} a JSON body is read into.
   */
  public record Expected(String status, String kind, java.lang.reflect.Type type) {
    boolean matches(int code) {
      String digits = String.valueOf(code);
      return status.equals(digits)
          || status.length() == 3 && status.endsWith("XX") && status.charAt(0) == digits.charAt(0);
    }
  }

  private ApiRequest(Builder builder, String path, String query) {
    this.method = builder.method;
    this.pathTemplate = builder.pathTemplate;
    this.path = path;
    this.query = query;
    this.headers = Headers.copy(builder.headers);
    this.body = builder.body;
    this.errorBodyType = builder.errorBodyType;
    this.absoluteUrl = null;
    this.safeToRetry = builder.safeToRetry;
    this.bodyKind = builder.bodyKind;
    this.contentType = builder.contentType;
    this.formFields = List.copyOf(builder.formFields);
    this.cookies = List.copyOf(builder.cookies);
    this.expected = List.copyOf(builder.expected);
    this.accept = builder.accept;
    this.security = List.copyOf(builder.security);
    this.anonymous = builder.anonymous;
    this.server = builder.server;
  }

  /** This request as a GET of {@code link}: see {@link #follow}. */
  private ApiRequest(ApiRequest operation, URI link) {
    this.method = "GET";
    this.pathTemplate = operation.pathTemplate;
    this.path = link.getRawPath() == null ? "" : link.getRawPath();
    this.query = link.getRawQuery() == null ? "" : link.getRawQuery();
    this.headers = operation.headers;
    this.body = null;
    this.errorBodyType = operation.errorBodyType;
    this.absoluteUrl = link;
    this.safeToRetry = operation.safeToRetry;
    this.bodyKind = BodyKind.NONE;
    this.contentType = null;
    this.formFields = List.of();
    this.cookies = operation.cookies;
    this.expected = operation.expected;
    this.accept = operation.accept;
    this.security = operation.security;
    this.anonymous = operation.anonymous;
    this.server = operation.server;
  }

  /** Starts a request: the HTTP method and the spec's path, e.g. {@code /v1/tasks/{task_id}}. */
  public static Builder builder(String method, String pathTemplate) {
    return new Builder(method, pathTemplate);
  }

  /**
   * {@return this operation's request sent to a link the API handed out}, such as a page's {@code
   * next} link: a GET of the link's path and query, without a body, carrying everything else this
   * operation's requests carry (its security requirement, header and cookie parameters, {@code
   * Accept}, documented statuses, error model, retry safety and server). The invoker sends it only
   * under the base URL this operation is sent to, so a link cannot take the credential elsewhere.
   * Throws IllegalArgumentException if the link is not absolute.
   */
  ApiRequest follow(URI link) {
    Objects.requireNonNull(link, "link");
    if (!link.isAbsolute()) {
      throw new IllegalArgumentException("a followed link must be an absolute URL, was " + link);
    }
    return new ApiRequest(this, link);
  }

  /**
   * {@return how a status's body is read, or null when the spec documents none} The entry for the
   * exact status, else its range ({@code 2XX}), else {@code default}; an undocumented 2xx is read
   * as the first documented 2xx.
   */
  Expected expected(int status) {
    Expected range = null;
    Expected fallback = null;
    for (Expected e : expected) {
      if (e.status.equals(String.valueOf(status))) {
        return e;
      }
      if (range == null && e.matches(status)) {
        range = e;
      }
      if (e.status.equals("default")) {
        fallback = e;
      }
    }
    if (range != null || fallback != null) {
      return range != null ? range : fallback;
    }
    return status >= 200 && status <= 299
        ? expected.stream().filter(e -> e.status.startsWith("2")).findFirst().orElse(null)
        : null;
  }

  /** {@return the HTTP method} */
  String method() {
    return method;
  }

  /** {@return the spec's path template} */
  String pathTemplate() {
    return pathTemplate;
  }

  /** {@return the path with each parameter encoded as one segment} */
  String path() {
    return path;
  }

  /** {@return the encoded query without {@code ?}, empty when there is none} */
  String query() {
    return query;
  }

  /** {@return the operation's headers, case-insensitive} */
  Map<String, List<String>> headers() {
    return headers;
  }

  /** {@return the body object, if any} */
  Optional<Object> body() {
    return Optional.ofNullable(body);
  }

  /** {@return how the body is sent} */
  BodyKind bodyKind() {
    return bodyKind;
  }

  /** {@return the body's media type, or null for the kind's usual one} */
  String contentType() {
    return contentType;
  }

  /** {@return the form or multipart fields, in order (a value may be a {@link BinaryBody})} */
  List<Map.Entry<String, Object>> formFields() {
    return formFields;
  }

  /** {@return the cookies, each {@code name=value}, already encoded} */
  List<String> cookies() {
    return cookies;
  }

  /** {@return the {@code Accept} value, or null for {@code application/json}} */
  String accept() {
    return accept;
  }

  /**
   * {@return the security requirements, each scheme names sent together; an empty one: no
   * credential needed}
   */
  List<List<String>> security() {
    return security;
  }

  /**
   * {@return whether the spec says this operation takes no credential at all ({@code security:
   * []})}
   */
  boolean anonymous() {
    return anonymous;
  }

  /** {@return the operation's own server URL from the spec, or null} */
  String server() {
    return server;
  }

  /** {@return whether the spec marks the operation safe to repeat, so failures may be retried} */
  boolean safeToRetry() {
    return safeToRetry;
  }

  /**
   * {@return the link to send to instead of base URL + path, for a followed link ({@link #follow});
   * else null}
   */
  URI absoluteUrl() {
    return absoluteUrl;
  }

  /** {@return the spec's error model, or {@code null} to keep error bodies as JSON trees} */
  Class<?> errorBodyType() {
    return errorBodyType;
  }

  @Override
  public String toString() {
    return method + " " + path + (query.isEmpty() ? "" : "?" + query);
  }

  /**
   * Builds an {@link ApiRequest}; null values of parameters, headers, cookies and fields are left
   * out.
   */
  public static final class Builder {
    private final String method;
    private final String pathTemplate;
    private final Map<String, String> pathParams = new LinkedHashMap<>();
    private final List<String[]> queryParams = new ArrayList<>();
    private final Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private Object body;
    private Class<?> errorBodyType;
    private boolean safeToRetry;
    private BodyKind bodyKind = BodyKind.NONE;
    private String contentType;
    private final List<Map.Entry<String, Object>> formFields = new ArrayList<>();
    private final List<String> cookies = new ArrayList<>();
    private final List<Expected> expected = new ArrayList<>();
    private String accept;
    private final List<List<String>> security = new ArrayList<>();
    private boolean anonymous;
    private String server;

    private Builder(String method, String pathTemplate) {
      this.method = Objects.requireNonNull(method, "method");
      this.pathTemplate = Objects.requireNonNull(pathTemplate, "pathTemplate");
    }

    /**
     * Sets a path parameter as one encoded segment; throws IllegalArgumentException if empty, . or
     * ..
     */
    public Builder pathParam(String name, String value) {
      pathParams.put(name, UrlEncoding.pathSegment(value));
      return this;
    }

    /**
     * Sets a path parameter of any type (style simple: a list is comma-separated, each value
     * encoded); throws NullPointerException for null, IllegalArgumentException for an empty list or
     * a value refused as above.
     */
    public Builder pathParam(String name, Object value) {
      if (value instanceof Collection) {
        List<String> items = ParamText.list((Collection<?>) value);
        if (items.isEmpty()) {
          throw new IllegalArgumentException(
              "path parameter '" + name + "' must not be an empty list");
        }
        StringJoiner joined = new StringJoiner(",");
        items.forEach(item -> joined.add(UrlEncoding.pathSegment(item)));
        pathParams.put(name, joined.toString());
        return this;
      }
      return pathParam(
          name,
          ParamText.scalar(
              Objects.requireNonNull(value, "path parameter '" + name + "' must not be null")));
    }

    private Builder queryParam(String name, String value) {
      if (value != null) {
        queryParams.add(new String[] {name, value});
      }
      return this;
    }

    /**
     * Adds a query parameter in a style: {@code form}, {@code spaceDelimited}, {@code
     * pipeDelimited} or {@code deepObject}, with the spec's {@code explode}; the value a scalar, a
     * collection, a model or a map.
     */
    public Builder query(String name, Object value, String style, boolean explode) {
      if (value == null) {
        return this;
      }
      if (ParamText.isObject(value)) {
        Map<String, String> fields = ParamText.fields(value);
        if (style.equals("deepObject")) {
          fields.forEach((field, text) -> queryParam(name + "[" + field + "]", text));
        } else if (explode) {
          fields.forEach(this::queryParam);
        } else {
          queryParam(name, pairs(fields));
        }
        return this;
      }
      if (value instanceof Collection) {
        List<String> items = ParamText.list((Collection<?>) value);
        if (style.equals("form") && explode) {
          items.forEach(item -> queryParam(name, item));
        } else if (!items.isEmpty()) {
          String delimiter =
              style.equals("spaceDelimited") ? " " : style.equals("pipeDelimited") ? "|" : ",";
          queryParam(name, String.join(delimiter, items));
        }
        return this;
      }
      return queryParam(name, ParamText.scalar(value));
    }

    /** Adds a header. */
    public Builder header(String name, String value) {
      if (value != null) {
        Arguments.checkName(name);
        headers
            .computeIfAbsent(name, ignored -> new ArrayList<>())
            .add(Arguments.check(value, "header " + name));
      }
      return this;
    }

    /** Adds a header of any type (style simple: a list is comma-separated). */
    public Builder header(String name, Object value) {
      return header(name, simple(value));
    }

    /** Adds a cookie (style form), its value percent-encoded. */
    public Builder cookie(String name, Object value) {
      String text = simple(value);
      if (text != null) {
        cookies.add(Arguments.checkName(name) + "=" + UrlEncoding.queryComponent(text));
      }
      return this;
    }

    private static String simple(Object value) {
      if (value instanceof Collection) {
        return String.join(",", ParamText.list((Collection<?>) value));
      }
      return ParamText.isObject(value) ? pairs(ParamText.fields(value)) : ParamText.scalar(value);
    }

    private static String pairs(Map<String, String> fields) {
      StringJoiner pairs = new StringJoiner(",");
      fields.forEach((field, text) -> pairs.add(field).add(text));
      return pairs.toString();
    }

    /**
     * Sets the JSON body with the spec's media type; a null body (an optional one not given) sends
     * none.
     */
    public Builder jsonBody(Object body, String mediaType) {
      return body(BodyKind.JSON, body, mediaType);
    }

    /** Sets the JSON body, not null, as {@code application/json}. */
    public Builder jsonBody(Object body) {
      return jsonBody(Objects.requireNonNull(body, "body"), "application/json");
    }

    /** Sets a text body, or none for null. */
    public Builder textBody(String body, String mediaType) {
      return body(BodyKind.TEXT, body, mediaType);
    }

    /**
     * Sets a binary body, or none for null; its own content type wins over the spec's when it has
     * one.
     */
    public Builder binaryBody(BinaryBody body, String mediaType) {
      return body(BodyKind.BINARY, body, mediaType);
    }

    private Builder body(BodyKind kind, Object value, String mediaType) {
      if (value != null) {
        this.bodyKind = kind;
        this.body = value;
        this.contentType = mediaType;
      }
      return this;
    }

    /**
     * Makes the body a form, urlencoded or {@code multipart/...} by the media type, filled by
     * {@link #formField}.
     */
    public Builder formBody(String mediaType) {
      this.bodyKind =
          mediaType.toLowerCase(Locale.ROOT).startsWith("multipart/")
              ? BodyKind.MULTIPART
              : BodyKind.FORM;
      this.contentType = mediaType;
      return this;
    }

    /** Adds a form field or multipart part; a {@link BinaryBody} is a file part. */
    public Builder formField(String name, Object value) {
      if (value != null) {
        formFields.add(Map.entry(name, value));
      }
      return this;
    }

    /** Says how the body of a documented status is read; see {@link Expected}. */
    public Builder expect(String status, String kind, java.lang.reflect.Type type) {
      expected.add(new Expected(status, kind, type));
      return this;
    }

    /** Sets the {@code Accept} header (default {@code application/json}). */
    public Builder accept(String mediaTypes) {
      this.accept = mediaTypes;
      return this;
    }

    /**
     * Adds a security requirement: these schemes' credentials are sent together; none: no
     * credential needed.
     */
    public Builder security(String... schemes) {
      security.add(List.of(schemes));
      return this;
    }

    /** Marks the operation as taking no credential ({@code security: []}): none is sent. */
    public Builder anonymous() {
      this.anonymous = true;
      return this;
    }

    /**
     * Sets the operation's own server from the spec; used unless the client was given a base URL.
     */
    public Builder server(String url) {
      this.server = url;
      return this;
    }

    /**
     * Marks the operation safe to repeat ({@code x-taskclients-safe-to-retry}), so failures may be
     * retried.
     */
    public Builder safeToRetry(boolean safe) {
      this.safeToRetry = safe;
      return this;
    }

    /**
     * Sets the spec's error model error bodies are parsed into, or null to keep them as JSON trees.
     */
    public Builder errorBodyType(Class<?> type) {
      this.errorBodyType = type;
      return this;
    }

    /**
     * Builds the request, expanding the path template; throws IllegalStateException for a variable
     * without value.
     */
    public ApiRequest build() {
      String path = expand(pathTemplate, pathParams);
      StringJoiner query = new StringJoiner("&");
      queryParams.forEach(
          p ->
              query.add(UrlEncoding.queryComponent(p[0]) + "=" + UrlEncoding.queryComponent(p[1])));
      return new ApiRequest(this, path, query.toString());
    }

    /**
     * Replaces each {@code {name}} (a name without {@code /} or <code>&#125;</code>) by its encoded
     * value; a brace that opens no such variable stays as it is. A scan rather than a regular
     * expression: this runs on every call.
     */
    static String expand(String template, Map<String, String> values) {
      int open = template.indexOf('{');
      if (open < 0) {
        return template;
      }
      StringBuilder path = new StringBuilder(template.length() + 16);
      int copied = 0;
      while (open >= 0) {
        int end = open + 1;
        while (end < template.length()
            && template.charAt(end) != '}'
            && template.charAt(end) != '/') {
          end++;
        }
        if (end > open + 1 && end < template.length() && template.charAt(end) == '}') {
          String name = template.substring(open + 1, end);
          String value = values.get(name);
          if (value == null) {
            throw new IllegalStateException(
                "path parameter '" + name + "' of " + template + " has no value");
          }
          path.append(template, copied, open).append(value);
          copied = end + 1;
          open = template.indexOf('{', copied);
        } else {
          open = template.indexOf('{', open + 1);
        }
      }
      return path.append(template, copied, template.length()).toString();
    }
  }
}
