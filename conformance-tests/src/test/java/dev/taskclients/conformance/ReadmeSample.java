package dev.taskclients.conformance;

import dev.taskclients.beatra.BeatraClient;
import dev.taskclients.beatra.model.Task;
import dev.taskclients.beatra.model.TaskState;
import dev.taskclients.runtime.RequestOptions;
import dev.taskclients.runtime.Response;
import dev.taskclients.runtime.exception.NotFoundException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** The README's usage sample, verbatim between the markers; {@code ReadmeSampleTest} runs it. */
final class ReadmeSample {
  private ReadmeSample() {}

  static Task run(String baseUrl, String apiKey) {
    // spotless:off (the README shows this code as written, comments aligned)
    // readme-sample:start
    BeatraClient client = BeatraClient.builder()
        .baseUrl(baseUrl)                       // defaults to the spec's server
        .bearerToken(apiKey)                    // sent as Authorization: Bearer ...; never printed
        .requestTimeout(Duration.ofSeconds(10))
        .build();                               // immutable and thread-safe: share one instance

    Task task = client.getTask("task_123");
    if (task.status().equals(TaskState.SUCCEEDED)) {
      System.out.println("done: " + task.output());
    } else if (!task.status().isKnown()) {
      System.out.println("a status this client does not know yet: " + task.status().value());
    }

    Response<Task> raw = client.withRawResponse()
        .getTask("task_123", RequestOptions.builder().requestId("req-42").build());
    System.out.println(raw.statusCode() + " " + raw.requestId().orElse("-"));

    CompletableFuture<Task> later = client.async().getTask("task_123");

    try {
      client.getTask("missing");
    } catch (NotFoundException e) {
      // "HTTP 404 Not Found: Task not found (request-id: ...)"; e.errorBody(ErrorResponse.class) is typed
      System.out.println(e.getMessage());
    }
    // readme-sample:end
    // spotless:on
    return later.join();
  }
}
