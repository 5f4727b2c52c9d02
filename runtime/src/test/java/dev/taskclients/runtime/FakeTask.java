package dev.taskclients.runtime;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** A task with beatra-like statuses, for waiter tests and the waiter benchmark. */
public final class FakeTask implements TaskView {
  static final TaskShape SHAPE = TaskShape.builder().id("id").status("status").progress("progress.percent")
      .error("error.message").estimatedCompletion("eta")
      .state("queued", State.PENDING).state("running", State.RUNNING).state("succeeded", State.SUCCEEDED)
      .state("failed", State.FAILED).state("canceled", State.CANCELED).build();

  private final Map<String, Object> json = new LinkedHashMap<>();

  /**
   * A task in one state.
   *
   * @param status beatra's status value
   * @param percent percent complete, or null when not reported
   */
  public FakeTask(String status, Integer percent) {
    json.put("id", "t1");
    json.put("status", status);
    if (percent != null) {
      json.put("progress", Map.of("percent", percent));
    }
  }

  FakeTask eta(OffsetDateTime eta) {
    json.put("eta", eta);
    return this;
  }

  FakeTask error(String message) {
    json.put("error", Map.of("message", message));
    return this;
  }

  @Override
  public TaskShape taskShape() {
    return SHAPE;
  }

  @Override
  public Map<String, Object> toJsonMap() {
    return json;
  }
}
