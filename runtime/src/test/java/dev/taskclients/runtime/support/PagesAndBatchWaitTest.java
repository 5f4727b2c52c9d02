package dev.taskclients.runtime.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taskclients.runtime.FakeTask;
import dev.taskclients.runtime.Json;
import dev.taskclients.runtime.ModelBasesTest;
import dev.taskclients.runtime.RequestOptions;
import dev.taskclients.runtime.Response;
import dev.taskclients.runtime.TaskView;
import dev.taskclients.runtime.VirtualTime;
import dev.taskclients.runtime.WaitOptions;
import dev.taskclients.runtime.exception.InvalidResponseException;
import dev.taskclients.runtime.exception.RateLimitException;
import dev.taskclients.runtime.exception.TaskFailedException;
import dev.taskclients.runtime.exception.WaitTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Paging through next links, checking the links a page hands out, and waiting on a batch, without
 * HTTP.
 */
class PagesAndBatchWaitTest {
  private final VirtualTime time = new VirtualTime();
  private final List<String> followed = new ArrayList<>();

  /** Pages are lists; the "next" link is the page's last element when it starts with "next:". */
  private Iterable<List<String>> pages(List<List<String>> all) {
    Function<Response<List<String>>, URI> next =
        page -> {
          String last = page.body().get(page.body().size() - 1);
          return last.startsWith("next:") ? URI.create(last.substring(5)) : null;
        };
    return Pages.iterate(
        ok(all.get(0)),
        next,
        url -> {
          followed.add(url.toString());
          return ok(all.get(Integer.parseInt(url.toString())));
        });
  }

  private static <P> Response<P> ok(P body) {
    return new Response<>(200, Map.of(), body, "r-1");
  }

  @Test
  void pagesAreFetchedOnlyWhenReached() {
    Iterator<List<String>> it =
        pages(List.of(List.of("a", "next:1"), List.of("b", "next:2"), List.of("c"))).iterator();

    assertEquals(List.of("a", "next:1"), it.next());
    assertEquals(List.of(), followed);
    assertTrue(it.hasNext());
    assertEquals(List.of("1"), followed);
    it.next();
    it.next();
    assertEquals(false, it.hasNext());
    assertThrows(NoSuchElementException.class, it::next);
  }

  @Test
  void itemsStreamAcrossPages() {
    List<String> items =
        Pages.items(
                pages(List.of(List.of("a", "next:1"), List.of("b"))),
                page ->
                    page.stream().filter(s -> !s.startsWith("next:")).collect(Collectors.toList()))
            .collect(Collectors.toList());
    assertEquals(List.of("a", "b"), items);
    assertEquals(
        List.of(), Pages.items(List.of(List.of("x")), page -> null).collect(Collectors.toList()));
  }

  @Test
  void aPageWithALinkThatCannotBeFollowedIsReturnedAndTheNextOneFails() {
    InvalidResponseException unfollowable =
        new InvalidResponseException("bad link", 200, "{}", null, null);
    Iterator<String> it =
        Pages.iterate(
                ok("first"),
                page -> {
                  throw unfollowable;
                },
                url -> {
                  followed.add(url.toString());
                  return ok("never");
                })
            .iterator();

    assertEquals("first", it.next());
    assertSame(unfollowable, assertThrows(InvalidResponseException.class, it::hasNext));
    assertSame(
        unfollowable,
        assertThrows(InvalidResponseException.class, it::next),
        "and again, not a silent end");
    assertEquals(List.of(), followed);
  }

  private static final URI BASE = URI.create("https://api.example.com/v1");

  /**
   * The checked next link of a page read from {@code json}: its field {@code note}, read by its
   * getter.
   */
  private static URI nextLink(String json) {
    return nextLink(json, BASE);
  }

  private static URI nextLink(String json, URI base) {
    try {
      ModelBasesTest.Thing page = Json.shared().readValue(json, ModelBasesTest.Thing.class);
      return Pages.nextLink(ok(page), ModelBasesTest.Thing::note, "note", base, Json.shared());
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(json, e);
    }
  }

  private static InvalidResponseException refused(String json) {
    return assertThrows(InvalidResponseException.class, () -> nextLink(json), json);
  }

