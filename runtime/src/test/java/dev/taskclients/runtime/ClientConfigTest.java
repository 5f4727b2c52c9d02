package dev.taskclients.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientConfigTest {
  @Test
  void defaultsAreDocumentedOnes() {
    ClientConfig config = TestClient.builder("https://api.example.com/v0.7/").build().config();

    assertEquals(
        URI.create("https://api.example.com/v0.7"),
        config.baseUrl(),
        "one trailing slash is dropped");
    assertEquals(Duration.ofSeconds(10), config.connectTimeout());
    assertEquals(Duration.ofSeconds(30), config.requestTimeout());
    assertEquals(HttpClient.Redirect.NEVER, config.httpClient().followRedirects());
    assertSame(Json.shared(), config.objectMapper());
    assertEquals(
        "taskclients-java/" + System.getProperty("taskclients.version"),
        config.userAgent(),
        "the version the build passes to the tests (surefire's systemPropertyVariables)");
    assertEquals("dev.taskclients.http", config.logger().getName());
    assertSame(
        config.logger(),
        TestClient.builder("https://a.example").build().config().logger(),
        "the default logger is looked up once");
  }

  @Test
  void httpWorkRunsOnAtMostEightDaemonThreadsEvenWhenItBlocks() throws Exception {
    Executor pool =
        TestClient.builder("https://api.example.com")
            .build()
            .config()
            .httpClient()
            .executor()
            .orElseThrow();
    CompletableFuture<Void> gate = new CompletableFuture<>();
    CountDownLatch eightRunning = new CountDownLatch(8);
    Set<Thread> threads = ConcurrentHashMap.newKeySet();

    // 32 tasks that block until the gate opens: an unbounded pool would start a thread for each,
    // and a fork-join pool allowed to compensate for blocked joins would add threads beyond its
    // parallelism.
    List<CompletableFuture<Void>> tasks =
        IntStream.range(0, 32)
            .mapToObj(
                i ->
                    CompletableFuture.runAsync(
                        () -> {
                          threads.add(Thread.currentThread());
                          eightRunning.countDown();
                          gate.join();
                        },
                        pool))
            .toList();
    assertTrue(eightRunning.await(30, TimeUnit.SECONDS), "eight tasks run at once");
    gate.complete(null);
    CompletableFuture.allOf(tasks.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

    assertTrue(threads.size() <= 8, threads.size() + " threads ran the tasks");
    for (Thread thread : threads) {
      assertTrue(thread.isDaemon(), thread.getName());
      assertTrue(thread.getName().startsWith("taskclients-http-"), thread.getName());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "api.example.com",
        "/v1",
        "ftp://api.example.com",
        "https://api.example.com/?a=1",
        "https://api.example.com/#top",
        "https://user:pw@api.example.com",
        "https://exa mple.com"
      })
  void unusableBaseUrlsAreRefused(String url) {
    assertThrows(IllegalArgumentException.class, () -> TestClient.builder(url));
    assertThrows(
        IllegalArgumentException.class,
        () -> TestClient.forSpecServer("https://ok.example").baseUrl(url));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost:8080",
        "http://127.0.0.1:1",
        "http://127.9.9.9",
        "http://[::1]:80"
      })
  void plainHttpIsAllowedForLoopback(String url) {
    assertNotNull(TestClient.builder(url).build().config());
  }

  @Test
  void plainHttpElsewhereNeedsExplicitConsent() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> TestClient.builder("http://api.example.com").build());
    assertTrue(e.getMessage().contains("allowInsecureHttp"), e.getMessage());

    assertNotNull(
        TestClient.builder("http://api.example.com").allowInsecureHttp(true).build().config());
  }

  @Test
  void timeoutsMustBePositive() {
    TestClient.Builder builder = TestClient.builder("https://api.example.com");
    assertThrows(IllegalArgumentException.class, () -> builder.connectTimeout(Duration.ZERO));
    assertThrows(
        IllegalArgumentException.class, () -> builder.requestTimeout(Duration.ofMillis(-5)));
    assertThrows(IllegalArgumentException.class, () -> builder.callTimeout(Duration.ofMillis(-5)));
  }

  @Test
  void toStringNeverShowsTheSecret() {
    ClientConfig config =
        TestClient.builder("https://api.example.com")
            .bearerToken("sk-secret-token")
            .defaultHeader("X-Team", "core")
            .build()
            .config();

    assertFalse(config.toString().contains("sk-secret-token"), config.toString());
    assertTrue(config.toString().contains("Authorization=****"), config.toString());
  }
}
