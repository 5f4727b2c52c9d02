package dev.taskclients.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.taskclients.runtime.exception.InvalidResponseException;
import dev.taskclients.runtime.internal.Arguments;
import dev.taskclients.runtime.internal.Headers;
import dev.taskclients.runtime.internal.HttpThreads;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** What a client is built with: base URL, credential, timeouts, HTTP client and JSON mapper. */
public final class ClientConfig {
  /** Default time to establish a connection. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /** Default time for one request, from sending to the whole response. */
  public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(30);

  /** Default overall time for one call, across all its attempts. */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofMinutes(2);

  /** Default longest wait for the next bytes of a body streamed to the caller. */
  public static final Duration DEFAULT_STREAM_IDLE_TIMEOUT = Duration.ofSeconds(30);

  /** Default most requests of one client in flight at once. */
  public static final int DEFAULT_MAX_CONCURRENT_REQUESTS = 64;

  /** Default largest response body read: 16 MiB. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 16L * 1024 * 1024;

  /** The default logger's name. */
  private static final String DEFAULT_LOGGER_NAME = "dev.taskclients.http";

  /**
   * The {@code User-Agent} every request carries: {@code taskclients-java/} and this runtime's
   * version.
   */
  public static final String USER_AGENT = "taskclients-java/" + RuntimeVersion.VERSION;

  private final URI baseUrl;
  private final Map<String, Credential> credentials;
  private final Duration connectTimeout;
  private final Duration requestTimeout;
  private final ObjectMapper objectMapper;
  private final Map<String, List<String>> defaultHeaders;
  private final boolean allowInsecureHttp;
  private final Duration callTimeout;
  private final RetryPolicy retryPolicy;
  private final long maxResponseBytes;
  private final int maxConcurrentRequests;
  private final Duration streamIdleTimeout;
  private final List<Interceptor> interceptors;
  private final boolean operationServers;
  private final HttpClient httpClient;
  private final CompletableFuture<System.Logger> logger;

  private ClientConfig(Builder builder) {
    this.baseUrl = builder.baseUrl;
    this.credentials = Collections.unmodifiableMap(new LinkedHashMap<>(builder.credentials));
    this.connectTimeout = builder.connectTimeout;
    this.requestTimeout = builder.requestTimeout;
    this.objectMapper = builder.objectMapper;
    this.defaultHeaders = Headers.copy(builder.defaultHeaders);
    this.allowInsecureHttp = builder.allowInsecureHttp;
    this.callTimeout = builder.callTimeout;
    this.retryPolicy = builder.retryPolicy;
    this.maxResponseBytes = builder.maxResponseBytes;
    this.maxConcurrentRequests = builder.maxConcurrentRequests;
    this.streamIdleTimeout = builder.streamIdleTimeout;
    this.interceptors = List.copyOf(builder.interceptors);
    this.operationServers = builder.operationServers;
    this.httpClient =
        builder.httpClient != null
            ? builder.httpClient
            : HttpClient.newBuilder()
                .connectTimeout(builder.connectTimeout)
                .executor(HttpThreads.pool())
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    this.logger =
        builder.logger != null
            ? CompletableFuture.completedFuture(builder.logger)
            : DefaultLogger.LOOKUP;
  }

  /**
   * The default logger, looked up once, on one of our HTTP threads: the first {@code
   * System.getLogger} starts java.util.logging (reading its configuration, some 40 classes), tens
   * of milliseconds that need not delay a cold client's first call. The call joins the lookup only
   * when it logs its attempt, after the response has arrived. A holder class, so the lookup starts
   * when the first config that uses it is built.
   */
  private static final class DefaultLogger {
    static final CompletableFuture<System.Logger> LOOKUP =
        CompletableFuture.supplyAsync(
            () -> System.getLogger(DEFAULT_LOGGER_NAME), HttpThreads.pool());
  }

  /**
   * {@return a new builder holding the defaults; {@link ClientBuilder} is the public way to set
   * them}
   */
  static Builder builder() {
    return new Builder();
  }

  /** {@return the base URL, without a trailing slash} */
  public URI baseUrl() {
    return baseUrl;
  }

  /** {@return the credentials set per security scheme of the spec, by scheme name} */
  public Map<String, Credential> credentials() {
    return credentials;
  }

  /** {@return the connect timeout (applies to the HTTP client this config created)} */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** {@return the default timeout of one request} */
  public Duration requestTimeout() {
    return requestTimeout;
  }

  /**
   * {@return the HTTP client: the one given, or one created with the connect timeout and 8 threads}
   */
  public HttpClient httpClient() {
    return httpClient;
  }

  /** {@return the JSON mapper} */
  public ObjectMapper objectMapper() {
    return objectMapper;
  }

  /** {@return the {@code User-Agent} sent} */
  public String userAgent() {
    return USER_AGENT;
  }

