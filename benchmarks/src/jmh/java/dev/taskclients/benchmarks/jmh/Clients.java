package dev.taskclients.benchmarks.jmh;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.taskclients.beatra.BeatraClient;
import dev.taskclients.benchmarks.stock.beatra.ApiClient;
import dev.taskclients.benchmarks.stock.beatra.api.TasksApi;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The three ways the call benchmarks fetch beatra's task, each built the way its users would build it, all sending
 * the same bearer token and {@code Accept: application/json}.
 */
public final class Clients {
  /** The task id every call asks for. */
  public static final String TASK_ID = "task_123";
  /** A made-up token: every client sends it, so every request carries the same header. */
  static final String TOKEN = "benchmark-token";

  private Clients() {
  }

  /**
   * Our generated client with its defaults (retries, timeouts, the shared mapper).
   *
   * @param baseUrl the loopback server's base URL
   * @return the client
   */
  public static BeatraClient ours(String baseUrl) {
    return BeatraClient.builder().baseUrl(baseUrl).bearerToken(TOKEN).build();
  }

  /**
   * OpenAPI Generator's stock client with its defaults but one: HTTP/1.1, like ours and raw. Its default HTTP client
   * prefers HTTP/2, which over plain http offers an h2c upgrade (three more headers) with every request; over https
   * ALPN would settle that without a header, so keeping it here would charge stock for the loopback set-up. It has no
   * bearer auth for this spec, so the token goes in through its request interceptor.
   *
   * @param baseUrl the loopback server's base URL
   * @return the stock client's API class
   */
  public static TasksApi stock(String baseUrl) {
    ApiClient apiClient = new ApiClient();
    apiClient.setHttpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1));
    apiClient.updateBaseUri(baseUrl);
    apiClient.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + TOKEN));
    return new TasksApi(apiClient);
  }

  /**
   * Raw {@code java.net.http} and Jackson, the floor for a call.
   *
   * @param baseUrl the loopback server's base URL
   * @return the raw client
   */
  public static Raw raw(String baseUrl) {
    return new Raw(baseUrl);
  }

  /**
   * The least a call can do: one {@link HttpClient} (HTTP/1.1, like ours), a request built per call, the body read as
   * bytes and bound to {@link Plain.BeatraTask}, any status but 200 refused.
   */
  public static final class Raw {
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ObjectReader reader = Plain.newMapper().readerFor(Plain.BeatraTask.class);
    private final String tasksUrl;

    Raw(String baseUrl) {
      this.tasksUrl = baseUrl + LoopbackServer.TASKS_PATH;
    }

    /**
     * Fetches one task.
     *
     * @param taskId the task id (used as given: the benchmark's id needs no encoding)
     * @return the task
     * @throws IOException on a transport failure or a status other than 200
     * @throws InterruptedException if interrupted while waiting
     */
    public Plain.BeatraTask getTask(String taskId) throws IOException, InterruptedException {
      HttpRequest request = HttpRequest.newBuilder(URI.create(tasksUrl + taskId))
          .header("Accept", "application/json")
          .header("Authorization", "Bearer " + TOKEN)
          .GET()
          .build();
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IOException("HTTP " + response.statusCode());
      }
      return reader.readValue(response.body());
    }
  }
}
