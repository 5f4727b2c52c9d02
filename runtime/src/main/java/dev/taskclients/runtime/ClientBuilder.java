package dev.taskclients.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;

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
    this.config = ClientConfig.builder().baseUrl(defaultBaseUrl);
    this.clientName = clientName;
    this.credentialSetter = credentialSetter;
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
   * Sets the base URL that operation paths are appended to.
   *
   * @param baseUrl an absolute {@code https} URL ({@code http} only for a loopback host, or with
   *     {@link #allowInsecureHttp(boolean)})
   * @return this builder
   * @throws IllegalArgumentException if the URL is not absolute, or has a query, fragment or user info
   */
  public final B baseUrl(String baseUrl) {
    config.baseUrl(baseUrl);
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
    return config.build();
  }
}