  /** {@return headers sent on every request, case-insensitive} */
  public Map<String, List<String>> defaultHeaders() {
    return defaultHeaders;
  }

  /** {@return whether plain http to a non-loopback host is allowed} */
  public boolean allowInsecureHttp() {
    return allowInsecureHttp;
  }

  /** {@return the overall time one call may take, across retries} */
  public Duration callTimeout() {
    return callTimeout;
  }

  /** {@return when failed calls are tried again} */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /**
   * {@return the largest response body read; a larger one is an {@link InvalidResponseException}}
   */
  public long maxResponseBytes() {
    return maxResponseBytes;
  }

  /**
   * {@return how long a read of a body streamed to the caller ({@code ...AsStream} methods) waits
   * for the next bytes} The stream's whole duration is the caller's; a read that waits longer fails
   * with a {@link java.net.SocketTimeoutException}.
   */
  public Duration streamIdleTimeout() {
    return streamIdleTimeout;
  }

  /** {@return the interceptors that see every attempt, in the order they run} */
  public List<Interceptor> interceptors() {
    return interceptors;
  }

  /**
   * {@return the most requests this client has in flight at once} Further ones, synchronous or
   * asynchronous, wait in order for a free slot; a wait that is asynchronous holds no thread.
   */
  public int maxConcurrentRequests() {
    return maxConcurrentRequests;
  }

  /**
   * {@return whether an operation the spec gives its own server is sent there} True unless a base
   * URL was set explicitly: then every operation goes to that base URL (a test server, a proxy).
   */
  public boolean operationServers() {
    return operationServers;
  }

  /** {@return where one debug line per attempt goes (secrets never appear in it)} */
  public System.Logger logger() {
    try {
      return logger.join();
    } catch (
        CompletionException e) { // the default lookup failed: rethrow what System.getLogger threw
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  /** Shows every setting but the credential's secret. */
  @Override
  public String toString() {
    return "ClientConfig[baseUrl="
        + baseUrl()
        + ", credentials="
        + credentials
        + ", connectTimeout="
        + connectTimeout()
        + ", requestTimeout="
        + requestTimeout()
        + ", userAgent="
        + userAgent()
        + ", defaultHeaders="
        + defaultHeaders.keySet()
        + ", allowInsecureHttp="
        + allowInsecureHttp()
        + ", callTimeout="
        + callTimeout()
        + ", retryPolicy="
        + retryPolicy()
        + ", maxResponseBytes="
        + maxResponseBytes()
        + ", maxConcurrentRequests="
        + maxConcurrentRequests
        + ", streamIdleTimeout="
        + streamIdleTimeout
        + (interceptors.isEmpty() ? "" : ", interceptors=" + interceptors)
        + "]";
  }

  /**
   * Builds a {@link ClientConfig}, checking each argument as it is set. Not thread-safe.
   * Package-private: the one way to configure a client is its generated builder ({@link
   * ClientBuilder}), which fills this one.
   */
  static final class Builder {
    private URI baseUrl;
    private final Map<String, Credential> credentials = new LinkedHashMap<>();
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration requestTimeout = DEFAULT_REQUEST_TIMEOUT;
    private HttpClient httpClient;
    private ObjectMapper objectMapper = Json.shared();
    private final Map<String, List<String>> defaultHeaders =
        new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private boolean allowInsecureHttp;
    private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private int maxConcurrentRequests = DEFAULT_MAX_CONCURRENT_REQUESTS;
    private Duration streamIdleTimeout = DEFAULT_STREAM_IDLE_TIMEOUT;
    private final List<Interceptor> interceptors = new ArrayList<>();

    /** Null: the default, {@code dev.taskclients.http}, looked up when a config is built. */
    private System.Logger logger;

    private boolean operationServers;

    private Builder() {}

    /** Sets the overall time one call may take, across all attempts (positive; default 2 min). */
    Builder callTimeout(Duration timeout) {
      this.callTimeout = Arguments.requirePositive(timeout, "callTimeout");
      return this;
    }

    /** Sets when failed calls are tried again ({@link RetryPolicy#none()} disables retries). */
    Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "retryPolicy");
      return this;
    }

    /** Sets the largest response body read (positive; default 16 MiB). */
    Builder maxResponseBytes(long bytes) {
      if (bytes <= 0) {
        throw new IllegalArgumentException("maxResponseBytes must be positive, was " + bytes);
      }
      this.maxResponseBytes = bytes;
      return this;
    }

    /** Adds an interceptor that sees every attempt, after those added before. */
    Builder interceptor(Interceptor interceptor) {
      interceptors.add(Objects.requireNonNull(interceptor, "interceptor"));
      return this;
    }

    /**
     * Sets how long a read of a streamed body waits for the next bytes (positive; default 30 s).
     */
    Builder streamIdleTimeout(Duration timeout) {
      this.streamIdleTimeout = Arguments.requirePositive(timeout, "streamIdleTimeout");
      return this;
    }

    /** Sets the most requests in flight at once (positive; default 64). */
    Builder maxConcurrentRequests(int max) {
      if (max <= 0) {
        throw new IllegalArgumentException("maxConcurrentRequests must be positive, was " + max);
      }
      this.maxConcurrentRequests = max;
      return this;
    }

    /** Sets where the one debug line per attempt goes (default {@code dev.taskclients.http}). */
    Builder logger(System.Logger logger) {
      this.logger = Objects.requireNonNull(logger, "logger");
      return this;
    }

    /**
     * Sets the base URL: an absolute http(s) URL without query or fragment, else
     * IllegalArgumentException.
     */
    Builder baseUrl(String baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl");
      try {
        return baseUrl(URI.create(baseUrl.trim()));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("baseUrl is not a valid URL: " + baseUrl, e);
      }
    }

    /**
     * Sets the base URL: an absolute http(s) URL without query or fragment, else
     * IllegalArgumentException.
     */
    Builder baseUrl(URI baseUrl) {
      Objects.requireNonNull(baseUrl, "baseUrl");
      String scheme =
          baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
      if (!baseUrl.isAbsolute()
          || !(scheme.equals("https") || scheme.equals("http"))
          || baseUrl.getHost() == null) {
        throw new IllegalArgumentException(
            "baseUrl must be an absolute http or https URL with a host, was " + baseUrl);
      }
      if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
        throw new IllegalArgumentException(
            "baseUrl must not have a query or fragment, was " + baseUrl);
      }
      if (baseUrl.getRawUserInfo() != null) {
        throw new IllegalArgumentException(
            "baseUrl must not carry credentials; use the client's credential setter");
      }
      String text = baseUrl.toString();
      this.baseUrl = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
      return this;
    }

