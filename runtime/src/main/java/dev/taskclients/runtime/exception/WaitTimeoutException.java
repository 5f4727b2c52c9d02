package dev.taskclients.runtime.exception;

import dev.taskclients.runtime.TaskView;
import java.time.Duration;

/** A waited-on task had not finished by the deadline; {@link #lastSeen()} is its last state. */
public class WaitTimeoutException extends TaskClientException {
  private static final long serialVersionUID = 1L;

  /** See the accessor of the same name. */
  private final transient TaskView lastSeen;

  /**
   * Creates the exception: the task waited on, the overall timeout, the task as last polled (or
   * null), the polls.
   */
  public WaitTimeoutException(String taskId, Duration timeout, TaskView lastSeen, int polls) {
    super(
        "Task "
            + taskId
            + " did not finish within "
            + timeout
            + " ("
            + polls
            + " polls"
            + (lastSeen == null
                ? ", none succeeded"
                : ", last status '"
                    + lastSeen.rawStatus()
                    + "'"
                    + (lastSeen.progressPercent() == null
                        ? ""
                        : ", " + lastSeen.progressPercent() + "%"))
            + ")",
        null);
    this.lastSeen = lastSeen;
  }

  /** {@return the task as last polled, or null if no poll succeeded} */
  public TaskView lastSeen() {
    return lastSeen;
  }
}
