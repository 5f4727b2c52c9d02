package dev.taskclients.codegen.view;

/** The credential a security scheme asks for, which decides its builder setter. */
public enum CredentialKind {
  /** An API key in a header. */
  API_KEY_HEADER,
  /** An API key in the query. */
  API_KEY_QUERY,
  /** An API key in a cookie. */
  API_KEY_COOKIE,
  /** An HTTP bearer token. */
  BEARER,
  /** HTTP basic credentials: a user name and a password. */
  BASIC,
  /** An OAuth 2 or OpenID Connect access token, sent as a bearer token. */
  ACCESS_TOKEN,
  /** Any other HTTP scheme: the whole {@code Authorization} value. */
  AUTHORIZATION
}
