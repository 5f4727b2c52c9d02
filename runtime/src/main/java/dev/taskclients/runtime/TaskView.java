package dev.taskclients.runtime;

import java.time.OffsetDateTime;

/**
 * One view of a task, whichever API it comes from: every generated task model implements it, so
 * application code can wait on and report tasks of any API with the same few lines. How an API's
 * fields map onto the view is declared in its spec ({@code x-taskclients-task}); the generated
 * model implements each method through its own getters.
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
    public boolean isTerminal() {
      return this == SUCCEEDED || this == FAILED || this == CANCELED;
    }
  }

  /** {@return the task's id} */
  String id();

  /** {@return the status exactly as the API sent it} */
  String rawStatus();

  /** {@return the status mapped to the common states; {@link State#UNKNOWN} for an unlisted one} */
  State state();

  /** {@return whether the task has finished} */
  default boolean isTerminal() {
    return state().isTerminal();
  }

  /** {@return percent complete, 0 to 100, when the API reports it; else null} */
  Integer progressPercent();

  /** {@return the failure message, when the task failed and the API gave one; else null} */
  String errorMessage();

  /** {@return when the API expects the task to finish, when it says; else null} */
  OffsetDateTime estimatedCompletion();
}
