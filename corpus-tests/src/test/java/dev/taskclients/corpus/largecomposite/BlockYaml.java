package dev.taskclients.corpus.largecomposite;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes maps, lists and scalars as block YAML, short maps and lists of scalars in flow style
 * ({@code {a: 1}}, {@code [x, y]}) when they fit in 125 columns; quotes a string only when YAML
 * would read it otherwise.
 */
final class BlockYaml {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z/][A-Za-z0-9 _.,;()'/{}+*?=!@-]*");
  private static final Pattern PLAIN_IN_FLOW = Pattern.compile("[A-Za-z/][A-Za-z0-9 _./+=-]*");
  private static final Set<String> RESERVED =
      Set.of("true", "false", "null", "yes", "no", "on", "off", "y", "n", "~");
  private static final int FLOW_WIDTH = 125;

  private BlockYaml() {}

  /**
   * Appends a map's entries, one per line.
   *
   * @param out where to write
   * @param map the entries, written in their order
   * @param indent the spaces before each key
   */
  static void map(StringBuilder out, Map<?, ?> map, int indent) {
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      out.append(" ".repeat(indent)).append(key(String.valueOf(entry.getKey()))).append(':');
      value(out, entry.getValue(), indent);
    }
  }

  /** The value after "key:" (or "-"): on the same line when a scalar or flow list, else below. */
  private static void value(StringBuilder out, Object value, int indent) {
    if (value instanceof Map<?, ?> map) {
      String flow = flow(map);
      if (flow != null && out.length() - out.lastIndexOf("\n") + flow.length() < FLOW_WIDTH) {
        out.append(' ').append(flow).append('\n');
      } else {
        out.append('\n');
        map(out, map, indent + 2);
      }
    } else if (value instanceof List<?> list) {
      String flow = flow(list);
      if (flow != null && out.length() - out.lastIndexOf("\n") + flow.length() < FLOW_WIDTH) {
        out.append(' ').append(flow).append('\n');
      } else {
        out.append('\n');
        list(out, list, indent + 2);
      }
    } else {
      out.append(' ').append(scalar(value, false)).append('\n');
    }
  }

  private static void list(StringBuilder out, List<?> list, int indent) {
    for (Object item : list) {
      String flow =
          item instanceof Map<?, ?> small && !small.containsKey("in") ? flow(small) : null;
      if (flow != null && indent + 2 + flow.length() < FLOW_WIDTH) {
        out.append(" ".repeat(indent)).append("- ").append(flow).append('\n');
      } else if (item instanceof Map<?, ?> map && !map.isEmpty()) {
        StringBuilder nested = new StringBuilder();
        map(nested, map, indent + 2);
        out.append(" ".repeat(indent)).append("- ").append(nested, indent + 2, nested.length());
      } else {
        out.append(" ".repeat(indent)).append('-');
        value(out, item, indent);
      }
    }
  }

  /**
   * A map of scalars (and lists of scalars) in flow style, or null when it holds maps or longer
   * lists.
   */
  private static String flow(Map<?, ?> map) {
    StringBuilder text = new StringBuilder("{");
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      Object value = entry.getValue();
      String item =
          value instanceof Map
              ? null
              : value instanceof List<?> list ? flow(list) : scalar(value, true);
      if (item == null) {
        return null;
      }
      text.append(text.length() == 1 ? "" : ", ")
          .append(flowKey(String.valueOf(entry.getKey())))
          .append(": ")
          .append(item);
    }
    return text.append('}').toString();
  }

  /** A list of scalars in flow style, or null when it holds containers. */
  private static String flow(List<?> list) {
    StringBuilder text = new StringBuilder("[");
    for (Object item : list) {
      if (item instanceof Map || item instanceof List) {
        return null;
      }
      text.append(text.length() == 1 ? "" : ", ").append(scalar(item, true));
    }
    return text.append(']').toString();
  }

  private static String flowKey(String key) {
    return PLAIN_IN_FLOW.matcher(key).matches() && !RESERVED.contains(key.toLowerCase(Locale.ROOT))
            || key.equals("$ref")
        ? key
        : quote(key);
  }

  private static String key(String key) {
    return PLAIN.matcher(key).matches()
                && !RESERVED.contains(key.toLowerCase(Locale.ROOT))
                && !key.endsWith(" ")
            || key.equals("$ref")
        ? key
        : quote(key);
  }

  private static String scalar(Object value, boolean inFlow) {
    if (value == null) {
      return "null";
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    String text = value.toString();
    boolean plain =
        (inFlow ? PLAIN_IN_FLOW : PLAIN).matcher(text).matches()
            && !RESERVED.contains(text.toLowerCase(Locale.ROOT))
            && !text.endsWith(" ");
    return plain ? text : quote(text);
  }

  private static String quote(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
