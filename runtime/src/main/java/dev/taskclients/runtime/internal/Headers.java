package dev.taskclients.runtime.internal;

import java.net.http.HttpHeaders;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Header maps as requests, responses and exceptions hold them: case-insensitive and unmodifiable.
 */
public final class Headers {
  private static final Map<String, List<String>> EMPTY = new Frozen(Collections.emptyMap());

  private Headers() {}

  /**
   * {@return an unmodifiable, case-insensitive copy of the headers, their value lists copied too} A
   * map this class made is returned as it is: it cannot change, so a copy would only cost time on
   * every call.
   */
  public static Map<String, List<String>> copy(Map<String, List<String>> headers) {
    if (headers instanceof Frozen) {
      return headers;
    }
    if (headers.isEmpty()) {
      return EMPTY;
    }
    Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    return new Frozen(Collections.unmodifiableMap(copy));
  }

  /**
   * {@return a response's headers without copying them} {@link HttpHeaders#map()} is already
   * unmodifiable, its lists too, and looked up case-insensitively.
   */
  public static Map<String, List<String>> of(HttpHeaders headers) {
    return new Frozen(headers.map());
  }

  /**
   * {@return the first value of a header, or null} Unlike {@link HttpHeaders#firstValue}, without a
   * stream.
   */
  public static String first(HttpHeaders headers, String name) {
    List<String> values = headers.map().get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /** An unmodifiable, case-insensitive map, marked so that {@link #copy} need not copy it again. */
  private static final class Frozen extends AbstractMap<String, List<String>> {
    private final Map<String, List<String>> map;

    Frozen(Map<String, List<String>> map) {
      this.map = map;
    }

    @Override
    public Set<Entry<String, List<String>>> entrySet() {
      return map.entrySet();
    }

    @Override
    public List<String> get(Object name) {
      return map.get(name);
    }

    @Override
    public boolean containsKey(Object name) {
      return map.containsKey(name);
    }

    @Override
    public int size() {
      return map.size();
    }
  }
}
