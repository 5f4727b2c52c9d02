package dev.taskclients.runtime;

import java.time.OffsetDateTime;
import java.util.Map;

/** A task with beatra-like statuses, for waiter tests and the waiter benchmark. */
public final class FakeTask implements TaskView {
  private static final Map<String, State> STATES =
      Map.of(
          "queued",
          State.PENDING,
          "running",
          State.RUNNING,
          "succeeded",
          State.SUCCEEDED,
          "failed",
          State.FAILED,
          "canceled",
          State.CANCELED);

  private String id = "t1";
  private final String status;
  private final Integer percent;
  private OffsetDateTime eta;
  private String error;

  /**
   * A task in one state.
   *
   * @param status beatra's status value
   * @param percent percent complete, or null when not reported
   */
  public FakeTask(String status, Integer percent) {
    this.status = status;
    this.percent = percent;
  }

  /**
   * Gives the task another id than {@code t1}.
   *
   * @param id the id
   * @return this task
   */
  public FakeTask id(String id) {
    this.id = id;
    return this;
  }

  FakeTask eta(OffsetDateTime eta) {
    this.eta = eta;
    return this;
  }

  FakeTask error(String message) {
    this.error = message;
    return this;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String rawStatus() {
    return status;
  }

  @Override
  public State state() {
    return STATES.getOrDefault(status, State.UNKNOWN);
  }

  @Override
  public Integer progressPercent() {
    return percent;
  }

  @Override
  public String errorMessage() {
    return error;
  }

  @Override
  public OffsetDateTime estimatedCompletion() {
    return eta;
  }
}
