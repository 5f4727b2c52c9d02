package dev.taskclients.runtime;

import dev.taskclients.runtime.internal.Arguments;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** What a client is built with: base URL, credential, timeouts, HTTP client and JSON mapper. */
public final class ClientConfig {
  /** Default time to establish a connection. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** Default time for one request, from sending to the whole response. */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);
  /** Default overall time for one call, across all its attempts. */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(2);
  /** Default largest response body read: 16 MiB. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 16L * 1024 * 1024;
  /**
   * Runs java.net.http's internal work for every client this runtime creates. Its default executor
   * is an unbounded cached pool, which grew by about 100 threads under 32 concurrent callers in our load
   * test; this one is fixed at 8 daemon threads, whatever the load.
   */
  private static final java.util.concurrent.ExecutorService HTTP_EXECUTOR = java.util.concurrent.Executors.newFixedThreadPool(8,
      new java.util.concurrent.ThreadFactory() {
        private final java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();

        @Override
        public Thread newThread(Runnable runnable) {
          Thread thread = new Thread(runnable, "taskclients-http-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        }
      });
  /** Default {@code User-Agent}. */
  public static final String DEFAULT_USER_AGENT = "taskclients-java/0.1.0";

  private final URI baseUrl;
  private final Credential credential;
  private final Map<String, Credential> credentials;
  private final Duration connectTimeout;
  private final Duration requestTimeout;
  private final HttpClient httpClient;
  private final boolean ownHttpClient;
  private final ObjectMapper objectMapper;
  private final String userAgent;
  private final Map<String, List<String>> defaultHeaders;
  private final boolean allowInsecureHttp;
  private final Duration callTimeout;
  private final RetryPolicy retryPolicy;
  private final long maxResponseBytes;
  private final System.Logger logger;
  private final boolean operationServers;

  private ClientConfig(Builder builder) {
    this.baseUrl = builder.baseUrl;
    this.credential = builder.credential;
    this.credentials = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(builder.credentials));
    this.connectTimeout = builder.connectTimeout;
    this.requestTimeout = builder.requestTimeout;
    this.ownHttpClient = builder.httpClient == null;
    this.httpClient = ownHttpClient
        ? HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .executor(HTTP_EXECUTOR)
            .version(HttpClient.Version.HTTP_1_1)
            .build()
        : builder.httpClient;
    this.objectMapper = builder.objectMapper;
    this.userAgent = builder.userAgent;
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    builder.defaultHeaders.forEach((name, values) -> headers.put(name, List.copyOf(values)));
    this.defaultHeaders = Collections.unmodifiableMap(headers);
    this.allowInsecureHttp = builder.allowInsecureHttp;
    this.callTimeout = builder.callTimeout;
    this.retryPolicy = builder.retryPolicy;
    this.maxResponseBytes = builder.maxResponseBytes;
    this.logger = builder.logger;
    this.operationServers = builder.operationServers;
  }

  /**
   * Starts a builder with the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a builder holding these settings.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.baseUrl = baseUrl;
    builder.credential = credential;
    builder.credentials.putAll(credentials);
    builder.connectTimeout = connectTimeout;
    builder.requestTimeout = requestTimeout;
    builder.httpClient = ownHttpClient ? null : httpClient;
    builder.objectMapper = objectMapper;
    builder.userAgent = userAgent;
    defaultHeaders.forEach((name, values) -> builder.defaultHeaders.put(name, new ArrayList<>(values)));
    builder.allowInsecureHttp = allowInsecureHttp;
    builder.callTimeout = callTimeout;
    builder.retryPolicy = retryPolicy;
    builder.maxResponseBytes = maxResponseBytes;
    builder.logger = logger;
    builder.operationServers = operationServers;
    return builder;
  }

  /** @return the base URL, without a trailing slash */
  public URI baseUrl() {
    return baseUrl;
  }

  /** @return the credential sent when a request names no security scheme, or null when none was set */
  public Credential credential() {
    return credential;
  }

  /** @return the credentials set per security scheme of the spec, by scheme name */
  public Map<String, Credential> credentials() {
    return credentials;
  }

  /** @return the connect timeout (applies to the HTTP client this config created) */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** @return the default timeout of one request */
  public Duration requestTimeout() {
    return requestTimeout;
  }

  /** @return the HTTP client: the one given, or one created with the connect timeout and a bounded thread pool */
  public HttpClient httpClient() {
    return httpClient;
  }

  /** @return the JSON mapper */
  public ObjectMapper objectMapper() {
    return objectMapper;
  }

  /** @return the {@code User-Agent} sent */
  public String userAgent() {
    return userAgent;
  }

  /** @return headers sent on every request, case-insensitive */
  public Map<String, List<String>> defaultHeaders() {
    return defaultHeaders;
  }

  /** @return whether plain http to a non-loopback host is allowed */
  public boolean allowInsecureHttp() {
    return allowInsecureHttp;
  }

  /** @return the overall time one call may take, across retries */
  public Duration callTimeout() {
    return callTimeout;
  }

  /** @return when failed calls are tried again */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /** @return the largest response body read; a larger one is an {@link InvalidResponseException} */
  public long maxResponseBytes() {
    return maxResponseBytes;
  }

  /**
   * Tells whether an operation the spec gives its own server is sent there. True unless a base URL
   * was set explicitly: then every operation goes to that base URL (a test server, a proxy).
   *
   * @return whether operation-level servers are used
   */
  public boolean operationServers() {
    return operationServers;
  }

  /** @return where one debug line per attempt goes (secrets never appear in it) */
  public System.Logger logger() {
    return logger;
  }

  /** Shows every setting but the credential's secret. */
  @Override
  public String toString() {
    return "ClientConfig[baseUrl=" + baseUrl + ", credential=" + credential
        + (credentials.isEmpty() ? "" : ", credentials=" + credentials) + ", connectTimeout=" + connectTimeout
        + ", requestTimeout=" + requestTimeout + ", userAgent=" + userAgent + ", defaultHeaders=" + defaultHeaders.keySet()
        + ", allowInsecureHttp=" + allowInsecureHttp + ", callTimeout=" + callTimeout + ", retryPolicy=" + retryPolicy
        + ", maxResponseBytes=" + maxResponseBytes + "]";
  }

  /** Builds a {@link ClientConfig}, checking each argument as it is set. Not thread-safe. */
  public static final class Builder {
    private URI baseUrl;
    private Credential credential;
    private final Map<String, Credential> credentials = new java.util.LinkedHashMap<>();
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
    private HttpClient httpClient;
    private ObjectMapper objectMapper = Json.shared();
    private String userAgent = DEFAULT_USER_AGENT;
    private final Map<String, List<String>> defaultHeaders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private boolean allowInsecureHttp;
    private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private System.Logger logger = System.getLogger("dev.taskclients.http");
    private boolean operationServers;

    private Builder() {
    }

    /**
     * Sets the overall time one call may take, across all attempts (default 2 min).
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = Arguments.requirePositive(timeout, "callTimeout");
      return this;
    }

    /**
     * Sets when failed calls are tried again ({@link RetryPolicy#none()} disables retries).
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "retryPolicy");
      return this;
    }

    /**
     * Sets the largest response body read (default 16 MiB).
     *
     * @param bytes a positive size
     * @return this builder
     */
    public Builder maxResponseBytes(long bytes) {
      if (bytes <= 0) {
        throw new IllegalArgumentException("maxResponseBytes must be positive, was " + bytes);
      }
      this.maxResponseBytes = bytes;
      return this;
    }

    /**
     * Sets where the one debug line per attempt goes (default {@code dev.taskclients.http}).
     *
     * @param logger the logger
     * @return this builder
     */
    public Builder logger(System.Logger logger) {
      this.logger = Objects.requireNonNull(logger, "logger");
      return this;
    }

    /**
     * Sets the base URL.
     *
     * @param baseUrl an absolute http(s) URL without query or fragment
     * @return this builder
     * @throws IllegalArgumentException if it is not such a URL
     */
    public Builder baseUrl(String baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl");
      try {
        return baseUrl(URI.create(baseUrl.trim()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("baseUrl is not a valid URL: " + baseUrl, e);
      }
    }

    /**
     * Sets the base URL.
     *
     * @param baseUrl an absolute http(s) URL without query or fragment
     * @return this builder
     * @throws IllegalArgumentException if it is not such a URL
     */
    public Builder baseUrl(URI baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl");
      String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
      if (!baseUrl.isAbsolute() || !(scheme.equals("https") || scheme.equals("http")) || baseUrl.getHost() == null) {
        throw new IllegalArgumentException("baseUrl must be an absolute http or https URL with a host, was " + baseUrl);
      }
      if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
        throw new IllegalArgumentException("baseUrl must not have a query or fragment, was " + baseUrl);
      }
      if (baseUrl.getRawUserInfo() != null) {
        throw new IllegalArgumentException("baseUrl must not carry credentials; use the client's credential setter");
      }
      String text = baseUrl.toString();
      this.baseUrl = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
      return this;
    }

    /**
     * Sets the credential sent on every request.
     *
     * @param credential the credential
     * @return this builder
     */
    public Builder credential(Credential credential) {
      this.credential = Objects.requireNonNull(credential, "credential");
      return this;
    }

    /**
     * Sets the credential for one of the spec's security schemes; an operation sends the credentials
     * of the first of its security requirements that is fully set.
     *
     * @param scheme the scheme's name in the spec
     * @param credential the credential
     * @return this builder
     */
    public Builder credential(String scheme, Credential credential) {
      credentials.put(Objects.requireNonNull(scheme, "scheme"), Objects.requireNonNull(credential, "credential"));
      return this;
    }

    /**
     * Sets the connect timeout of the HTTP client this config creates.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Arguments.requirePositive(timeout, "connectTimeout");
      return this;
    }

    /**
     * Sets the default timeout of one request.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = Arguments.requirePositive(timeout, "requestTimeout");
      return this;
    }

    /**
     * Uses this HTTP client instead of creating one.
     *
     * @param httpClient the client
     * @return this builder
     */
    public Builder httpClient(HttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      return this;
    }

    /**
     * Uses this JSON mapper; it needs the java.time module.
     *
     * @param objectMapper the mapper
     * @return this builder
     */
    public Builder objectMapper(ObjectMapper objectMapper) {
      this.objectMapper = Objects.requireNonNull(objectMapper, "objectMapper");
      return this;
    }

    /**
     * Sets the {@code User-Agent}.
     *
     * @param userAgent the value
     * @return this builder
     */
    public Builder userAgent(String userAgent) {
      this.userAgent = Arguments.check(userAgent, "userAgent");
      return this;
    }

    /**
     * Adds a header sent on every request.
     *
     * @param name the name
     * @param value the value
     * @return this builder
     */
    public Builder defaultHeader(String name, String value) {
      Arguments.checkName(name);
      defaultHeaders.computeIfAbsent(name, ignored -> new ArrayList<>()).add(Arguments.check(value, "value of header '" + name + "'"));
      return this;
    }

    /**
     * Sends operations the spec gives their own server there (see {@link ClientConfig#operationServers()}).
     *
     * @param use whether to
     * @return this builder
     */
    public Builder operationServers(boolean use) {
      this.operationServers = use;
      return this;
    }

    /**
     * Allows plain http to a host that is not loopback. Off by default: the credential would
     * travel in clear text.
     *
     * @param allow whether to allow it
     * @return this builder
     */
    public Builder allowInsecureHttp(boolean allow) {
      this.allowInsecureHttp = allow;
      return this;
    }

    /**
     * Builds the immutable configuration.
     *
     * @return the configuration
     * @throws IllegalStateException without a base URL, or for plain http to a non-loopback host
     *     that was not explicitly allowed
     */
    public ClientConfig build() {
      if (baseUrl == null) {
        throw new IllegalStateException("baseUrl is required");
      }
      if (baseUrl.getScheme().equalsIgnoreCase("http") && !allowInsecureHttp && !isLoopback(baseUrl.getHost())) {
        throw new IllegalStateException("baseUrl " + baseUrl + " is plain http to a non-loopback host; use https, "
            + "or call allowInsecureHttp(true) if you really mean it");
      }
      return new ClientConfig(this);
    }

    /** Judged on the literal host only: a name is never resolved here. */
    private static boolean isLoopback(String host) {
      String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
      return bare.equalsIgnoreCase("localhost")
          || bare.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}")
          || bare.equals("::1")
          || bare.equals("0:0:0:0:0:0:0:1");
    }
  }
}
