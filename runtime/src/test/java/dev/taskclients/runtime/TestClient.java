package dev.taskclients.runtime;

import dev.taskclients.runtime.support.ApiInvoker;
import java.util.List;
import java.util.Map;

/**
 * A client built the way the templates build one, cut down to what runtime tests need: its builder
 * extends {@link ClientBuilder} with one typed setter per security scheme (each filling {@code
 * credential(scheme, ...)}), and its calls go through an {@link ApiInvoker} made from the built
 * config. Runtime tests configure the runtime only through it, so no test can rely on a
 * configuration that no generated client produces.
 */
public final class TestClient {
  /** The scheme {@link Builder#apiKey} fills: an API key in the {@code x-api-key} header. */
  public static final String API_KEY = "ApiKey";

  /** The scheme {@link Builder#bearerToken} fills. */
  public static final String BEARER = "Bearer";

  private final ClientConfig config;
  private final ApiInvoker invoker;

  private TestClient(ClientConfig config) {
    this.config = config;
    this.invoker = new ApiInvoker(config);
  }

  /** {@return a builder whose calls go to {@code baseUrl}, set as a user sets it} */
  public static Builder builder(String baseUrl) {
    return new Builder("https://api.example.com").baseUrl(baseUrl);
  }

  /**
   * {@return a builder for a spec whose server is {@code specServer}, with no base URL set} So its
   * operations' own servers apply, as in a generated client used with its spec's defaults.
   */
  public static Builder forSpecServer(String specServer) {
    return new Builder(specServer);
  }

  /** {@return the configuration, as a generated client's {@code config()} returns it} */
  public ClientConfig config() {
    return config;
  }

  /** {@return what the generated calls send through} */
  public ApiInvoker invoker() {
    return invoker;
  }

  /** A builder shaped like a generated one. */
  public static final class Builder extends ClientBuilder<Builder> {
    private Builder(String specServer) {
      super("TestClient", List.of(specServer), Map.of(), null);
    }

    /** Sets scheme {@link #API_KEY}, as a generated {@code apiKey(String)} setter does. */
    public Builder apiKey(String key) {
      return credential(API_KEY, Credential.apiKeyHeader("x-api-key", key));
    }

    /** Sets scheme {@link #BEARER}, as a generated {@code bearerToken(String)} setter does. */
    public Builder bearerToken(String token) {
      return credential(BEARER, Credential.bearer(token));
    }

    /** Sets the credential of another scheme, as the generated setter of a spec naming it would. */
    public Builder scheme(String scheme, Credential credential) {
      return credential(scheme, credential);
    }

    /** {@return the client} */
    public TestClient build() {
      return new TestClient(buildConfig());
    }
  }
}
