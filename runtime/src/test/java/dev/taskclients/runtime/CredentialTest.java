package dev.taskclients.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CredentialTest {
  private static final String SECRET = "sk-live-0123456789";

  @Test
  void apiKeyTravelsInItsOwnHeader() {
    Credential key = Credential.apiKeyHeader("x-api-key", SECRET);

    assertEquals("x-api-key", key.headerName());
    assertEquals(SECRET, key.headerValue());
  }

  @Test
  void bearerTokenTravelsInAuthorization() {
    Credential token = Credential.bearer(SECRET);

    assertEquals("Authorization", token.headerName());
    assertEquals("Bearer " + SECRET, token.headerValue());
  }

  @Test
  void toStringNeverShowsTheSecret() {
    assertEquals(
        "Credential[x-api-key=****]", Credential.apiKeyHeader("x-api-key", SECRET).toString());
    assertFalse(Credential.bearer(SECRET).toString().contains(SECRET));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "   ", "sk\r\nX-Injected: 1", "sk\nx", "sk\u0000x", "sk\u007fx", "sk\tx"})
  void controlCharactersAndBlanksAreRefusedWithoutEchoingTheValue(String bad) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Credential.bearer(bad));

    assertFalse(!bad.isBlank() && e.getMessage().contains(bad), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Credential.apiKeyHeader("x-api-key", bad));
  }

  @Test
  void nullAndBadHeaderNamesAreRefused() {
    assertThrows(NullPointerException.class, () -> Credential.bearer((String) null));
    assertThrows(
        IllegalArgumentException.class, () -> Credential.apiKeyHeader("x api key", SECRET));
    assertThrows(
        IllegalArgumentException.class, () -> Credential.apiKeyHeader("x-api-key:", SECRET));
  }
}
