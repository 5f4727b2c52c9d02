package dev.taskclients.runtime.internal;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Header maps as requests, responses and exceptions hold them: case-insensitive and unmodifiable. */
public final class Headers {
  private Headers() {
  }

  /** {@return an unmodifiable, case-insensitive copy of the headers, their value lists copied too} */
  public static Map<String, List<String>> copy(Map<String, List<String>> headers) {
    Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    return Collections.unmodifiableMap(copy);
  }
}
