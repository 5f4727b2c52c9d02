package dev.taskclients.runtime;

/** Encodes query parameter names and values. */
public final class QueryStrings {
  private QueryStrings() {
  }

  /**
   * Percent-encodes a query component: space as {@code %20} (not {@code +}), and {@code &},
   * {@code =}, {@code #}, {@code +} always encoded, so a value cannot add a parameter.
   *
   * @param value the name or value
   * @return the encoded component
   */
  public static String encode(String value) {
    return PathSegments.percentEncode(value);
  }
}
