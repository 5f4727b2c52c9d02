package dev.taskclients.corpus.largecomposite;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ordered maps and lists, with one-letter names because the spec is written as nested calls: the
 * spec's keys come out in the order they are written, so the same program always writes the same
 * bytes.
 */
final class OrderedMaps {
  private OrderedMaps() {}

  /** An ordered map from key, value pairs; a null value is a YAML null (as examples need). */
  static Map<String, Object> m(Object... kv) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      map.put((String) kv[i], kv[i + 1]);
    }
    return map;
  }

  /**
   * An ordered map from key, value pairs, leaving out the pairs whose value is null (optional
   * keys).
   */
  static Map<String, Object> mo(Object... kv) {
    Map<String, Object> map = m(kv);
    map.values().removeIf(value -> value == null);
    return map;
  }

  /** A mutable list of the items, in order. */
  static List<Object> l(Object... items) {
    return new ArrayList<>(Arrays.asList(items));
  }
}
