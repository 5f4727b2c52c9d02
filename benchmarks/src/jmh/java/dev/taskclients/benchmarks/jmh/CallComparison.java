package dev.taskclients.benchmarks.jmh;

import dev.taskclients.beatra.BeatraClient;
import dev.taskclients.benchmarks.stock.beatra.api.TasksApi;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.openjdk.jmh.util.ListStatistics;

/**
 * beatra's {@code getTask} over loopback, our client against the stock client and raw {@code java.net.http} +
 * Jackson, measured in interleaved rounds inside one JVM: the paired design that the call ratios need.
 *
 * <p>Why beside {@link CallBenchmark}: JMH runs each benchmark in forks of its own, one after the other. A loopback
 * call on 2 cores moves by 10–15 % from fork to fork (thread placement, JIT decisions) and with the machine's drift
 * over minutes, far more than the 5 % the issue asks us to resolve. Here the three clients share one warmed JVM and
 * one server and take turns in short slices, in a fresh random order every round, so drift and fork effects hit all
 * three alike; each round gives one ratio (ours/raw, ours/stock) of neighbouring slices, and the spread of those
 * ratios is the error bar. {@code scripts/benchmark.sh} runs it in two JVMs (forks) per mode.
 *
 * <p>Usage: {@code CallComparison <latency|throughput> <fork> <warm-up s> <rounds> <slice ms> <out.tsv>}; appends one
 * line per slice, {@code mode fork round client calls nanos}, read by {@link Report}.
 */
public final class CallComparison {
  /** The clients compared, in the order the tables list them. */
  enum Contender { OURS, STOCK, RAW }

  /** Threads sharing one client in throughput mode, as in {@link CallBenchmark}. */
  static final int THREADS = 8;

  private final List<Callable<Object>> calls = new ArrayList<>();
  private final boolean throughput;
  private final ExecutorService workers;
  /** Every result's hash, so no call's result is unused. */
  private long sink;

  private CallComparison(String baseUrl, boolean throughput) {
    BeatraClient ours = Clients.ours(baseUrl);
    TasksApi stock = Clients.stock(baseUrl);
    Clients.Raw raw = Clients.raw(baseUrl);
    calls.add(() -> ours.getTask(Clients.TASK_ID));
    calls.add(() -> stock.getTask(Clients.TASK_ID, null));
    calls.add(() -> raw.getTask(Clients.TASK_ID));
    this.throughput = throughput;
    this.workers = throughput ? Executors.newFixedThreadPool(THREADS, r -> {
      Thread thread = new Thread(r, "comparison-caller");
      thread.setDaemon(true);
      return thread;
    }) : null;
  }

