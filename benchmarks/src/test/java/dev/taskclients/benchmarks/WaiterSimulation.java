package dev.taskclients.benchmarks;

import dev.taskclients.runtime.Response;
import dev.taskclients.runtime.TaskView;
import dev.taskclients.runtime.VirtualTime;
import dev.taskclients.runtime.WaitOptions;
import dev.taskclients.runtime.support.TaskWaiter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Waits on simulated tasks that finish at uniformly random times in 1 to 120 s, on a virtual clock,
 * with our {@link TaskWaiter} (default {@link WaitOptions}) and with fixed 1-second polling, and
 * compares requests per wait and the delay from completion to detection. Deterministic: one seed.
 *
 * <p>Run by {@code WaiterSimulationTest} ({@code ./mvnw -q -pl benchmarks -am verify}), which
 * writes the table to {@code benchmarks/target/waiter-benchmark.md}.
 */
final class WaiterSimulation {
  /** The figures of one strategy over all simulated tasks. */
  record Result(
      String strategy, double meanRequests, double medianDelaySeconds, double p90DelaySeconds) {}

  private final int tasks;
  private final long seed;

  WaiterSimulation(int tasks, long seed) {
    this.tasks = tasks;
    this.seed = seed;
  }

  private double[] durations() {
    Random random = new Random(seed);
    double[] seconds = new double[tasks];
    for (int i = 0; i < tasks; i++) {
      seconds[i] = 1 + 119 * random.nextDouble();
    }
    return seconds;
  }

  /** Our waiter; {@code reportsProgress} says whether the simulated API gives percent complete. */
  Result waiter(boolean reportsProgress) {
    Random jitter = new Random(seed + 1);
    double[] durations = durations();
    double[] delays = new double[tasks];
    long requests = 0;
    for (int i = 0; i < tasks; i++) {
      VirtualTime clock = new VirtualTime();
      Instant start = clock.instant();
      double finishesAt = durations[i];
      int[] polls = {0};
      WaitOptions options =
          WaitOptions.builder()
              .timeout(Duration.ofMinutes(10))
              .clock(clock)
              .sleeper(clock.sleeper())
              .random(jitter::nextDouble)
              .build();
      TaskWaiter.waitFor(
          "sim",
          (id, requestOptions) -> {
            polls[0]++;
            double t = Duration.between(start, clock.instant()).toNanos() / 1e9;
            boolean finished = t >= finishesAt;
            Integer percent =
                reportsProgress ? (finished ? 100 : (int) Math.floor(100 * t / finishesAt)) : null;
            return new Response<>(
                200,
                Map.of(),
                new SimulatedTask(finished ? "succeeded" : "running", percent),
                null);
          },
          options);
      requests += polls[0];
      delays[i] = Duration.between(start, clock.instant()).toNanos() / 1e9 - finishesAt;
    }
    return summarize(
        "taskclients waiter, API " + (reportsProgress ? "reports progress" : "reports no progress"),
        requests,
        delays);
  }

  /** The baseline: poll at 0 s, 1 s, 2 s, ... until the task is seen finished. */
  Result fixedOneSecond() {
    double[] durations = durations();
    double[] delays = new double[tasks];
    long requests = 0;
    for (int i = 0; i < tasks; i++) {
      long detectedAt = (long) Math.ceil(durations[i]);
      requests += detectedAt + 1;
      delays[i] = detectedAt - durations[i];
    }
    return summarize("fixed 1 s polling", requests, delays);
  }

  private Result summarize(String name, long requests, double[] delays) {
    double[] sorted = delays.clone();
    Arrays.sort(sorted);
    return new Result(
        name, (double) requests / tasks, sorted[tasks / 2], sorted[(int) (tasks * 0.9)]);
  }

  /** The comparison as a Markdown table. */
  String table() {
    Result baseline = fixedOneSecond();
    StringBuilder md =
        new StringBuilder(
            "| strategy | requests per wait | vs fixed 1 s | median detection delay | p90 detection delay |\n"
                + "|---|---:|---:|---:|---:|\n");
    for (Result r : new Result[] {baseline, waiter(true), waiter(false)}) {
      md.append(
          String.format(
              Locale.ROOT,
              "| %s | %.1f | %.2f | %.2f s | %.2f s |%n",
              r.strategy(),
              r.meanRequests(),
              r.meanRequests() / baseline.meanRequests(),
              r.medianDelaySeconds(),
              r.p90DelaySeconds()));
    }
    return md.toString();
  }

  /** Writes the comparison to a file and prints it. */
  void write(Path out) throws IOException {
    String table = table();
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(
        out,
        tasks
            + " simulated tasks, finishing uniformly at random in 1-120 s; virtual clock; seed "
            + seed
            + ".\n\n"
            + table);
    System.out.print(table);
  }

  /**
   * A task as a beatra-like API reports it: a status and, where the API reports it, the percent
   * complete.
   */
  record SimulatedTask(String status, Integer percent) implements TaskView {
    @Override
    public String id() {
      return "sim";
    }

    @Override
    public String rawStatus() {
      return status;
    }

    @Override
    public State state() {
      return "succeeded".equals(status)
          ? State.SUCCEEDED
          : "running".equals(status) ? State.RUNNING : State.UNKNOWN;
    }

    @Override
    public Integer progressPercent() {
      return percent;
    }

    @Override
    public String errorMessage() {
      return null;
    }

    @Override
    public java.time.OffsetDateTime estimatedCompletion() {
      return null;
    }
  }
}
