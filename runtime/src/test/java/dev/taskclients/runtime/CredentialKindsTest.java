package dev.taskclients.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The credential kinds OpenAPI security schemes need: where each travels, its value, and that it is
 * never printed.
 */
class CredentialKindsTest {
  private static final String SECRET = "sk-kinds-0123";

  @Test
  void apiKeysTravelInAHeaderTheQueryOrACookie() {
    Credential header = Credential.apiKeyHeader("x-api-key", SECRET);
    Credential query = Credential.apiKeyQuery("api_key", SECRET);
    Credential cookie = Credential.apiKeyCookie("session", SECRET);

    assertEquals(Credential.Location.HEADER, header.location());
    assertEquals(Credential.Location.QUERY, query.location());
    assertEquals(Credential.Location.COOKIE, cookie.location());
    assertEquals("api_key", query.headerName());
    assertEquals("session", cookie.headerName());
    assertEquals(SECRET, query.headerValue());
    assertEquals(SECRET, cookie.headerValue());
    assertEquals("Credential[query api_key=****]", query.toString());
    assertEquals("Credential[cookie session=****]", cookie.toString());
  }

  @Test
  void badNamesAndKeysAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Credential.apiKeyQuery(" ", SECRET));
    assertThrows(IllegalArgumentException.class, () -> Credential.apiKeyQuery("api_key", "k\ney"));
    assertThrows(IllegalArgumentException.class, () -> Credential.apiKeyCookie("a=b", SECRET));
    assertThrows(IllegalArgumentException.class, () -> Credential.apiKeyCookie("session", "\t"));
  }

  @Test
  void aTokenSupplierIsAskedForEveryRequest() {
    Iterator<String> tokens = List.of("tok-1", "tok-2").iterator();
    Credential bearer = Credential.bearer(tokens::next);

    assertEquals(Credential.Location.HEADER, bearer.location());
    assertEquals("Authorization", bearer.headerName());
    assertEquals("Bearer tok-1", bearer.headerValue());
    assertEquals("Bearer tok-2", bearer.headerValue());
    assertThrows(NullPointerException.class, () -> Credential.bearer((Supplier<String>) null));
  }

  @Test
  void toStringNeverAsksTheSupplier() {
    Credential bearer =
        Credential.bearer(
            () -> {
              throw new AssertionError("asked");
            });

    assertEquals("Credential[Authorization=****]", bearer.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "tok\r\nX-Injected: 1", "tok\tx"})
  void anUnusableSuppliedTokenFailsThatRequestWithoutEchoingIt(String bad) {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Credential.bearer(() -> bad).headerValue());

    assertTrue(
        e.getMessage()
            .startsWith("the bearer token supplier gave an unusable value: bearer token must not"),
        e.getMessage());
    assertFalse(!bad.isBlank() && e.getMessage().contains(bad), e.getMessage());
    assertInstanceOf(IllegalArgumentException.class, e.getCause());
  }

  @Test
  void aNullSuppliedTokenFailsThatRequest() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> Credential.bearer(() -> null).headerValue());

    assertEquals(
        "the bearer token supplier gave an unusable value: bearer token must not be null",
        e.getMessage());
  }

  @Test
  void basicCredentialsAreBase64OfUserColonPassword() {
    Credential basic = Credential.basic("Aladdin", "open sesame");

    assertEquals("Authorization", basic.headerName());
    assertEquals(Credential.Location.HEADER, basic.location());
    assertEquals("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==", basic.headerValue());
    assertEquals(
        "Basic dTo=", Credential.basic("u", "").headerValue(), "an empty password is allowed");
    assertEquals("Basic Sm9zw6k6cMOkc3M=", Credential.basic("José", "päss").headerValue(), "UTF-8");
    assertEquals("Credential[Authorization=****]", basic.toString());
  }

  @Test
  void basicRefusesAColonInTheUserAndControlCharacters() {
    IllegalArgumentException colon =
        assertThrows(IllegalArgumentException.class, () -> Credential.basic("a:b", "pw"));
    assertEquals("user name must not contain ':'", colon.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Credential.basic(":user", "pw"));
    assertThrows(IllegalArgumentException.class, () -> Credential.basic("user", "p\nw"));
    assertThrows(IllegalArgumentException.class, () -> Credential.basic("user", " "));
    assertThrows(IllegalArgumentException.class, () -> Credential.basic(" ", "pw"));
    assertThrows(NullPointerException.class, () -> Credential.basic("user", null));
    assertThrows(NullPointerException.class, () -> Credential.basic(null, "pw"));
  }

  @Test
  void anAuthorizationValueIsSentWhole() {
    Credential digest = Credential.authorization("Digest username=\"u\", nonce=\"n\"");

    assertEquals("Authorization", digest.headerName());
    assertEquals(Credential.Location.HEADER, digest.location());
    assertEquals("Digest username=\"u\", nonce=\"n\"", digest.headerValue());
    assertThrows(IllegalArgumentException.class, () -> Credential.authorization("Digest\r\nx"));
  }
}
