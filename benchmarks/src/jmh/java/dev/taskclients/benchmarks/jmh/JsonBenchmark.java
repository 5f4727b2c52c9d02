package dev.taskclients.benchmarks.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parse (bytes to model) and write (model to bytes) of each recorded payload, four ways: our generated models with
 * the mapper our client reads bodies with ({@link Payload#oursMapper()}), the stock generator's models
 * with the stock client's mapper, plain Jackson data binding into {@link Plain} records, and {@code readTree} /
 * writing the tree as the floor. Readers and writers are made once in {@link #setUp()}, as every client caches its
 * deserializers; each method returns its result, which JMH sinks into a Blackhole.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class JsonBenchmark {
  /** Which recorded payload; each value runs in forks of its own. */
  @Param
  public Payload payload;

  byte[] json;
  ObjectReader oursReader;
  ObjectReader stockReader;
  ObjectReader plainReader;
  ObjectMapper treeMapper;
  ObjectWriter oursWriter;
  ObjectWriter stockWriter;
  ObjectWriter plainWriter;
  Object oursModel;
  Object stockModel;
  Object plainModel;
  JsonNode tree;

  /** Creates the state; JMH calls {@link #setUp()} before measuring. */
  public JsonBenchmark() {
  }

  /**
   * Reads the payload and prepares every reader, writer and the models to write.
   *
   * @throws IOException if a parse fails (the check mode reports which)
   */
  @Setup
  public void setUp() throws IOException {
    json = payload.bytes();
    ObjectMapper ours = payload.oursMapper();
    ObjectMapper stock = payload.newStockMapper();
    ObjectMapper plain = Plain.newMapper();
    treeMapper = new ObjectMapper();
    oursReader = ours.readerFor(payload.oursType());
    stockReader = stock.readerFor(payload.stockType());
    plainReader = plain.readerFor(payload.plainType());
    oursWriter = ours.writerFor(payload.oursType());
    stockWriter = stock.writerFor(payload.stockType());
    plainWriter = plain.writerFor(payload.plainType());
    oursModel = oursReader.readValue(json);
    stockModel = stockReader.readValue(json);
    plainModel = plainReader.readValue(json);
    tree = treeMapper.readTree(json);
  }

  /**
   * @return the payload parsed into our generated model
   * @throws IOException if Jackson fails (it does not on these payloads: see Check)
   */
  @Benchmark
  public Object parseOurs() throws IOException {
    return oursReader.readValue(json);
  }

  /**
   * @return the payload parsed into the stock generator's model
   * @throws IOException if Jackson fails (it does not on these payloads: see Check)
   */
  @Benchmark
  public Object parseStock() throws IOException {
    return stockReader.readValue(json);
  }

  /**
   * @return the payload parsed into a hand-written record
   * @throws IOException if Jackson fails (it does not on these payloads: see Check)
   */
  @Benchmark
  public Object parsePlain() throws IOException {
    return plainReader.readValue(json);
  }

  /**
   * @return the payload parsed into a tree: the floor for any data binding
   * @throws IOException if Jackson fails (it does not on these payloads: see Check)
   */
  @Benchmark
  public JsonNode parseTree() throws IOException {
    return treeMapper.readTree(json);
  }

  /**
   * @return our generated model written as JSON
   * @throws IOException if Jackson fails (it does not on these payloads: see Check)
   */
  @Benchmark
  public byte[] writeOurs() throws IOException {
    return oursWriter.writeValueAsBytes(oursModel);
  }

  /**
   * @return the stock model written as JSON
   * @throws IOException if Jackson fails (it does not on these payloads: see Check)
   */
  @Benchmark
  public byte[] writeStock() throws IOException {
    return stockWriter.writeValueAsBytes(stockModel);
  }

  /**
   * @return the hand-written record written as JSON
   * @throws IOException if Jackson fails (it does not on these payloads: see Check)
   */
  @Benchmark
  public byte[] writePlain() throws IOException {
    return plainWriter.writeValueAsBytes(plainModel);
  }

  /**
   * @return the tree written as JSON: the floor
   * @throws IOException if Jackson fails (it does not on these payloads: see Check)
   */
  @Benchmark
  public byte[] writeTree() throws IOException {
    return treeMapper.writeValueAsBytes(tree);
  }
}
