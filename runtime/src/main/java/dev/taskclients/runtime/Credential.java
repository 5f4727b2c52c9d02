package dev.taskclients.runtime;

import dev.taskclients.runtime.internal.Arguments;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A secret sent with each request: an API key (in a header, the query or a cookie), a bearer token
 * (fixed, or asked of a supplier for every request, as OAuth 2 and OpenID Connect tokens are), HTTP
 * basic credentials, or a whole {@code Authorization} value. Its value is never printed:
 * {@link #toString()} and every exception message redact it.
 */
public final class Credential {
  /** Where the secret travels. */
  public enum Location {
    /** A request header. */
    HEADER,
    /** A query parameter. */
    QUERY,
    /** A cookie. */
    COOKIE
  }

  private final Location location;
  private final String name;
  private final String prefix;
  private final Supplier<String> secret;
  private final String what;

  private Credential(Location location, String name, String prefix, Supplier<String> secret, String what) {
    this.location = location;
    this.name = name;
    this.prefix = prefix;
    this.secret = secret;
    this.what = what;
  }

  private static Credential fixed(Location location, String name, String prefix, String secret, String what) {
    String checked = Arguments.checkSecret(secret, what);
    return new Credential(location, name, prefix, () -> checked, what);
  }

  /**
   * A key sent as is in its own header, e.g. {@code x-api-key: <key>}.
   *
   * @param headerName the header's name
   * @param key the key
   * @return the credential
   * @throws IllegalArgumentException if either is blank or holds a control character
   */
  public static Credential apiKeyHeader(String headerName, String key) {
    return fixed(Location.HEADER, Arguments.checkName(headerName), "", key, "API key");
  }

  /**
   * A key sent as a query parameter, e.g. {@code ?api_key=<key>}.
   *
   * @param parameterName the parameter's name
   * @param key the key
   * @return the credential
   * @throws IllegalArgumentException if either is blank or holds a control character
   */
  public static Credential apiKeyQuery(String parameterName, String key) {
    return fixed(Location.QUERY, Arguments.check(parameterName, "query parameter name"), "", key, "API key");
  }

  /**
   * A key sent as a cookie, e.g. {@code Cookie: session=<key>}.
   *
   * @param cookieName the cookie's name
   * @param key the key
   * @return the credential
   * @throws IllegalArgumentException if either is blank or holds a control character
   */
  public static Credential apiKeyCookie(String cookieName, String key) {
    return fixed(Location.COOKIE, Arguments.checkName(cookieName), "", key, "API key");
  }

  /**
   * A token sent as {@code Authorization: Bearer <token>}.
   *
   * @param token the token
   * @return the credential
   * @throws IllegalArgumentException if it is blank or holds a control character
   */
  public static Credential bearer(String token) {
    return fixed(Location.HEADER, "Authorization", "Bearer ", token, "bearer token");
  }

  /**
   * A token asked of {@code tokens} for every request and sent as {@code Authorization: Bearer <token>}:
   * for OAuth 2 and OpenID Connect, where the caller's token source refreshes tokens as they expire.
   *
   * @param tokens supplies a current token; a blank one or one with a control character fails that request
   * @return the credential
   */
  public static Credential bearer(Supplier<String> tokens) {
    Objects.requireNonNull(tokens, "tokens");
    return new Credential(Location.HEADER, "Authorization", "Bearer ", tokens, "bearer token");
  }

  /**
   * HTTP basic credentials, sent as {@code Authorization: Basic base64(user:password)}.
   *
   * @param username the user name, without a colon
   * @param password the password
   * @return the credential
   * @throws IllegalArgumentException if the user name holds a colon, or either holds a control character
   */
  public static Credential basic(String username, String password) {
    Arguments.checkSecret(username, "user name");
    Objects.requireNonNull(password, "password must not be null");
    if (username.indexOf(':') >= 0) {
      throw new IllegalArgumentException("user name must not contain ':'");
    }
    if (!password.isEmpty()) {
      Arguments.checkSecret(password, "password");
    }
    String encoded = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Credential(Location.HEADER, "Authorization", "Basic ", () -> encoded, "basic credentials");
  }

  /**
   * A whole {@code Authorization} header value, for HTTP schemes other than basic and bearer.
   *
   * @param value the value, e.g. {@code Digest ...}
   * @return the credential
   * @throws IllegalArgumentException if it is blank or holds a control character
   */
  public static Credential authorization(String value) {
    return fixed(Location.HEADER, "Authorization", "", value, "authorization value");
  }

  /** @return where the secret travels */
  public Location location() {
    return location;
  }

  /**
   * Returns the header, query parameter or cookie the secret travels in.
   *
   * @return the name
   */
  public String headerName() {
    return name;
  }

  /**
   * Returns the value to send now, secret included (a supplier is asked again). Only the transport
   * should call this.
   *
   * @return the value
   * @throws IllegalStateException if a supplier gives a blank value or one with a control character
   */
  public String headerValue() {
    String value = secret.get();
    try {
      return prefix + Arguments.checkSecret(value, what);
    } catch (RuntimeException e) {
      throw new IllegalStateException("the " + what + " supplier gave an unusable value: " + e.getMessage(), e);
    }
  }

  /** Names where the secret goes, never the secret. */
  @Override
  public String toString() {
    return "Credential[" + (location == Location.HEADER ? "" : location.name().toLowerCase(java.util.Locale.ROOT) + " ")
        + name + "=****]";
  }
}
