package dev.taskclients.codegen.view;

import java.util.List;

/**
 * What a task model ({@code x-taskclients-task}) needs to implement {@code TaskView}.
 *
 * @param accessors the view methods no getter of the model already is
 * @param states the status values and their states, in the spec's order
 */
public record TaskViewModel(List<ViewMethodView> accessors, List<TaskStateView> states) {
  /** Keeps unmodifiable copies. */
  public TaskViewModel {
    accessors = List.copyOf(accessors);
    states = List.copyOf(states);
  }
}
