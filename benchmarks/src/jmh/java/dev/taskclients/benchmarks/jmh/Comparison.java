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
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.util.ListStatistics;

/**
 * The ratios of the headline tables, measured in interleaved rounds inside one JVM: the paired design those ratios
 * need on this machine.
 *
 * <p>Why beside JMH: JMH runs each benchmark in forks of its own, one after the other. On this 2-core machine a
 * benchmark's speed drifts by 10–50 % over seconds to minutes (other work on the host, thread placement, the JIT's
 * choices in each fork), far more than the thresholds we must resolve (5 % for a call). Here the contenders share one
 * JVM and take turns in short slices, in a fresh random order every round, so drift hits all of them alike. Each
 * round gives one ratio of neighbouring slices (ours/stock, ours/raw...), and the spread of those ratios over all
 * rounds of all forks is the error bar, from JMH's own statistics. JMH's scores (absolute, each benchmark isolated)
 * stay in the tables beside these.
 *
 * <p>What shares a JVM: the three clients of one call mode, or the four parsers (or writers) of one payload. Sharing
 * makes Jackson's call sites see several deserializers, as they do in an application with several models.
 *
 * <p>Usage: {@code Comparison --kinds} lists every kind; {@code Comparison <kind> <fork> <warm-up s> <rounds> <slice ms> <out.tsv>}, where kind is {@code latency}
 * or {@code throughput} (beatra {@code getTask} over loopback, one thread or {@value #THREADS} sharing a client), or
 * {@code parse:<PAYLOAD>} / {@code write:<PAYLOAD>} ({@link Payload}); appends one line per slice,
 * {@code kind fork round contender operations nanoseconds}, read by {@link #table}.
 */
public final class Comparison {
  /** Threads sharing one client in throughput mode, as in {@link CallBenchmark}. */
  static final int THREADS = 8;
  /** Contenders of a call, in table order: ours first, then what ours is compared with. */
  static final List<String> CALL_CONTENDERS = List.of("ours", "stock", "raw");
  /** Contenders of a parse or write, in table order. */
  static final List<String> JSON_CONTENDERS = List.of("ours", "stock", "plain", "tree");

  private final List<Callable<Object>> operations;
  private final ExecutorService workers;
  /**
   * The phrase JMH asks for before a {@link Blackhole} is made outside a benchmark: we need its promise (a consumed
   * result is never optimised away, at a small cost that is the same whatever the result is) in our own loop.
   */
  private static final String BLACKHOLE_CONSENT =
      "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.";

  private Comparison(List<Callable<Object>> operations, boolean threaded) {
    this.operations = operations;
    this.workers = threaded ? Executors.newFixedThreadPool(THREADS, r -> {
      Thread thread = new Thread(r, "comparison-caller");
      thread.setDaemon(true);
      return thread;
    }) : null;
  }

