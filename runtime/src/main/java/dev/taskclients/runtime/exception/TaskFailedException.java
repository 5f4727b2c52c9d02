package dev.taskclients.runtime.exception;

import dev.taskclients.runtime.TaskView;
import java.util.List;
import java.util.Locale;

/** A waited-on task finished as failed or canceled; {@link #task()} is its final state. */
public class TaskFailedException extends TaskClientException {
  private static final long serialVersionUID = 1L;

  /** See the accessor of the same name. */
  private final transient TaskView task;

  /** See the accessor of the same name. */
  private final transient List<? extends TaskView> batch;

  /** Creates the exception for a single wait, with the task in its final state. */
  public TaskFailedException(TaskView task) {
    this(task, List.of(task));
  }

  /**
   * Creates the exception for a batch wait: the first task that failed or was canceled, and every
   * final task.
   */
  public TaskFailedException(TaskView task, List<? extends TaskView> batch) {
    super(
        "Task "
            + task.id()
            + " "
            + task.state().name().toLowerCase(Locale.ROOT)
            + " (status '"
            + task.rawStatus()
            + "')"
            + (task.errorMessage() == null ? "" : ": " + task.errorMessage()),
        null);
    this.task = task;
    this.batch = List.copyOf(batch);
  }

  /** {@return every task waited on, in its final state (just {@link #task()} for a single wait)} */
  public List<? extends TaskView> batch() {
    return batch;
  }

  /** {@return the task in its final state; cast it to the API's model for every field} */
  public TaskView task() {
    return task;
  }

  /** {@return {@link TaskView.State#FAILED} or {@link TaskView.State#CANCELED}} */
  public TaskView.State state() {
    return task.state();
  }
}