  /**
   * Runs one fork: warm-up, then the measured rounds.
   *
   * @param args mode, fork number, warm-up seconds, rounds, slice milliseconds, output file
   * @throws Exception if a call fails or the output cannot be written
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 6 || !args[0].matches("latency|throughput")) {
      System.err.println("usage: CallComparison <latency|throughput> <fork> <warm-up s> <rounds> <slice ms> <out.tsv>");
      System.exit(2);
    }
    boolean throughput = args[0].equals("throughput");
    int fork = Integer.parseInt(args[1]);
    long warmupNanos = Long.parseLong(args[2]) * 1_000_000_000L;
    int rounds = Integer.parseInt(args[3]);
    long sliceNanos = Long.parseLong(args[4]) * 1_000_000L;
    Path out = Path.of(args[5]);

    try (LoopbackServer server = LoopbackServer.start(4)) {
      CallComparison comparison = new CallComparison(server.baseUrl(), throughput);
      // Warm-up: every client in turn, short slices, so all three reach their steady state together.
      long warmEnd = System.nanoTime() + warmupNanos;
      while (System.nanoTime() < warmEnd) {
        for (Contender c : Contender.values()) {
          comparison.slice(c, 200_000_000L);
        }
      }
      List<String> lines = new ArrayList<>();
      Random order = new Random(fork);
      List<Contender> turn = new ArrayList<>(List.of(Contender.values()));
      for (int round = 1; round <= rounds; round++) {
        Collections.shuffle(turn, order);
        for (Contender c : turn) {
          long[] measured = comparison.slice(c, sliceNanos);
          lines.add(String.join("\t", args[0], String.valueOf(fork), String.valueOf(round),
              c.name().toLowerCase(Locale.ROOT), String.valueOf(measured[0]), String.valueOf(measured[1])));
        }
      }
      comparison.close();
      try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND))) {
        lines.forEach(w::println);
      }
      System.out.printf(Locale.ROOT, "%s fork %d: %d rounds measured (checksum %d)%n", args[0], fork, rounds,
          comparison.sink);
    }
  }

  /** Calls with one client for about {@code nanos}; returns {calls completed, nanoseconds taken}. */
  private long[] slice(Contender contender, long nanos) throws Exception {
    Callable<Object> call = calls.get(contender.ordinal());
    long start = System.nanoTime();
    long end = start + nanos;
    if (!throughput) {
      long n = 0;
      long hash = 0;
      do {
        hash += call.call().hashCode();
        n++;
      } while (System.nanoTime() < end);
      long taken = System.nanoTime() - start;
      sink += hash;
      return new long[] {n, taken};
    }
    List<Future<long[]>> running = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      running.add(workers.submit(() -> {
        long n = 0;
        long hash = 0;
        do {
          hash += call.call().hashCode();
          n++;
        } while (System.nanoTime() < end);
        return new long[] {n, hash};
      }));
    }
    long n = 0;
    for (Future<long[]> f : running) {
      long[] r = f.get();
      n += r[0];
      sink += r[1];
    }
    return new long[] {n, System.nanoTime() - start};
  }

  private void close() {
    if (workers != null) {
      workers.shutdownNow();
    }
  }

  /**
   * Reads the lines a run appended and prints the call table: per client the mean over rounds with its 99.9 %
   * confidence half-width, and the paired ratios ours/stock and ours/raw, each the mean of the per-round ratios with
   * its own half-width.
   */
  static String table(Path tsv) throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        rows.add(line.split("\t"));
      }
    }
    StringBuilder out = new StringBuilder();
    for (String mode : new String[] {"latency", "throughput"}) {
      // round key (fork/round) -> value per contender
      Map<String, double[]> byRound = new TreeMap<>();
      for (String[] r : rows) {
        if (!r[0].equals(mode)) {
          continue;
        }
        double calls = Double.parseDouble(r[4]);
        double nanos = Double.parseDouble(r[5]);
        double value = mode.equals("latency") ? nanos / calls / 1000.0 : calls / (nanos / 1e9);
        double[] values = byRound.computeIfAbsent(r[1] + "/" + r[2], k -> new double[] {Double.NaN, Double.NaN,
            Double.NaN});
        values[Contender.valueOf(r[3].toUpperCase(Locale.ROOT)).ordinal()] = value;
      }
      if (byRound.isEmpty()) {
        continue;
      }
      List<double[]> complete = byRound.values().stream().filter(v -> !Double.isNaN(v[0] + v[1] + v[2])).toList();
      if (out.length() == 0) {
        out.append("| measure | ours | stock | raw java.net.http + Jackson | ours/stock | ours/raw |\n")
            .append("|---|---:|---:|---:|---:|---:|\n");
      }
      out.append("| ").append(mode.equals("latency") ? "sequential call, µs/call (lower is better)"
          : THREADS + " threads, calls/s (higher is better)");
      for (Contender c : Contender.values()) {
        ListStatistics values = new ListStatistics(complete.stream().mapToDouble(v -> v[c.ordinal()]).toArray());
        out.append(" | ").append(Report.number(values.getMean())).append(" ± ")
            .append(Report.number(values.getMeanErrorAt(Report.CONFIDENCE)));
      }
      out.append(" | ").append(ratio(complete, 1)).append(" | ").append(ratio(complete, 2)).append(" |\n");
    }
    return out.toString();
  }

  /** Ours over another contender: the mean of the per-round ratios and the 99.9 % interval of that mean. */
  private static String ratio(List<double[]> rounds, int other) {
    ListStatistics ratios = new ListStatistics(rounds.stream().mapToDouble(v -> v[0] / v[other]).toArray());
    double[] interval = ratios.getConfidenceIntervalAt(Report.CONFIDENCE);
    return String.format(Locale.ROOT, "%.3f [%.3f–%.3f]", ratios.getMean(), interval[0], interval[1]);
  }
}