  @Test
  void anAbsentNullOrEmptyLinkEndsThePages() {
    assertNull(nextLink("{\"id\":\"1\"}"));
    assertNull(nextLink("{\"id\":\"1\",\"note\":null}"));
    assertNull(nextLink("{\"id\":\"1\",\"note\":\"\"}"));
    assertNull(
        nextLink("{\"id\":\"1\",\"next\":\"https://api.example.com/v1/x\"}"),
        "only the field the getter reads");
  }

  @Test
  void aLinkUnderTheBaseUrlIsFollowed() {
    assertEquals(
        URI.create("https://api.example.com/v1/things?page=2"),
        nextLink("{\"id\":\"1\",\"note\":\"https://api.example.com/v1/things?page=2\"}"));
    assertEquals(
        URI.create("https://api.example.com/v1"),
        nextLink("{\"id\":\"1\",\"note\":\"https://api.example.com/v1\"}"));
    assertEquals(
        URI.create("HTTP://127.0.0.1:8080/v1/things?page=2"),
        nextLink(
            "{\"id\":\"1\",\"note\":\"HTTP://127.0.0.1:8080/v1/things?page=2\"}",
            URI.create("http://127.0.0.1:8080/v1")));
  }

  @Test
  void aLinkThatIsNotAnAbsoluteHttpUrlIsAnInvalidResponseNamingFieldAndValue() {
    String json = "{\"id\":\"1\",\"note\":\"string\"}";
    InvalidResponseException e = refused(json);

    assertEquals(
        "Invalid response to HTTP 200: Thing.note is not an absolute http(s) URL: \"string\" (request-id: r-1);"
            + " body: "
            + json,
        e.getMessage());
    assertEquals(200, e.statusCode());
    assertEquals(json, e.rawBody());
    assertEquals(Optional.of("r-1"), e.requestId());
    for (String value :
        new String[] {
          "/v1/things?page=2",
          "not a url",
          "mailto:a@api.example.com",
          "https:///v1/x",
          "ftp://api.example.com/v1/x",
          "api.example.com/v1/x"
        }) {
      String message = refused("{\"id\":\"1\",\"note\":\"" + value + "\"}").getMessage();
      assertTrue(
          message.contains("Thing.note is not an absolute http(s) URL: \"" + value + "\""),
          message);
    }
  }

  @Test
  void aLinkOutsideTheBaseUrlIsAnInvalidResponseSoTheCredentialNeverLeaves() {
    for (String value :
        new String[] {
          "https://evil.example/v1/things",
          "http://api.example.com/v1/things",
          "https://api.example.com:8443/v1/things",
          "https://api.example.com/v2/things",
          "https://api.example.com/v1x"
        }) {
      String message = refused("{\"id\":\"1\",\"note\":\"" + value + "\"}").getMessage();
      assertTrue(
          message.startsWith(
              "Invalid response to HTTP 200: Thing.note points outside the client's base URL "
                  + "https://api.example.com/v1: \""
                  + value
                  + "\" (request-id: r-1)"),
          message);
    }
  }

  @Test
  void aLongLinkIsCutInTheMessageButKeptWholeInTheBody() {
    String value = "x".repeat(400);
    InvalidResponseException e = refused("{\"id\":\"1\",\"note\":\"" + value + "\"}");

    assertTrue(e.getMessage().contains("\"" + "x".repeat(300) + "… (400 chars)\""), e.getMessage());
    assertTrue(e.rawBody().contains(value));
  }

  @Test
  void withoutARequestIdTheExceptionHasNone() throws Exception {
    ModelBasesTest.Thing page =
        Json.shared().readValue("{\"id\":\"1\",\"note\":\"string\"}", ModelBasesTest.Thing.class);
    InvalidResponseException e =
        assertThrows(
            InvalidResponseException.class,
            () ->
                Pages.nextLink(
                    new Response<>(206, Map.of(), page, null),
                    ModelBasesTest.Thing::note,
                    "note",
                    BASE,
                    Json.shared()));

    assertEquals(Optional.empty(), e.requestId());
    assertEquals(206, e.statusCode());
  }

  private static List<FakeTask> round(String... idsAndStatuses) {
    List<FakeTask> tasks = new ArrayList<>();
    for (int i = 0; i < idsAndStatuses.length; i += 2) {
      tasks.add(new FakeTask(idsAndStatuses[i + 1], null).id(idsAndStatuses[i]));
    }
    return tasks;
  }

