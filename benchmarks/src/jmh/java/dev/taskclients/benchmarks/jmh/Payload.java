package dev.taskclients.benchmarks.jmh;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * The recorded payloads the benchmarks read and write (one main payload per API, Deepomatic's page too), each with
 * the class it binds to in our client, in the stock client and in {@link Plain}.
 */
public enum Payload {
  /** beatra's recorded task ({@code GET /v1/tasks/{task_id}}). */
  BEATRA_TASK("beatra/task-sample.json",
      () -> dev.taskclients.beatra.BeatraClient.builder().bearerToken("t").build().config().objectMapper(),
      dev.taskclients.beatra.model.Task.class,
      dev.taskclients.benchmarks.stock.beatra.model.Task.class, Plain.BeatraTask.class,
      dev.taskclients.benchmarks.stock.beatra.ApiClient::createDefaultObjectMapper),
  /** Deepomatic's recorded task ({@code GET /tasks/{task_id}}). */
  DEEPOMATIC_TASK("deepomatic/task-success.json", Payload::deepomaticMapper,
      dev.taskclients.deepomatic.model.Task.class,
      dev.taskclients.benchmarks.stock.deepomatic.model.Task.class, Plain.DeepomaticTask.class,
      dev.taskclients.benchmarks.stock.deepomatic.ApiClient::createDefaultObjectMapper),
  /** Deepomatic's recorded page of two tasks ({@code GET /tasks}). */
  DEEPOMATIC_PAGE("deepomatic/task-list.json", Payload::deepomaticMapper,
      dev.taskclients.deepomatic.model.TaskPage.class,
      dev.taskclients.benchmarks.stock.deepomatic.model.TaskPage.class, Plain.DeepomaticPage.class,
      dev.taskclients.benchmarks.stock.deepomatic.ApiClient::createDefaultObjectMapper),
  /** Optexity's recorded status of a completed task. */
  OPTEXITY_STATUS("optexity/task-completed.json",
      () -> dev.taskclients.optexity.OptexityClient.builder().apiKey("k").build().config().objectMapper(),
      dev.taskclients.optexity.model.TaskStatus.class,
      dev.taskclients.benchmarks.stock.optexity.model.TaskStatus.class, Plain.OptexityStatus.class,
      dev.taskclients.benchmarks.stock.optexity.ApiClient::createDefaultObjectMapper);

  private final String resource;
  private final Supplier<ObjectMapper> oursMapper;
  private final Class<?> ours;
  private final Class<?> stock;
  private final Class<?> plain;
  private final Supplier<ObjectMapper> stockMapper;

  Payload(String resource, Supplier<ObjectMapper> oursMapper, Class<?> ours, Class<?> stock, Class<?> plain,
      Supplier<ObjectMapper> stockMapper) {
    this.resource = resource;
    this.oursMapper = oursMapper;
    this.ours = ours;
    this.stock = stock;
    this.plain = plain;
    this.stockMapper = stockMapper;
  }

  /** {@return the payload's bytes, exactly as recorded} */
  public byte[] bytes() {
    return read(resource);
  }

  /** {@return the recorded payload's file, relative to specs/examples} */
  public String resource() { return resource; }

  /**
   * {@return the mapper our generated client reads response bodies with} Taken from a client built with its defaults
   * ({@code config().objectMapper()}, the one the runtime reads every body with), so the benchmark follows whatever the
   * runtime's default becomes.
   */
  public ObjectMapper oursMapper() { return oursMapper.get(); }

  /** {@return the class our generated client binds the payload to} */
  public Class<?> oursType() { return ours; }

  /** {@return the class the stock client binds the payload to} */
  public Class<?> stockType() { return stock; }

  /** {@return the hand-written record the payload binds to} */
  public Class<?> plainType() { return plain; }

  /** {@return a new mapper configured exactly as the stock client configures its own} */
  public ObjectMapper newStockMapper() { return stockMapper.get(); }

  private static ObjectMapper deepomaticMapper() {
    return dev.taskclients.deepomatic.DeepomaticClient.builder().apiKey("k").build().config().objectMapper();
  }

  /**
   * Reads one recorded payload packed into the benchmark jar.
   *
   * @param resource the file, relative to specs/examples (for example {@code beatra/task-sample.json})
   * @return its bytes
   */
  public static byte[] read(String resource) {
    try (InputStream in = Payload.class.getResourceAsStream("/examples/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("recorded payload not in the jar: examples/" + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
