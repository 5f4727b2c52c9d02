package dev.taskclients.runtime;

import dev.taskclients.runtime.internal.Arguments;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A secret sent with each request: an API key (in a header, the query or a cookie), a bearer token
 * (fixed, or asked of a supplier for every request, as OAuth 2 and OpenID Connect tokens are), HTTP
 * basic credentials, or a whole {@code Authorization} value. Its value is never printed: {@link
 * #toString()} and every exception message redact it. The factories throw IllegalArgumentException
 * for a blank argument or one holding a control character.
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

  /**
   * A fixed credential's whole value, built once, not per request; null when {@code secret} is
   * asked.
   */
  private final String fixedValue;

  private Credential(
      Location location,
      String name,
      String prefix,
      Supplier<String> secret,
      String what,
      String fixedValue) {
    this.location = location;
    this.name = name;
    this.prefix = prefix;
    this.secret = secret;
    this.what = what;
    this.fixedValue = fixedValue;
  }

  private static Credential fixed(
      Location location, String name, String prefix, String secret, String what) {
    String checked = Arguments.checkSecret(secret, what);
    return new Credential(location, name, prefix, null, what, prefix + checked);
  }

  /** {@return a key sent as is in its own header, e.g. {@code x-api-key: <key>}} */
  public static Credential apiKeyHeader(String headerName, String key) {
    return fixed(Location.HEADER, Arguments.checkName(headerName), "", key, "API key");
  }

  /** {@return a key sent as a query parameter, e.g. {@code ?api_key=<key>}} */
  public static Credential apiKeyQuery(String parameterName, String key) {
    return fixed(
        Location.QUERY, Arguments.check(parameterName, "query parameter name"), "", key, "API key");
  }

  /** {@return a key sent as a cookie, e.g. {@code Cookie: session=<key>}} */
  public static Credential apiKeyCookie(String cookieName, String key) {
    return fixed(Location.COOKIE, Arguments.checkName(cookieName), "", key, "API key");
  }

  /** {@return a token sent as {@code Authorization: Bearer <token>}} */
  public static Credential bearer(String token) {
    return fixed(Location.HEADER, "Authorization", "Bearer ", token, "bearer token");
  }

  /**
   * {@return a token asked of {@code tokens} for every request and sent as {@code Authorization:
   * Bearer <token>}} For OAuth 2 and OpenID Connect, where the caller's token source refreshes
   * tokens as they expire; a blank token or one with a control character fails that request.
   */
  public static Credential bearer(Supplier<String> tokens) {
    Objects.requireNonNull(tokens, "tokens");
    return new Credential(
        Location.HEADER, "Authorization", "Bearer ", tokens, "bearer token", null);
  }

  /**
   * {@return HTTP basic credentials, sent as {@code Authorization: Basic base64(user:password)}}
   * The password may be empty; a user name holding a colon throws IllegalArgumentException.
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
    String encoded =
        Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return fixed(Location.HEADER, "Authorization", "Basic ", encoded, "basic credentials");
  }

  /**
   * {@return a whole {@code Authorization} value, e.g. {@code Digest ...}, for schemes other than
   * basic and bearer}
   */
  public static Credential authorization(String value) {
    return fixed(Location.HEADER, "Authorization", "", value, "authorization value");
  }

  /** {@return where the secret travels} */
  public Location location() {
    return location;
  }

  /** {@return the name of the header, query parameter or cookie the secret travels in} */
  public String headerName() {
    return name;
  }

  /**
   * {@return the value to send now, secret included (a supplier is asked again)} Only the transport
   * should call this. Throws IllegalStateException if a supplier gives a blank value or one with a
   * control character.
   */
  public String headerValue() {
    if (fixedValue != null) {
      return fixedValue;
    }
    String value = secret.get();
    try {
      return prefix + Arguments.checkSecret(value, what);
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "the " + what + " supplier gave an unusable value: " + e.getMessage(), e);
    }
  }

  /** Names where the secret goes, never the secret. */
  @Override
  public String toString() {
    return "Credential["
        + (location == Location.HEADER ? "" : location.name().toLowerCase(Locale.ROOT) + " ")
        + name
        + "=****]";
  }
}
