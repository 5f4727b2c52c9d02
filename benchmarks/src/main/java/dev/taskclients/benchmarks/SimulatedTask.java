package dev.taskclients.benchmarks;

import dev.taskclients.runtime.TaskShape;
import dev.taskclients.runtime.TaskView;
import java.util.LinkedHashMap;
import java.util.Map;

/** A task as a simulated API reports it at one moment: status and, optionally, percent complete. */
final class SimulatedTask implements TaskView {
  private static final TaskShape SHAPE = TaskShape.builder().id("id").status("status").progress("percent")
      .state("running", State.RUNNING).state("succeeded", State.SUCCEEDED).build();

  private final Map<String, Object> json = new LinkedHashMap<>();

  SimulatedTask(boolean finished, Integer percent) {
    json.put("id", "sim");
    json.put("status", finished ? "succeeded" : "running");
    if (percent != null) {
      json.put("percent", percent);
    }
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
