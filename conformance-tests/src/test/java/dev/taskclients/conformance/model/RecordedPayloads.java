package dev.taskclients.conformance.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the specs folder and reads the recorded payloads under {@code specs/examples/}. */
public final class RecordedPayloads {
  private RecordedPayloads() {}

  /** The specs folder, passed by Surefire; falls back to the module's relative location. */
  public static Path specsDir() {
    String configured = System.getProperty("taskclients.specs.dir");
    return configured != null ? Path.of(configured) : Path.of("..", "specs");
  }

  public static String read(String api, String file) {
    try {
      return Files.readString(specsDir().resolve("examples").resolve(api).resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
