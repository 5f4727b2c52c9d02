package dev.taskclients.benchmarks.jmh;

import dev.taskclients.beatra.BeatraClient;
import dev.taskclients.benchmarks.stock.beatra.api.TasksApi;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * beatra's {@code getTask} over loopback against {@link LoopbackServer} (in the same process, the same response for
 * every client): our client, the stock client, and raw {@code java.net.http} plus Jackson. Single-threaded average
 * time per call (latency), and throughput with 8 threads sharing one client. Server and clients are made once per
 * trial and shared by all threads.
 *
 * <p>A loopback call reaches its steady state only after about 25 s here (the whole java.net.http stack and the
 * server have to be compiled, at a few thousand calls a second), hence the long warm-up. The ratios between the
 * clients come from {@link Comparison}, which interleaves them in one JVM; these forks run one after another and
 * differ by 10–15 % from each other on 2 cores.
 */
@State(Scope.Benchmark)
@Fork(value = 2, jvmArgsAppend = "-Dsun.net.httpserver.nodelay=true")
@Warmup(iterations = 15, time = 2)
@Measurement(iterations = 5, time = 2)
public class CallBenchmark {
  LoopbackServer server;
  BeatraClient ours;
  TasksApi stock;
  Clients.Raw raw;

  /** Creates the state; JMH calls {@link #start()} before measuring. */
  public CallBenchmark() {
  }

  /**
   * Starts the server and builds each client once.
   *
   * @throws IOException if the server cannot bind
   */
  @Setup(Level.Trial)
  public void start() throws IOException {
    server = LoopbackServer.start(4);
    ours = Clients.ours(server.baseUrl());
    stock = Clients.stock(server.baseUrl());
    raw = Clients.raw(server.baseUrl());
  }

  /** Stops the server. */
  @TearDown(Level.Trial)
  public void stop() {
    server.close();
  }

  /** @return the task, fetched by our client */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Object latencyOurs() {
    return ours.getTask(Clients.TASK_ID);
  }

  /**
   * @return the task, fetched by the stock client
   * @throws Exception if the call fails (it does not against the loopback server: see Check)
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Object latencyStock() throws Exception {
    return stock.getTask(Clients.TASK_ID, null);
  }

  /**
   * @return the task, fetched with raw java.net.http and Jackson
   * @throws Exception if the call fails (it does not against the loopback server: see Check)
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public Object latencyRaw() throws Exception {
    return raw.getTask(Clients.TASK_ID);
  }

  /** @return the task, fetched by our client from 8 threads at once */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(8)
  public Object throughputOurs() {
    return ours.getTask(Clients.TASK_ID);
  }

  /**
   * @return the task, fetched by the stock client from 8 threads at once
   * @throws Exception if the call fails (it does not against the loopback server: see Check)
   */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(8)
  public Object throughputStock() throws Exception {
    return stock.getTask(Clients.TASK_ID, null);
  }

  /**
   * @return the task, fetched with raw java.net.http and Jackson from 8 threads at once
   * @throws Exception if the call fails (it does not against the loopback server: see Check)
   */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @Threads(8)
  public Object throughputRaw() throws Exception {
    return raw.getTask(Clients.TASK_ID);
  }
}
