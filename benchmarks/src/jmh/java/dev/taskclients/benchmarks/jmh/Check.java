package dev.taskclients.benchmarks.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Runs every benchmark method once, outside JMH, and checks what it produced, so that no benchmark ever measures a
 * broken parse, an empty write or a failed call. {@code scripts/benchmark.sh} runs it before measuring (and alone with
 * {@code --check}); exit status 1 and one line per failure if anything is wrong.
 *
 * <ul>
 *   <li>Each parse returns a model equal to the one parsed in setup, and that model written back gives the recorded
 *       JSON tree: exactly for our models (they are lossless), after dropping null members for the stock models and
 *       the records (they do not keep an explicit null apart from an absent field). The tree parse equals the tree.
 *   <li>Each write gives bytes that read back as the recorded tree, under the same rule.
 *   <li>Each call returns a task equal to what that client's own parser makes of the served payload.
 * </ul>
 */
public final class Check {
  private static final ObjectMapper TREES = new ObjectMapper();
  /** Numbers compare by value: 100 and 100.0, 0 and 0L are the same JSON number. */
  private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue());
    }
    return a.equals(b) ? 0 : 1;
  };

  private final List<String> failures = new ArrayList<>();
  private int checks;

  private Check() {
  }

  /**
   * Runs the checks.
   *
   * @param args none
   * @throws Exception if a benchmark method throws
   */
  public static void main(String[] args) throws Exception {
    Check check = new Check();
    for (Payload payload : Payload.values()) {
      check.json(payload);
    }
    check.calls();
    if (!check.failures.isEmpty()) {
      check.failures.forEach(f -> System.err.println("CHECK FAILED: " + f));
      System.exit(1);
    }
    System.out.println("check: " + check.checks + " results of every benchmark method are right");
  }

  private void json(Payload payload) throws Exception {
    JsonBenchmark b = new JsonBenchmark();
    b.payload = payload;
    b.setUp();
    JsonNode recorded = TREES.readTree(b.json);
    String name = payload.name();

    same(name + " parseOurs", b.parseOurs(), b.oursModel);
    same(name + " parseStock", b.parseStock(), b.stockModel);
    same(name + " parsePlain", b.parsePlain(), b.plainModel);
    same(name + " parseTree", b.parseTree(), recorded);
    tree(name + " parseOurs written back", recorded, TREES.readTree(b.oursWriter.writeValueAsBytes(b.parseOurs())),
        true);
    tree(name + " parseStock written back", recorded, TREES.readTree(b.stockWriter.writeValueAsBytes(b.parseStock())),
        false);
    tree(name + " parsePlain written back", recorded, TREES.readTree(b.plainWriter.writeValueAsBytes(b.parsePlain())),
        false);

    tree(name + " writeOurs", recorded, TREES.readTree(b.writeOurs()), true);
    tree(name + " writeStock", recorded, TREES.readTree(b.writeStock()), false);
    tree(name + " writePlain", recorded, TREES.readTree(b.writePlain()), false);
    tree(name + " writeTree", recorded, TREES.readTree(b.writeTree()), true);
  }

  private void calls() throws Exception {
    byte[] served = Payload.BEATRA_TASK.bytes();
    Object ours = Payload.BEATRA_TASK.oursMapper().readValue(served, Payload.BEATRA_TASK.oursType());
    Object stock = Payload.BEATRA_TASK.newStockMapper().readValue(served, Payload.BEATRA_TASK.stockType());
    Object plain = Plain.newMapper().readValue(served, Payload.BEATRA_TASK.plainType());
    CallBenchmark b = new CallBenchmark();
    b.start();
    try {
      same("latencyOurs", b.latencyOurs(), ours);
      same("latencyStock", b.latencyStock(), stock);
      same("latencyRaw", b.latencyRaw(), plain);
      same("throughputOurs", b.throughputOurs(), ours);
      same("throughputStock", b.throughputStock(), stock);
      same("throughputRaw", b.throughputRaw(), plain);
    } finally {
      b.stop();
    }
  }

  private void same(String what, Object actual, Object expected) {
    checks++;
    if (actual == null || !Objects.equals(actual, expected)) {
      failures.add(what + ": got " + actual + ", expected " + expected);
    }
  }

  private void tree(String what, JsonNode recorded, JsonNode actual, boolean exact) {
    checks++;
    JsonNode want = exact ? recorded : withoutNulls(recorded);
    JsonNode got = exact ? actual : withoutNulls(actual);
    if (!want.equals(NUMBERS_BY_VALUE, got)) {
      failures.add(what + (exact ? "" : " (null members ignored)") + ": JSON differs from the recorded payload\n"
          + "  recorded: " + want + "\n  got:      " + got);
    }
  }

  private static JsonNode withoutNulls(JsonNode node) {
    JsonNode copy = node.deepCopy();
    strip(copy);
    return copy;
  }

  private static void strip(JsonNode node) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = ((ObjectNode) node).fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (field.getValue().isNull()) {
          fields.remove();
        } else {
          strip(field.getValue());
        }
      }
    } else if (node.isArray()) {
      node.forEach(Check::strip);
    }
  }
}
