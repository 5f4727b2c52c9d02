package com.example.petstore.app;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The application run as users run it, in a JVM of its own, with only its run-time dependencies: as named modules on
 * the module path (the application module requiring the generated client's module) and on the class path.
 */
class ModulePathTest {
  private WireMockServer server;

  @BeforeEach
  void start() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    server.stubFor(get(urlPathEqualTo("/v2/pets/7")).willReturn(okJson("{\"id\": 7, \"name\": \"Rex\"}")));
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  @EnabledIfSystemProperty(named = "example.modules", matches = "true")
  void onTheModulePath() throws Exception {
    assertEquals("Rex", java("--module-path", path(), "-m", "com.example.petstore.app/com.example.petstore.app.Main"));
  }

  @Test
  void onTheClassPath() throws Exception {
    assertEquals("Rex", java("-cp", path(), "com.example.petstore.app.Main"));
  }

  /** The application's classes and its run-time dependencies (written by the build), as a path. */
  private static String path() throws Exception {
    List<String> entries = new ArrayList<>(List.of(
        Files.readString(Path.of(System.getProperty("example.runtimeClasspathFile"))).strip().split(File.pathSeparator)));
    entries.add(System.getProperty("example.classes"));
    return String.join(File.pathSeparator, entries);
  }

  /** Runs {@code java} with these arguments and a pet lookup, and returns what it printed. */
  private String java(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow()));
    command.addAll(List.of(args));
    command.addAll(List.of(server.baseUrl() + "/v2", "7"));
    Path output = Files.createTempFile("petstore-app", ".txt");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("no exit within 60 s: " + command);
    }
    assertEquals(0, process.exitValue(), Files.readString(output));
    return Files.readString(output).strip();
  }
}