  /**
   * Runs one fork: warm-up, then the measured rounds, then appends the lines.
   *
   * @param args kind, fork number, warm-up seconds, rounds, slice milliseconds, output file; or {@code --kinds}
   * @throws Exception if an operation fails or the output cannot be written
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 1 && args[0].equals("--kinds")) { // what scripts/benchmark.sh runs, one JVM per line
      for (Payload payload : Payload.values()) {
        System.out.println("parse:" + payload.name());
        System.out.println("write:" + payload.name());
      }
      System.out.println("latency");
      System.out.println("throughput");
      return;
    }
    if (args.length != 6 || !args[0].matches("latency|throughput|(parse|write):[A-Z_]+")) {
      System.err.println("usage: Comparison <latency|throughput|parse:PAYLOAD|write:PAYLOAD> <fork> <warm-up s> "
          + "<rounds> <slice ms> <out.tsv>");
      System.exit(2);
    }
    String kind = args[0];
    int fork = Integer.parseInt(args[1]);
    long warmupNanos = Long.parseLong(args[2]) * 1_000_000_000L;
    int rounds = Integer.parseInt(args[3]);
    long sliceNanos = Long.parseLong(args[4]) * 1_000_000L;

    LoopbackServer server = null;
    Comparison comparison;
    List<String> names;
    if (kind.equals("latency") || kind.equals("throughput")) {
      server = LoopbackServer.start(4);
      BeatraClient ours = Clients.ours(server.baseUrl());
      TasksApi stock = Clients.stock(server.baseUrl());
      Clients.Raw raw = Clients.raw(server.baseUrl());
      comparison = new Comparison(List.of(() -> ours.getTask(Clients.TASK_ID),
          () -> stock.getTask(Clients.TASK_ID, null), () -> raw.getTask(Clients.TASK_ID)), kind.equals("throughput"));
      names = CALL_CONTENDERS;
    } else {
      JsonBenchmark json = new JsonBenchmark();
      json.payload = Payload.valueOf(kind.substring(kind.indexOf(':') + 1));
      json.setUp();
      comparison = new Comparison(kind.startsWith("parse")
          ? List.of(json::parseOurs, json::parseStock, json::parsePlain, json::parseTree)
          : List.of(json::writeOurs, json::writeStock, json::writePlain, json::writeTree), false);
      names = JSON_CONTENDERS;
    }
    try {
      List<String> lines = comparison.run(kind, fork, warmupNanos, rounds, sliceNanos, names);
      try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[5]), StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND))) {
        lines.forEach(out::println);
      }
      System.out.printf(Locale.ROOT, "%s fork %d: %d rounds%n", kind, fork, rounds);
    } finally {
      if (comparison.workers != null) {
        comparison.workers.shutdownNow();
      }
      if (server != null) {
        server.close();
      }
    }
  }

  private List<String> run(String kind, int fork, long warmupNanos, int rounds, long sliceNanos, List<String> names)
      throws Exception {
    // Warm-up: every contender in turn, so that all reach their steady state together.
    long warmEnd = System.nanoTime() + warmupNanos;
    while (System.nanoTime() < warmEnd) {
      for (int i = 0; i < operations.size(); i++) {
        slice(i, Math.min(sliceNanos, 200_000_000L));
      }
    }
    List<String> lines = new ArrayList<>();
    Random order = new Random(fork);
    List<Integer> turn = new ArrayList<>();
    for (int i = 0; i < operations.size(); i++) {
      turn.add(i);
    }
    for (int round = 1; round <= rounds; round++) {
      Collections.shuffle(turn, order);
      for (int i : turn) {
        long[] measured = slice(i, sliceNanos);
        lines.add(String.join("\t", kind, String.valueOf(fork), String.valueOf(round), names.get(i),
            String.valueOf(measured[0]), String.valueOf(measured[1])));
      }
    }
    return lines;
  }

  /** Runs one contender for about {@code nanos}; returns {operations completed, nanoseconds taken}. */
  private long[] slice(int contender, long nanos) throws Exception {
    Callable<Object> operation = operations.get(contender);
    long start = System.nanoTime();
    long end = start + nanos;
    if (workers == null) {
      long done = loop(operation, end);
      return new long[] {done, System.nanoTime() - start};
    }
    List<Future<Long>> running = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      running.add(workers.submit(() -> loop(operation, end)));
    }
    long n = 0;
    for (Future<Long> f : running) {
      n += f.get();
    }
    return new long[] {n, System.nanoTime() - start};
  }

  /**
   * Repeats the operation until {@code end}, each result consumed by a JMH {@link Blackhole}, as JMH consumes a
   * benchmark method's result; returns the number of operations.
   *
   * <p>Not by {@code hashCode()}: that would add each result type's own hashing to its time. Ours then built each
   * model's JSON map to hash it, a quarter of our parse's time here; a JSON tree or a record hashes far more cheaply.
   */
  private static long loop(Callable<Object> operation, long end) throws Exception {
    Blackhole sink = new Blackhole(BLACKHOLE_CONSENT);
    long n = 0;
    do {
      sink.consume(operation.call());
      n++;
    } while (System.nanoTime() < end);
    return n;
  }

  /**
   * Reads the lines of a run and renders one Markdown table per kind of measure: per contender the mean over rounds
   * with its 99.9 % confidence half-width, and ours over each other contender as the mean of the per-round ratios
   * with its 99.9 % interval.
   *
   * @param tsv the lines {@link #main} appended
   * @return the tables, empty if there are no lines
   * @throws IOException if the file cannot be read
   */
  static String table(Path tsv) throws IOException {
    // kind -> fork/round -> contender -> value (µs/op, or calls/s for throughput)
    Map<String, Map<String, Map<String, Double>>> values = new TreeMap<>();
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f.length != 6) {
        continue;
      }
      double ops = Double.parseDouble(f[4]);
      double nanos = Double.parseDouble(f[5]);
      double value = f[0].equals("throughput") ? ops / (nanos / 1e9) : nanos / ops / 1000.0;
      values.computeIfAbsent(f[0], k -> new TreeMap<>()).computeIfAbsent(f[1] + "/" + f[2], k -> new TreeMap<>())
          .put(f[3], value);
    }
    StringBuilder out = new StringBuilder();
    StringBuilder json = new StringBuilder();
    for (Payload payload : Payload.values()) {
      for (String op : new String[] {"parse", "write"}) {
        Map<String, Map<String, Double>> rounds = values.get(op + ":" + payload.name());
        if (rounds != null) {
          json.append("| ").append(payload.resource()).append(" | ").append(op).append(row(rounds, JSON_CONTENDERS));
        }
      }
    }
    if (json.length() > 0) {
      out.append("| payload | op | ours µs | stock µs | plain records µs | readTree µs | ours/stock | ours/plain "
          + "| ours/readTree |\n|---|---|---:|---:|---:|---:|---:|---:|---:|\n").append(json);
    }
    StringBuilder calls = new StringBuilder();
    if (values.containsKey("latency")) {
      calls.append("| sequential call, µs/call (lower is better)").append(row(values.get("latency"), CALL_CONTENDERS));
    }
    if (values.containsKey("throughput")) {
      calls.append("| ").append(THREADS).append(" threads, calls/s (higher is better)")
          .append(row(values.get("throughput"), CALL_CONTENDERS));
    }
    if (calls.length() > 0) {
      out.append(out.length() > 0 ? "\n" : "")
          .append("| beatra getTask over loopback | ours | stock | raw java.net.http + Jackson | ours/stock "
              + "| ours/raw |\n|---|---:|---:|---:|---:|---:|\n").append(calls);
    }
    return out.toString();
  }

  /** The cells after a row's label: each contender's mean ± half-width, then ours over each other contender. */
  private static String row(Map<String, Map<String, Double>> rounds, List<String> contenders) {
    List<Map<String, Double>> complete = rounds.values().stream()
        .filter(r -> r.keySet().containsAll(contenders)).toList();
    StringBuilder cells = new StringBuilder();
    for (String c : contenders) {
      ListStatistics s = new ListStatistics(complete.stream().mapToDouble(r -> r.get(c)).toArray());
      cells.append(" | ").append(Report.number(s.getMean())).append(" ± ")
          .append(Report.number(s.getMeanErrorAt(Report.CONFIDENCE)));
    }
    for (String other : contenders.subList(1, contenders.size())) {
      ListStatistics ratios = new ListStatistics(
          complete.stream().mapToDouble(r -> r.get("ours") / r.get(other)).toArray());
      double[] interval = ratios.getConfidenceIntervalAt(Report.CONFIDENCE);
      cells.append(String.format(Locale.ROOT, " | %.2f [%.2f–%.2f]", ratios.getMean(), interval[0], interval[1]));
    }
    return cells.append(" |\n").toString();
  }
}
