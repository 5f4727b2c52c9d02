package dev.taskclients.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.taskclients.runtime.exception.ApiTimeoutException;
import dev.taskclients.runtime.exception.InvalidResponseException;
import dev.taskclients.runtime.internal.Arguments;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Base of every generated client's builder: the settings all clients share, each checked as it is
 * set. Defaults: the spec's server as base URL, connect timeout 10 s, request timeout 30 s, a new
 * {@link HttpClient} that never follows redirects, and {@link Json#shared()}. Not thread-safe.
 *
 * @param <B> the concrete builder, returned by the fluent methods
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {
  private final ClientConfig.Builder config;
  private final String clientName;
  private final String credentialSetter;
  private final List<String> servers;
  private final Map<String, String> serverVariables = new LinkedHashMap<>();
  private int serverIndex;
  private boolean explicitBaseUrl;
  private boolean hasCredential;

  /**
   * Starts a builder for the client {@code clientName} (named in error messages), with the servers
   * the spec lists (the default first; {@code {name}} marks a variable) and its server variables
   * with their defaults. {@code credentialSetter} names the setter that supplies a credential, e.g.
   * {@code apiKey(...)}, when every operation needs one, else {@code null}.
   */
  protected ClientBuilder(
      String clientName,
      List<String> servers,
      Map<String, String> variableDefaults,
      String credentialSetter) {
    this.config = ClientConfig.builder();
    this.clientName = clientName;
    this.credentialSetter = credentialSetter;
    this.servers = List.copyOf(servers);
    this.serverVariables.putAll(variableDefaults);
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /**
   * {@return this builder} Takes what a setter of {@link #config} returns, so each setter is one
   * statement.
   */
  private B self(ClientConfig.Builder configured) {
    return self();
  }

  /**
   * Sets the credential of one of the spec's security schemes; called from the generated typed
   * setters.
   */
  protected final B credential(String scheme, Credential credential) {
    config.credential(scheme, credential);
    hasCredential = true;
    return self();
  }

  /**
   * Sets a server variable, from a generated setter named after it; throws IllegalArgumentException
   * if {@code allowed} lists values (none: any is allowed) and the value is not one of them.
   */
  protected final B serverVariable(String name, String value, String... allowed) {
    Arguments.check(value, "server variable " + name);
    if (allowed.length > 0 && !List.of(allowed).contains(value)) {
      throw new IllegalArgumentException(
          "server variable " + name + " must be one of " + List.of(allowed) + ", was " + value);
    }
    serverVariables.put(name, value);
    return self();
  }

  /**
   * Chooses one of the servers the spec lists by position (default 0, the first); its variables are
   * filled from the variable setters, else their defaults. {@link #baseUrl(String)} overrides every
   * server. Throws IllegalArgumentException if the spec lists no such server.
   */
  public final B server(int index) {
    if (index < 0 || index >= servers.size()) {
      throw new IllegalArgumentException(
          "server index must be in [0, " + servers.size() + "), was " + index);
    }
    serverIndex = index;
    return self();
  }

  /**
   * Sets the base URL that operation paths are appended to: an absolute {@code https} URL ({@code
   * http} only for a loopback host, or with {@link #allowInsecureHttp(boolean)}). Throws
   * IllegalArgumentException if the URL is not absolute, or has a query, fragment or user info.
   */
  public final B baseUrl(String baseUrl) {
    config.baseUrl(baseUrl);
    explicitBaseUrl = true;
    return self();
  }

  /** Sets the base URL as {@link #baseUrl(String)} does. */
  public final B baseUrl(URI baseUrl) {
    config.baseUrl(baseUrl);
    explicitBaseUrl = true;
    return self();
  }

  /**
   * Allows plain {@code http} to a non-loopback host; off by default, as the credential would
   * travel in clear text.
   */
  public final B allowInsecureHttp(boolean allow) {
    return self(config.allowInsecureHttp(allow));
  }

  /**
   * Sets how long to wait for a connection (positive; default 10 s). Ignored when an {@link
   * #httpClient(HttpClient)} is given, which carries its own.
   */
  public final B connectTimeout(Duration timeout) {
    return self(config.connectTimeout(timeout));
  }

  /**
   * Sets how long one attempt may take, from sending to the whole response, headers and body
   * (positive; default 30 s); {@link RequestOptions#timeout()} overrides it per call. An attempt
   * out of time is abandoned (its connection closed) and fails with {@link ApiTimeoutException},
   * which is retried like any timeout. For a body streamed to the caller it bounds the headers;
   * each read then has {@link #streamIdleTimeout(Duration)}.
   */
  public final B requestTimeout(Duration timeout) {
    return self(config.requestTimeout(timeout));
  }

  /**
   * Uses this {@link HttpClient} instead of creating one, e.g. to share a connection pool, a proxy
   * or an executor.
   */
  public final B httpClient(HttpClient httpClient) {
    return self(config.httpClient(httpClient));
  }

  /**
   * Uses this {@link ObjectMapper} for JSON. It needs the java.time module; {@link
   * Json#newObjectMapper()} gives a configured one to start from.
   */
  public final B objectMapper(ObjectMapper objectMapper) {
    return self(config.objectMapper(objectMapper));
  }

  /** Adds a header sent on every request. */
  public final B defaultHeader(String name, String value) {
    return self(config.defaultHeader(name, value));
  }

  /**
   * Sets when failed calls are tried again (default {@link RetryPolicy#defaults()}); {@link
   * RetryPolicy#none()} disables retries. Only operations the spec marks safe are ever retried.
   */
  public final B retryPolicy(RetryPolicy policy) {
    return self(config.retryPolicy(policy));
  }

  /**
   * Sets the overall time one call may take across all its attempts (positive; default 2 min);
   * {@link RequestOptions#callTimeout()} overrides it per call.
   */
  public final B callTimeout(Duration timeout) {
    return self(config.callTimeout(timeout));
  }

  /**
   * Sets the largest response body read (positive; default 16 MiB); a larger one fails the call
   * with {@link InvalidResponseException} instead of filling the heap.
   */
  public final B maxResponseBytes(long bytes) {
    return self(config.maxResponseBytes(bytes));
  }

  /**
   * Sets how long a read of a body streamed to the caller (the {@code ...AsStream} methods) waits
   * for the next bytes (positive; default 30 s). The stream's whole duration is the caller's; a
   * read that waits longer closes the stream and fails with {@link
   * java.net.SocketTimeoutException}.
   */
  public final B streamIdleTimeout(Duration timeout) {
    return self(config.streamIdleTimeout(timeout));
  }

  /**
   * Sets the most requests this client has in flight at once (positive; default 64). Further ones
   * wait, in order, for a free slot, so thousands of concurrent asynchronous calls or waits share a
   * few connections instead of opening one each; an asynchronous call waiting for a slot holds no
   * thread. A request's timeout starts when it is sent.
   */
  public final B maxConcurrentRequests(int max) {
    return self(config.maxConcurrentRequests(max));
  }

  /**
   * Adds an {@link Interceptor}: it sees every attempt this client makes (retries, followed pages
   * and every poll of a wait included), the request before it is sent (and may replace it, to add a
   * header) and the result after, for tracing, metrics or headers of your own. Interceptors run in
   * the order added.
   */
  public final B interceptor(Interceptor interceptor) {
    return self(config.interceptor(interceptor));
  }

  /**
   * Sets where the one debug line per attempt goes (default {@code
   * System.getLogger("dev.taskclients.http")}).
   */
  public final B logger(System.Logger logger) {
    return self(config.logger(logger));
  }

  /**
   * {@return the configuration} Checks that a credential was given when the spec needs one; throws
   * IllegalStateException without a needed credential, or for a base URL that is not allowed.
   */
  protected final ClientConfig buildConfig() {
    if (credentialSetter != null && !hasCredential) {
      throw new IllegalStateException(
          clientName + " needs a credential: call " + credentialSetter + " before build()");
    }
    if (!explicitBaseUrl) {
      String url = servers.get(serverIndex);
      for (Map.Entry<String, String> variable : serverVariables.entrySet()) {
        url = url.replace("{" + variable.getKey() + "}", variable.getValue());
      }
      if (!URI.create(url).isAbsolute()) {
        throw new IllegalStateException(
            "the spec's server URL '"
                + url
                + "' is relative: call baseUrl(...) with the "
                + "absolute URL to send to, e.g. baseUrl(\"https://api.example.com"
                + (url.startsWith("/") ? "" : "/")
                + url
                + "\")");
      }
      config.baseUrl(url);
    }
    return config.operationServers(!explicitBaseUrl).build();
  }
}
