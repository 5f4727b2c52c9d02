package dev.taskclients.runtime;

import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/** A System.Logger that keeps DEBUG lines in a list, for asserting what is logged. */
final class RecordingLogger implements System.Logger {
  private final List<String> lines;

  RecordingLogger(List<String> lines) {
    this.lines = lines;
  }

  @Override
  public String getName() {
    return "recording";
  }

  @Override
  public boolean isLoggable(Level level) {
    return level.getSeverity() >= Level.DEBUG.getSeverity();
  }

  @Override
  public void log(Level level, Supplier<String> message) {
    lines.add(message.get());
  }

  @Override
  public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
    lines.add(message);
  }

  @Override
  public void log(Level level, ResourceBundle bundle, String format, Object... params) {
    lines.add(format);
  }
}