  /**
   * The synchronous batch waiter, or the asynchronous one on the same virtual clock: each scenario
   * runs through both.
   */
  enum Driver {
    SYNC,
    ASYNC;

    List<FakeTask> waitForAll(
        List<String> ids,
        BiFunction<List<String>, RequestOptions, Iterable<List<FakeTask>>> pages,
        Function<List<FakeTask>, List<FakeTask>> items,
        WaitOptions options) {
      if (this == SYNC) {
        return TaskWaiter.waitForAll(ids, pages, items, options);
      }
      CompletableFuture<List<FakeTask>> wait =
          TaskWaiter.waitForAllAsync(
              ids,
              (asked, requestOptions) -> {
                try {
                  List<List<FakeTask>> all = new ArrayList<>();
                  pages.apply(asked, requestOptions).forEach(all::add);
                  return CompletableFuture.completedFuture(all);
                } catch (RuntimeException e) {
                  return CompletableFuture.failedFuture(e);
                }
              },
              items,
              options);
      try {
        return wait.join();
      } catch (CompletionException e) {
        throw (RuntimeException) e.getCause();
      }
    }
  }

  private WaitOptions options() {
    return WaitOptions.builder()
        .clock(time)
        .sleeper(time.sleeper())
        .random(() -> 0.5)
        .timeout(Duration.ofSeconds(5))
        .build();
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void batchAsksOnlyForUnfinishedIdsAndKeepsTheOrder(Driver driver) {
    List<List<String>> asked = new ArrayList<>();
    List<List<FakeTask>> rounds =
        List.of(round("a", "running", "b", "succeeded"), round("a", "succeeded"));

    List<FakeTask> done =
        driver.waitForAll(
            List.of("a", "b"),
            (ids, requestOptions) -> {
              asked.add(ids);
              return List.of(rounds.get(asked.size() - 1));
            },
            page -> page,
            options());

    assertEquals(List.of("a", "b"), done.stream().map(TaskView::id).collect(Collectors.toList()));
    assertEquals(List.of(List.of("a", "b"), List.of("a")), asked);
    assertEquals(List.of(Duration.ofMillis(500)), time.sleeps());
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void aPageWithoutItemsHoldsNoTask(Driver driver) {
    List<FakeTask> done =
        driver.waitForAll(
            List.of("a"),
            (ids, requestOptions) -> List.of(List.of(), round("a", "succeeded")),
            page -> page.isEmpty() ? null : page,
            options());

    assertEquals(List.of("a"), done.stream().map(TaskView::id).collect(Collectors.toList()));
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void batchFailureCarriesEveryTask(Driver driver) {
    TaskFailedException e =
        assertThrows(
            TaskFailedException.class,
            () ->
                driver.waitForAll(
                    List.of("a", "b"),
                    (ids, requestOptions) -> List.of(round("a", "canceled", "b", "succeeded")),
                    page -> page,
                    options()));
    assertEquals("a", e.task().id());
    assertEquals(2, e.batch().size());
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void batchTimesOutNamingWhatIsLeft(Driver driver) {
    WaitTimeoutException e =
        assertThrows(
            WaitTimeoutException.class,
            () ->
                driver.waitForAll(
                    List.of("a", "b"),
                    (ids, requestOptions) -> List.of(round("a", "succeeded", "b", "running")),
                    page -> page,
                    options()));
    assertTrue(
        e.getMessage().startsWith("Task 1 of 2 tasks (first: b) did not finish within PT5S"),
        e.getMessage());
    assertEquals(Duration.ofSeconds(5), time.elapsed());
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void batchPollsThroughTransientErrorsAndHonoursRetryAfter(Driver driver) {
    int[] calls = {0};
    List<FakeTask> done =
        driver.waitForAll(
            List.of("a"),
            (ids, requestOptions) -> {
              if (calls[0]++ == 0) {
                throw new RateLimitException(
                    429, Map.of("Retry-After", List.of("4")), "", null, null);
              }
              return List.of(round("a", "succeeded"));
            },
            page -> page,
            options());
    assertEquals(1, done.size());
    assertEquals(List.of(Duration.ofSeconds(4)), time.sleeps());
  }
}
