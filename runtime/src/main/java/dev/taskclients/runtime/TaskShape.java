package dev.taskclients.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Where a task model keeps its id, status, progress, error message and estimated completion, and which of its
 * statuses mean which {@link TaskView.State}. Built by generated code from the spec's {@code x-taskclients-task}
 * extension; paths are JSON names joined by dots ({@code progress.percent}).
 */
public final class TaskShape {
  private final String id;
  private final String status;
  private final String progress;
  private final String error;
  private final String estimatedCompletion;
  private final Map<String, TaskView.State> states;

  private TaskShape(Builder builder) {
    this.id = Objects.requireNonNull(builder.id, "id");
    this.status = Objects.requireNonNull(builder.status, "status");
    this.progress = builder.progress;
    this.error = builder.error;
    this.estimatedCompletion = builder.estimatedCompletion;
    this.states = Map.copyOf(builder.states);
  }

  /** {@return a new builder} */
  public static Builder builder() { return new Builder(); }

  String id(TaskView task) {
    return text(read(task, id));
  }

  String rawStatus(TaskView task) {
    return text(read(task, status));
  }

  TaskView.State state(TaskView task) {
    String raw = rawStatus(task);
    return raw == null ? TaskView.State.UNKNOWN : states.getOrDefault(raw, TaskView.State.UNKNOWN);
  }

  Integer progressPercent(TaskView task) {
    Object value = read(task, progress);
    if (value instanceof Number number) {
      return number.intValue();
    }
    return value instanceof JsonNode node && node.isNumber() ? node.intValue() : null;
  }

  String errorMessage(TaskView task) {
    return text(read(task, error));
  }

  OffsetDateTime estimatedCompletion(TaskView task) {
    Object value = read(task, estimatedCompletion);
    return value instanceof OffsetDateTime ? (OffsetDateTime) value : null;
  }

  /** Follows a dotted path through the model's JSON form; null where any step is absent. */
  private static Object read(TaskView task, String path) {
    if (path == null) {
      return null;
    }
    Object current = task.toJsonMap();
    for (String step : path.split("\\.")) {
      if (current instanceof Map<?, ?> map) {
        current = map.get(step);
      } else if (current instanceof JsonModel model) {
        current = model.toJsonMap().get(step);
      } else if (current instanceof JsonNode node) {
        current = node.get(step);
      } else {
        return null;
      }
    }
    return current;
  }

  private static String text(Object value) {
    if (value instanceof JsonNode node) {
      return node.isNull() ? null : node.isTextual() ? node.asText() : node.toString();
    }
    return value == null ? null : value instanceof OpenEnum<?> e ? e.value() : value.toString();
  }

  /** Builds a {@link TaskShape}. */
  public static final class Builder {
    private String id;
    private String status;
    private String progress;
    private String error;
    private String estimatedCompletion;
    private final Map<String, TaskView.State> states = new HashMap<>();

    private Builder() {
    }

    /** Sets the path of the id field. */
    public Builder id(String path) {
      this.id = path;
      return this;
    }

    /** Sets the path of the status field. */
    public Builder status(String path) {
      this.status = path;
      return this;
    }

    /** Sets the path of the percent-complete field. */
    public Builder progress(String path) {
      this.progress = path;
      return this;
    }

    /** Sets the path of the error-message field. */
    public Builder error(String path) {
      this.error = path;
      return this;
    }

    /** Sets the path of the estimated-completion timestamp field. */
    public Builder estimatedCompletion(String path) {
      this.estimatedCompletion = path;
      return this;
    }

    /** Maps one of the API's status values, as the API sends it, to a common state. */
    public Builder state(String rawStatus, TaskView.State state) {
      states.put(Objects.requireNonNull(rawStatus, "rawStatus"), Objects.requireNonNull(state, "state"));
      return this;
    }

    /** {@return the shape} Throws NullPointerException without the id or status path. */
    public TaskShape build() { return new TaskShape(this); }
  }
}
