package dev.taskclients.runtime;

/** A waited-on task finished as failed or canceled; {@link #task()} is its final state. */
public class TaskFailedException extends TaskClientException {
  private static final long serialVersionUID = 1L;

  private final transient TaskView task;

  /**
   * Creates the exception.
   *
   * @param task the task, in its final state
   */
  public TaskFailedException(TaskView task) {
    super("Task " + task.id() + " " + task.state().name().toLowerCase(java.util.Locale.ROOT)
        + " (status '" + task.rawStatus() + "')" + (task.errorMessage() == null ? "" : ": " + task.errorMessage()), null);
    this.task = task;
  }

  /** @return the task in its final state; cast it to the API's model for every field */
  public TaskView task() {
    return task;
  }

  /** @return {@link TaskView.State#FAILED} or {@link TaskView.State#CANCELED} */
  public TaskView.State state() {
    return task.state();
  }
}
