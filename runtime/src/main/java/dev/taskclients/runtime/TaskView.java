package dev.taskclients.runtime;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One view of a task, whichever API it comes from: every generated task model implements it, so application code can
 * wait on and report tasks of any API with the same few lines. How an API's fields map onto the view is declared in
 * its spec ({@code x-taskclients-task}) and carried by {@link #taskShape()}.
 */
public interface TaskView {
  /** Where a task is in its life, in the same words for every API. */
  enum State {
    /** Accepted, not started. */
    PENDING,
    /** Being worked on. */
    RUNNING,
    /** Finished with a result. */
    SUCCEEDED,
    /** Finished with an error. */
    FAILED,
    /** Stopped before finishing, on request. */
    CANCELED,
    /** A status this client's spec does not list; treated as not finished. */
    UNKNOWN;

    /** {@return whether the task has finished and will not change again} */
    public boolean isTerminal() { return this == SUCCEEDED || this == FAILED || this == CANCELED; }
  }

  /** {@return how this API's fields map onto the view (from the spec)} */
  TaskShape taskShape();

  /** {@return the model's JSON form, which the view reads; {@link JsonModel} provides it} */
  Map<String, Object> toJsonMap();

  /** {@return the task's id} */
  default String id() { return taskShape().id(this); }

  /** {@return the status exactly as the API sent it} */
  default String rawStatus() { return taskShape().rawStatus(this); }

  /** {@return the status mapped to the common states; {@link State#UNKNOWN} for an unlisted one} */
  default State state() { return taskShape().state(this); }

  /** {@return whether the task has finished} */
  default boolean isTerminal() { return state().isTerminal(); }

  /** {@return percent complete, 0 to 100, when the API reports it; else null} */
  default Integer progressPercent() { return taskShape().progressPercent(this); }

  /** {@return the failure message, when the task failed and the API gave one; else null} */
  default String errorMessage() { return taskShape().errorMessage(this); }

  /** {@return when the API expects the task to finish, when it says; else null} */
  default OffsetDateTime estimatedCompletion() { return taskShape().estimatedCompletion(this); }
}
