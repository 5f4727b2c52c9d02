package dev.taskclients.runtime;

import dev.taskclients.runtime.internal.Arguments;
import com.fasterxml.jackson.databind.ObjectMapper;
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
   * Starts a builder.
   *
   * @param clientName the client's class name, for error messages
   * @param defaultBaseUrl the spec's server URL
   * @param credentialSetter the setter that supplies the credential, e.g. {@code apiKey(...)}, or
   *     {@code null} when the spec needs none
   */
  protected ClientBuilder(String clientName, String defaultBaseUrl, String credentialSetter) {
    this(clientName, List.of(defaultBaseUrl), Map.of(), credentialSetter);
  }

  /**
   * Starts a builder for a spec with several servers or server variables.
   *
   * @param clientName the client's class name, for error messages
   * @param servers the spec's server URLs, the default first; {@code {name}} marks a variable
   * @param variableDefaults each server variable's default value
   * @param credentialSetter the setters that supply a credential, e.g. {@code apiKey(...)}, when every
   *     operation needs one; {@code null} when some need none
   */
  protected ClientBuilder(String clientName, List<String> servers, Map<String, String> variableDefaults,
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
   * Sets the credential; generated builders call this from their own typed setter.
   *
   * @param credential the credential
   * @return this builder
   */
  protected final B credential(Credential credential) {
    config.credential(credential);
    hasCredential = true;
    return self();
  }

  /**
   * Sets the credential of one of the spec's security schemes; generated builders call this from
   * their own typed setter.
   *
   * @param scheme the scheme's name in the spec
   * @param credential the credential
   * @return this builder
   */
  protected final B credential(String scheme, Credential credential) {
    config.credential(scheme, credential);
    hasCredential = true;
    return self();
  }

  /**
   * Sets a server variable; generated builders call this from a setter named after the variable.
   *
   * @param name the variable
   * @param value its value
   * @param allowed the values the spec allows, or none when any is allowed
   * @return this builder
   * @throws IllegalArgumentException if the value is not one the spec allows
   */
  protected final B serverVariable(String name, String value, String... allowed) {
    Arguments.check(value, "server variable " + name);
    if (allowed.length > 0 && !List.of(allowed).contains(value)) {
      throw new IllegalArgumentException("server variable " + name + " must be one of " + List.of(allowed) + ", was " + value);
    }
    serverVariables.put(name, value);
    return self();
  }

  /**
   * Chooses one of the servers the spec lists (default 0, the first); its variables are filled from
   * the variable setters, else their defaults. {@link #baseUrl(String)} overrides every server.
   *
   * @param index the server's position in the spec
   * @return this builder
   * @throws IllegalArgumentException if the spec lists no such server
   */
  public final B server(int index) {
    if (index < 0 || index >= servers.size()) {
      throw new IllegalArgumentException("server index must be in [0, " + servers.size() + "), was " + index);
    }
    serverIndex = index;
    return self();
  }

  /**
   * Sets the base URL that operation paths are appended to.
   *
   * @param baseUrl an absolute {@code https} URL ({@code http} only for a loopback host, or with
   *     {@link #allowInsecureHttp(boolean)})
   * @return this builder
   * @throws IllegalArgumentException if the URL is not absolute, or has a query, fragment or user info
   */
  public final B baseUrl(String baseUrl) {
    config.baseUrl(baseUrl);
    explicitBaseUrl = true;
    return self();
  }

  /**
   * Sets the base URL that operation paths are appended to.
   *
   * @param baseUrl an absolute {@code https} URL
   * @return this builder
   * @throws IllegalArgumentException if the URL is not absolute, or has a query, fragment or user info
   */
  public final B baseUrl(URI baseUrl) {
    config.baseUrl(baseUrl);
    explicitBaseUrl = true;
    return self();
  }

  /**
   * Allows a plain {@code http} base URL on a non-loopback host. Off by default, because the
   * credential would travel in clear text.
   *
   * @param allow whether to allow it
   * @return this builder
   */
  public final B allowInsecureHttp(boolean allow) {
    config.allowInsecureHttp(allow);
    return self();
  }

  /**
   * Sets how long to wait for a connection (default 10 s). Ignored when an
   * {@link #httpClient(HttpClient)} is given, which carries its own.
   *
   * @param timeout a positive duration
   * @return this builder
   */
  public final B connectTimeout(Duration timeout) {
    config.connectTimeout(timeout);
    return self();
  }

  /**
   * Sets how long one request may take, from sending to the whole response (default 30 s);
   * {@link RequestOptions#timeout()} overrides it per call.
   *
   * @param timeout a positive duration
   * @return this builder
   */
  public final B requestTimeout(Duration timeout) {
    config.requestTimeout(timeout);
    return self();
  }

  /**
   * Uses this {@link HttpClient} instead of creating one, e.g. to share a connection pool, a proxy
   * or an executor.
   *
   * @param httpClient the client
   * @return this builder
   */
  public final B httpClient(HttpClient httpClient) {
    config.httpClient(httpClient);
    return self();
  }

  /**
   * Uses this {@link ObjectMapper} for JSON. It needs the java.time module;
   * {@link Json#newObjectMapper()} gives a configured one to start from.
   *
   * @param objectMapper the mapper
   * @return this builder
   */
  public final B objectMapper(ObjectMapper objectMapper) {
    config.objectMapper(objectMapper);
    return self();
  }

  /**
   * Adds a header sent on every request.
   *
   * @param name the header name
   * @param value the header value
   * @return this builder
   */
  public final B defaultHeader(String name, String value) {
    config.defaultHeader(name, value);
    return self();
  }

  /**
   * Sets when failed calls are tried again; {@link RetryPolicy#none()} disables retries. Only
   * operations the spec marks safe are ever retried.
   *
   * @param policy the policy (default {@link RetryPolicy#defaults()})
   * @return this builder
   */
  public final B retryPolicy(RetryPolicy policy) {
    config.retryPolicy(policy);
    return self();
  }

  /**
   * Sets the overall time one call may take across all its attempts (default 2 min);
   * {@link RequestOptions#callTimeout()} overrides it per call.
   *
   * @param timeout a positive duration
   * @return this builder
   */
  public final B callTimeout(Duration timeout) {
    config.callTimeout(timeout);
    return self();
  }

  /**
   * Sets the largest response body read (default 16 MiB); a larger one fails the call with
   * {@link InvalidResponseException} instead of filling the heap.
   *
   * @param bytes a positive size
   * @return this builder
   */
  public final B maxResponseBytes(long bytes) {
    config.maxResponseBytes(bytes);
    return self();
  }

  /**
   * Sets where the one debug line per attempt goes (default {@code System.getLogger("dev.taskclients.http")}).
   *
   * @param logger the logger
   * @return this builder
   */
  public final B logger(System.Logger logger) {
    config.logger(logger);
    return self();
  }

  /**
   * Checks that a credential was given, when the spec needs one, and builds the configuration.
   *
   * @return the configuration
   * @throws IllegalStateException without a needed credential, or for a base URL not allowed
   */
  protected final ClientConfig buildConfig() {
    if (credentialSetter != null && !hasCredential) {
      throw new IllegalStateException(clientName + " needs a credential: call " + credentialSetter + " before build()");
    }
    if (!explicitBaseUrl) {
      String url = servers.get(serverIndex);
      for (Map.Entry<String, String> variable : serverVariables.entrySet()) {
        url = url.replace("{" + variable.getKey() + "}", variable.getValue());
      }
      if (!URI.create(url).isAbsolute()) {
        throw new IllegalStateException("the spec's server URL '" + url + "' is relative: call baseUrl(...) with the "
            + "absolute URL to send to, e.g. baseUrl(\"https://api.example.com" + (url.startsWith("/") ? "" : "/") + url + "\")");
      }
      config.baseUrl(url);
    }
    return config.operationServers(!explicitBaseUrl).build();
  }
}
