package dev.taskclients.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A builder for a spec with several servers, server variables and named security schemes. */
class ClientBuilderServersTest {
  private static final List<String> SERVERS =
      List.of(
          "https://{region}.api.example.com/{version}",
          "https://sandbox.example.com/",
          "/relative/v1",
          "api/v2");

  /** A builder shaped like a generated one for such a spec. */
  static final class MultiBuilder extends ClientBuilder<MultiBuilder> {
    MultiBuilder(String credentialSetters) {
      super("MultiClient", SERVERS, Map.of("region", "eu", "version", "v1"), credentialSetters);
    }

    MultiBuilder region(String region) {
      return serverVariable("region", region, "eu", "us");
    }

    MultiBuilder version(String version) {
      return serverVariable("version", version);
    }

    MultiBuilder apiKey(String key) {
      return credential("ApiKeyAuth", Credential.apiKeyHeader("x-api-key", key));
    }

    MultiBuilder token(String token) {
      return credential("BearerAuth", Credential.bearer(token));
    }

    ClientConfig build() {
      return buildConfig();
    }
  }

  @Test
  void theFirstServerWithDefaultVariablesIsTheDefault() {
    ClientConfig config = new MultiBuilder(null).build();

    assertEquals(URI.create("https://eu.api.example.com/v1"), config.baseUrl());
    assertTrue(config.operationServers());
  }

  @Test
  void variablesAreFilledFromTheirSetters() {
    assertEquals(
        URI.create("https://us.api.example.com/v2"),
        new MultiBuilder(null).region("us").version("v2").build().baseUrl());
  }

  @Test
  void aVariableOutsideItsEnumIsRefused() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new MultiBuilder(null).region("ap"));

    assertEquals("server variable region must be one of [eu, us], was ap", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new MultiBuilder(null).version(" "));
    assertThrows(NullPointerException.class, () -> new MultiBuilder(null).version(null));
  }

  @Test
  void anotherServerCanBeChosenByIndex() {
    assertEquals(
        URI.create("https://sandbox.example.com"),
        new MultiBuilder(null).server(1).build().baseUrl());
    assertEquals(
        URI.create("https://eu.api.example.com/v1"),
        new MultiBuilder(null).server(1).server(0).build().baseUrl());
  }

  @Test
  void anIndexOutsideTheListIsRefused() {
    IllegalArgumentException high =
        assertThrows(IllegalArgumentException.class, () -> new MultiBuilder(null).server(4));
    assertEquals("server index must be in [0, 4), was 4", high.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new MultiBuilder(null).server(-1));
  }

  @Test
  void aRelativeServerNeedsABaseUrl() {
    IllegalStateException slash =
        assertThrows(IllegalStateException.class, () -> new MultiBuilder(null).server(2).build());
    assertEquals(
        "the spec's server URL '/relative/v1' is relative: call baseUrl(...) with the absolute URL to send to, "
            + "e.g. baseUrl(\"https://api.example.com/relative/v1\")",
        slash.getMessage());

    IllegalStateException bare =
        assertThrows(IllegalStateException.class, () -> new MultiBuilder(null).server(3).build());
    assertTrue(
        bare.getMessage().endsWith("e.g. baseUrl(\"https://api.example.com/api/v2\")"),
        bare.getMessage());
  }

  @Test
  void anExplicitBaseUrlWinsOverEveryServerAndTurnsOffOperationServers() {
    ClientConfig config =
        new MultiBuilder(null)
            .server(2)
            .region("us")
            .baseUrl("https://proxy.example.com/x")
            .build();

    assertEquals(URI.create("https://proxy.example.com/x"), config.baseUrl());
    assertFalse(config.operationServers());
    assertFalse(
        new MultiBuilder(null)
            .baseUrl(URI.create("https://proxy.example.com"))
            .build()
            .operationServers());
  }

  @Test
  void credentialsAreKeptPerSchemeInOrder() {
    ClientConfig config =
        new MultiBuilder("apiKey(...) or token(...)").token("t-secret").apiKey("k-secret").build();

    assertEquals(List.of("BearerAuth", "ApiKeyAuth"), List.copyOf(config.credentials().keySet()));
    assertEquals("x-api-key", config.credentials().get("ApiKeyAuth").headerName());
    assertThrows(UnsupportedOperationException.class, () -> config.credentials().clear());
    assertTrue(
        config
            .toString()
            .contains(
                "credentials={BearerAuth=Credential[Authorization=****], "
                    + "ApiKeyAuth=Credential[x-api-key=****]}"),
        config.toString());
    assertFalse(config.toString().contains("secret"), config.toString());
  }

  @Test
  void aNamedCredentialSatisfiesTheSetterHint() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> new MultiBuilder("apiKey(...)").build());
    assertEquals("MultiClient needs a credential: call apiKey(...) before build()", e.getMessage());

    assertEquals(1, new MultiBuilder("apiKey(...)").apiKey("k").build().credentials().size());
  }

  @Test
  void aCredentialMustBeGiven() {
    assertThrows(NullPointerException.class, () -> new MultiBuilder(null).apiKey(null));
    assertEquals("{}", new MultiBuilder(null).build().credentials().toString());
  }
}
