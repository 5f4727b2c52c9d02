package dev.taskclients.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The builder base every generated client extends. */
class ClientBuilderTest {
  /** A builder shaped like a generated one. */
  static final class DemoBuilder extends ClientBuilder<DemoBuilder> {
    DemoBuilder(String credentialSetter) {
      super("DemoClient", List.of("https://api.example.com/v1"), Map.of(), credentialSetter);
    }

    DemoBuilder apiKey(String key) {
      return credential("ApiKey", Credential.apiKeyHeader("x-api-key", key));
    }

    ClientConfig build() {
      return buildConfig();
    }
  }

  @Test
  void everySettingReachesTheConfig() {
    HttpClient http = HttpClient.newHttpClient();
    ObjectMapper mapper = Json.newObjectMapper();
    RetryPolicy retries = RetryPolicy.none();
    System.Logger logger = new RecordingLogger(new java.util.ArrayList<>());

    ClientConfig config =
        new DemoBuilder("apiKey(...)")
            .apiKey("k")
            .baseUrl("http://api.example.com/v2")
            .allowInsecureHttp(true)
            .connectTimeout(Duration.ofSeconds(3))
            .requestTimeout(Duration.ofSeconds(4))
            .callTimeout(Duration.ofSeconds(9))
            .httpClient(http)
            .objectMapper(mapper)
            .defaultHeader("X-Team", "core")
            .retryPolicy(retries)
            .maxResponseBytes(1234)
            .logger(logger)
            .build();

    assertEquals(URI.create("http://api.example.com/v2"), config.baseUrl());
    assertTrue(config.allowInsecureHttp());
    assertEquals(Duration.ofSeconds(3), config.connectTimeout());
    assertEquals(Duration.ofSeconds(4), config.requestTimeout());
    assertEquals(Duration.ofSeconds(9), config.callTimeout());
    assertSame(http, config.httpClient());
    assertSame(mapper, config.objectMapper());
    assertEquals(List.of("core"), config.defaultHeaders().get("x-team"));
    assertSame(retries, config.retryPolicy());
    assertEquals(1234, config.maxResponseBytes());
    assertSame(logger, config.logger());
    assertEquals("x-api-key", config.credentials().get("ApiKey").headerName());
  }

  @Test
  void defaultsComeFromTheSpecServer() {
    ClientConfig config =
        new DemoBuilder("apiKey(...)")
            .apiKey("k")
            .baseUrl(URI.create("https://other.example.com"))
            .build();
    assertEquals(URI.create("https://other.example.com"), config.baseUrl());
    assertEquals(URI.create("https://api.example.com/v1"), new DemoBuilder(null).build().baseUrl());
    assertEquals(ClientConfig.DEFAULT_CALL_TIMEOUT, new DemoBuilder(null).build().callTimeout());
  }

  @Test
  void aSpecWithSecurityNeedsTheCredentialFirst() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> new DemoBuilder("apiKey(...)").build());
    assertEquals("DemoClient needs a credential: call apiKey(...) before build()", e.getMessage());
  }

  @Test
  void plainHttpElsewhereIsRefusedAtBuild() {
    assertThrows(
        IllegalStateException.class,
        () -> new DemoBuilder(null).baseUrl("http://api.example.com").build());
  }
}