    /**
     * Sets the credential of one of the spec's security schemes; an operation sends the credentials
     * of the first of its security requirements that is fully set.
     */
    Builder credential(String scheme, Credential credential) {
      credentials.put(
          Objects.requireNonNull(scheme, "scheme"),
          Objects.requireNonNull(credential, "credential"));
      return this;
    }

    /** Sets the connect timeout of the HTTP client this config creates (positive; default 10 s). */
    Builder connectTimeout(Duration timeout) {
      this.connectTimeout = Arguments.requirePositive(timeout, "connectTimeout");
      return this;
    }

    /** Sets the default timeout of one request (positive; default 30 s). */
    Builder requestTimeout(Duration timeout) {
      this.requestTimeout = Arguments.requirePositive(timeout, "requestTimeout");
      return this;
    }

    /** Uses this HTTP client instead of creating one. */
    Builder httpClient(HttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      return this;
    }

    /** Uses this JSON mapper; it needs the java.time module. */
    Builder objectMapper(ObjectMapper objectMapper) {
      this.objectMapper = Objects.requireNonNull(objectMapper, "objectMapper");
      return this;
    }

    /**
     * Adds a header sent on every request; throws IllegalArgumentException for an invalid name or
     * value.
     */
    Builder defaultHeader(String name, String value) {
      Arguments.checkName(name);
      defaultHeaders
          .computeIfAbsent(name, ignored -> new ArrayList<>())
          .add(Arguments.check(value, "value of header '" + name + "'"));
      return this;
    }

    /**
     * Sends operations the spec gives their own server there (see {@link
     * ClientConfig#operationServers()}).
     */
    Builder operationServers(boolean use) {
      this.operationServers = use;
      return this;
    }

    /**
     * Allows plain http to a host that is not loopback. Off by default: the credential would travel
     * in clear text.
     */
    Builder allowInsecureHttp(boolean allow) {
      this.allowInsecureHttp = allow;
      return this;
    }

    /**
     * {@return the immutable configuration} Throws IllegalStateException without a base URL, or for
     * plain http to a non-loopback host that was not explicitly allowed.
     */
    ClientConfig build() {
      if (baseUrl == null) {
        throw new IllegalStateException("baseUrl is required");
      }
      if (baseUrl.getScheme().equalsIgnoreCase("http")
          && !allowInsecureHttp
          && !isLoopback(baseUrl.getHost())) {
        throw new IllegalStateException(
            "baseUrl "
                + baseUrl
                + " is plain http to a non-loopback host; use https, "
                + "or call allowInsecureHttp(true) if you really mean it");
      }
      return new ClientConfig(this);
    }

    /** Judged on the literal host only: a name is never resolved here. */
    private static boolean isLoopback(String host) {
      String bare =
          host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
      return bare.equalsIgnoreCase("localhost")
          || bare.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}")
          || bare.equals("::1")
          || bare.equals("0:0:0:0:0:0:0:1");
    }
  }
}
