package dev.taskclients.benchmarks.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns JMH's JSON results ({@code -rf json}) into the headline tables: every score with its error bar (JMH's 99.9 %
 * confidence interval), and ratios from the same run: ours/stock, ours/plain records, ours/readTree for parse and
 * write, ours/stock and ours/raw for calls. A ratio's range in brackets is what the error bars allow (lowest and
 * highest ratio). Allocation per operation comes from {@code -prof gc} when it ran.
 */
public final class Report {
  private static final String JSON = "dev.taskclients.benchmarks.jmh.JsonBenchmark.";
  private static final String CALL = "dev.taskclients.benchmarks.jmh.CallBenchmark.";
  private static final String[] VARIANTS = {"Ours", "Stock", "Plain", "Tree"};
  /** The confidence level of every error bar: JMH's own. */
  static final double CONFIDENCE = 0.999;

  /** One score: value, error (NaN when JMH had too few samples) and unit. */
  private record Score(double value, double error, String unit) {
    String text() {
      return Double.isNaN(error) ? number(value) : number(value) + " ± " + number(error);
    }
  }

  private final Map<String, Score> time = new HashMap<>();
  private final Map<String, Score> alloc = new HashMap<>();

  private Report() {
  }

  /**
   * Prints the tables as Markdown.
   *
   * @param args the JMH JSON results file, then optionally the {@link Comparison} lines
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Report report = new Report();
    for (JsonNode run : new ObjectMapper().readTree(new File(args[0]))) {
      String key = run.path("benchmark").asText() + "|" + run.path("params").path("payload").asText("");
      report.time.put(key, score(run.path("primaryMetric")));
      JsonNode norm = run.path("secondaryMetrics").path("gc.alloc.rate.norm");
      if (!norm.isMissingNode()) {
        report.alloc.put(key, score(norm));
      }
    }
    System.out.print(report.markdown());
    if (args.length > 1) {
      String table = Comparison.table(Path.of(args[1]));
      if (!table.isEmpty()) {
        System.out.print("\n### The ratios: contenders interleaved in one JVM (Comparison)\n\n" + table
            + "\nMean over all rounds of all forks ± 99.9 % confidence half-width; each ratio is the mean of the "
            + "per-round ratios (neighbouring slices), with its 99.9 % interval in brackets.\n");
      }
    }
  }

  private static Score score(JsonNode metric) {
    double error = metric.path("scoreError").asDouble(Double.NaN);
    return new Score(metric.path("score").asDouble(), error, metric.path("scoreUnit").asText());
  }

  private String markdown() {
    StringBuilder out = new StringBuilder();
    if (time.keySet().stream().anyMatch(k -> k.startsWith(JSON))) {
      json(out);
    }
    if (time.keySet().stream().anyMatch(k -> k.startsWith(CALL))) {
      out.append(out.length() == 0 ? "" : "\n").append("### beatra getTask over loopback\n\n")
          .append("| measure | ours | stock | raw java.net.http + Jackson | ours/stock | ours/raw |\n")
          .append("|---|---:|---:|---:|---:|---:|\n");
      call(time, out, "latency", "sequential call, µs/call (lower is better)");
      call(time, out, "throughput", "8 threads, calls/s (higher is better)");
      call(alloc, out, "latency",
          "sequential call, bytes allocated/call (whole JVM: server and HTTP threads too)");
    }
    out.append("\nScores are JMH's mean ± 99.9 % confidence half-width; a ratio's brackets span what those error "
        + "bars allow ([?]: an error bar wider than its score, so no range).\n");
    return out.toString();
  }

  private void json(StringBuilder out) {
    out.append("### Parse and write, µs/op (lower is better)\n\n")
        .append("| payload | op | ours | stock | plain records | readTree | ours/stock | ours/plain "
            + "| ours/readTree |\n")
        .append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Payload payload : Payload.values()) {
      for (String op : new String[] {"parse", "write"}) {
        Score[] s = new Score[VARIANTS.length];
        for (int i = 0; i < VARIANTS.length; i++) {
          s[i] = time.get(JSON + op + VARIANTS[i] + "|" + payload.name());
        }
        if (s[0] == null) {
          continue;
        }
        out.append("| ").append(payload.resource()).append(" | ").append(op);
        for (Score v : s) {
          out.append(" | ").append(v == null ? "–" : v.text());
        }
        out.append(" | ").append(ratio(s[0], s[1])).append(" | ").append(ratio(s[0], s[2])).append(" | ")
            .append(ratio(s[0], s[3])).append(" |\n");
      }
    }
    if (!alloc.isEmpty()) {
      out.append("\n### Allocation, bytes/op (-prof gc)\n\n")
          .append("| payload | op | ours | stock | plain records | readTree | ours/stock |\n")
          .append("|---|---|---:|---:|---:|---:|---:|\n");
      for (Payload payload : Payload.values()) {
        for (String op : new String[] {"parse", "write"}) {
          Score[] s = new Score[VARIANTS.length];
          for (int i = 0; i < VARIANTS.length; i++) {
            s[i] = alloc.get(JSON + op + VARIANTS[i] + "|" + payload.name());
          }
          if (s[0] == null) {
            continue;
          }
          out.append("| ").append(payload.resource()).append(" | ").append(op);
          for (Score v : s) {
            out.append(" | ").append(v == null ? "–" : number(v.value()));
          }
          String ratio = s[1] == null ? "–" : String.format(Locale.ROOT, "%.2f", s[0].value() / s[1].value());
          out.append(" | ").append(ratio).append(" |\n");
        }
      }
    }
  }

  private static void call(Map<String, Score> scores, StringBuilder out, String kind, String label) {
    Score ours = scores.get(CALL + kind + "Ours|");
    Score stock = scores.get(CALL + kind + "Stock|");
    Score raw = scores.get(CALL + kind + "Raw|");
    if (ours == null) {
      return;
    }
    out.append("| ").append(label).append(" | ").append(ours.text()).append(" | ")
        .append(stock == null ? "–" : stock.text()).append(" | ").append(raw == null ? "–" : raw.text())
        .append(" | ").append(ratio(ours, stock)).append(" | ").append(ratio(ours, raw)).append(" |\n");
  }

  private static String ratio(Score a, Score b) {
    if (a == null || b == null) {
      return "–";
    }
    String r = String.format(Locale.ROOT, "%.2f", a.value() / b.value());
    if (Double.isNaN(a.error()) || Double.isNaN(b.error())) {
      return r;
    }
    if (a.value() - a.error() <= 0 || b.value() - b.error() <= 0) {
      return r + " [?]";
    }
    double lo = (a.value() - a.error()) / (b.value() + b.error());
    double hi = (a.value() + a.error()) / (b.value() - b.error());
    return String.format(Locale.ROOT, "%s [%.2f–%.2f]", r, lo, hi);
  }

  static String number(double v) {
    if (v >= 1000) {
      return String.format(Locale.ROOT, "%,.0f", v);
    }
    if (v >= 100) {
      return String.format(Locale.ROOT, "%.0f", v);
    }
    return v >= 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.2f", v);
  }
}
