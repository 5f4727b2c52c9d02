package dev.taskclients.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * This runtime's version, as the build wrote it into {@code runtime.properties}: never a literal
 * that goes stale.
 */
final class RuntimeVersion {
  /** The version, e.g. {@code 0.1.0}; the same one the artifact is published under. */
  static final String VERSION = read();

  private RuntimeVersion() {}

  private static String read() {
    try (InputStream in = RuntimeVersion.class.getResourceAsStream("runtime.properties")) {
      if (in == null) {
        throw new IllegalStateException(
            "runtime.properties is missing from the taskclients runtime jar");
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "");
      if (version.isBlank() || version.contains("${")) {
        throw new IllegalStateException(
            "runtime.properties holds no version: the build did not filter it");
      }
      return version;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read runtime.properties", e);
    }
  }
}
