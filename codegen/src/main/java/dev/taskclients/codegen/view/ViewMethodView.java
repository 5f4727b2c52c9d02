package dev.taskclients.codegen.view;

import java.util.List;

/**
 * A method a model implements for an interface of the runtime ({@code TaskView}, {@code
 * RetryAdvice}) by reading the field a spec extension names through its getters.
 *
 * @param type the method's return type
 * @param name the method
 * @param steps the path's steps but the last, each null-checked
 * @param result the expression returned, from the last step's value
 */
public record ViewMethodView(String type, String name, List<AccessStep> steps, String result) {
  /** Keeps an unmodifiable copy. */
  public ViewMethodView {
    steps = List.copyOf(steps);
  }
}
