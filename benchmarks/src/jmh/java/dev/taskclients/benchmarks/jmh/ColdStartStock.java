package dev.taskclients.benchmarks.jmh;

import dev.taskclients.benchmarks.stock.beatra.ApiClient;
import dev.taskclients.benchmarks.stock.beatra.api.TasksApi;
import java.net.http.HttpClient;

/**
 * One cold call with the stock client: build it, fetch one task from the given server, print its id, exit. The whole
 * process is timed by scripts/benchmark.sh. Refers to nothing else in this jar, so it loads only what the stock client
 * needs.
 */
public final class ColdStartStock {
  private ColdStartStock() {
  }

  /**
   * Runs the call.
   *
   * @param args the server's base URL
   * @throws Exception if the call fails
   */
  public static void main(String[] args) throws Exception {
    ApiClient apiClient = new ApiClient();
    apiClient.setHttpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)); // as Clients.stock
    apiClient.updateBaseUri(args[0]);
    apiClient.setRequestInterceptor(request -> request.header("Authorization", "Bearer benchmark-token"));
    System.out.println(new TasksApi(apiClient).getTask("task_123", null).getTaskId());
  }
}
