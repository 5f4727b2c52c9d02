package dev.taskclients.runtime.internal;

import java.time.Duration;

/** Checks arguments early, with messages that name the argument and never echo a secret. */
public final class Arguments {
  private Arguments() {}

  /**
   * Refuses null, blank, or a control character (CR and LF would split the header); {@code what}
   * names it.
   */
  public static String check(String value, String what) {
    if (value == null) {
      throw new NullPointerException(what + " must not be null");
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) && c != '\t') {
        throw new IllegalArgumentException(
            what + " must not contain control characters (found one at index " + i + ")");
      }
    }
    return value;
  }

  /**
   * A secret is stricter than a header value: no control character at all, a tab included, since an
   * API key or token never holds one and one there means a paste or injection gone wrong.
   */
  public static String checkSecret(String value, String what) {
    check(value, what);
    if (value.indexOf('\t') >= 0) {
      throw new IllegalArgumentException(
          what + " must not contain control characters (found a tab)");
    }
    return value;
  }

  /** Header names are tokens: visible ASCII without separators. */
  public static String checkName(String name) {
    check(name, "header name");
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c <= ' ' || c >= 127 || "\"(),/:;<=>?@[\\]{}".indexOf(c) >= 0) {
        throw new IllegalArgumentException(
            "header name '" + name + "' holds a character not allowed in a header name");
      }
    }
    return name;
  }

  /** Timeouts and delays must be positive. */
  public static Duration requirePositive(Duration duration, String what) {
    if (duration == null) {
      throw new NullPointerException(what + " must not be null");
    }
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(what + " must be positive, was " + duration);
    }
    return duration;
  }
}
