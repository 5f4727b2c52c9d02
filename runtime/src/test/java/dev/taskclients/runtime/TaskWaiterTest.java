package dev.taskclients.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taskclients.runtime.exception.ApiIoException;
import dev.taskclients.runtime.exception.NotFoundException;
import dev.taskclients.runtime.exception.ServerException;
import dev.taskclients.runtime.exception.TaskFailedException;
import dev.taskclients.runtime.exception.WaitTimeoutException;
import dev.taskclients.runtime.support.TaskWaiter;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TaskWaiterTest {
  private final VirtualTime time = new VirtualTime();
  private final List<TaskView> seen = new ArrayList<>();

  /** No jitter (random 0.5 is the middle), so every delay is exact. */
  private WaitOptions.Builder options() {
    return WaitOptions.builder()
        .clock(time)
        .sleeper(time.sleeper())
        .random(() -> 0.5)
        .progressListener(seen::add);
  }

  /**
   * The synchronous waiter, or the asynchronous one on the same virtual clock: every scenario runs
   * through both.
   */
  enum Driver {
    SYNC,
    ASYNC;

    FakeTask waitFor(
        BiFunction<String, RequestOptions, Response<FakeTask>> poll, WaitOptions options) {
      if (this == SYNC) {
        return TaskWaiter.waitFor("t1", poll, options);
      }
      CompletableFuture<FakeTask> wait =
          TaskWaiter.waitForAsync(
              "t1",
              (id, requestOptions) -> {
                try {
                  return CompletableFuture.completedFuture(poll.apply(id, requestOptions));
                } catch (RuntimeException e) {
                  return CompletableFuture.failedFuture(e);
                }
              },
              options);
      try {
        return wait.join();
      } catch (CompletionException e) {
        throw (RuntimeException) e.getCause();
      }
    }
  }

  private static Response<FakeTask> ok(FakeTask task) {
    return new Response<>(200, Map.of(), task, null);
  }

  /** Answers each poll with the next step; a step may throw. */
  private static BiFunction<String, RequestOptions, Response<FakeTask>> script(
      List<Supplier<Response<FakeTask>>> steps, int[] polls) {
    Deque<Supplier<Response<FakeTask>>> queue = new ArrayDeque<>(steps);
    return (id, requestOptions) -> {
      polls[0]++;
      return (queue.size() > 1 ? queue.poll() : queue.peek()).get();
    };
  }

  private static Duration ms(long millis) {
    return Duration.ofMillis(millis);
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void lifecycleQueuedRunningSucceededIsFollowedToTheEnd(Driver driver) {
    int[] polls = {0};
    FakeTask done = new FakeTask("succeeded", 100);
    var poll =
        script(
            List.of(
                () -> ok(new FakeTask("queued", null)),
                () -> ok(new FakeTask("running", 40)),
                () -> ok(new FakeTask("running", 80)),
                () -> ok(done)),
            polls);

    FakeTask result = driver.waitFor(poll, options().build());

    assertSame(done, result);
    assertEquals(4, polls[0]);
    // 500 ms, then 750 ms (backoff, no rate yet), then progress 40 -> 80 in 750 ms: 20 % left = 375
    // ms, raised to the 500 ms minimum.
    assertEquals(List.of(ms(500), ms(750), ms(500)), time.sleeps());
    assertEquals(4, seen.size(), "the listener saw every poll");
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void backoffGrowsByTheMultiplierUpToTheMaxDelay(Driver driver) {
    int[] polls = {0};
    var poll =
        script(
            List.of(
                () -> ok(new FakeTask("queued", null)),
                () -> ok(new FakeTask("queued", null)),
                () -> ok(new FakeTask("queued", null)),
                () -> ok(new FakeTask("queued", null)),
                () -> ok(new FakeTask("queued", null)),
                () -> ok(new FakeTask("succeeded", null))),
            polls);

    driver.waitFor(poll, options().firstDelay(ms(1000)).maxDelay(ms(3000)).multiplier(2).build());

    assertEquals(List.of(ms(1000), ms(2000), ms(3000), ms(3000), ms(3000)), time.sleeps());
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void jitterSpreadsTheBackoffBothWays(Driver driver) {
    var poll =
        script(
            List.of(
                () -> ok(new FakeTask("queued", null)),
                () -> ok(new FakeTask("queued", null)),
                () -> ok(new FakeTask("succeeded", null))),
            new int[1]);
    double[] randoms = {0.0, 0.999999};
    int[] next = {0};

    driver.waitFor(
        poll,
        options()
            .firstDelay(ms(1000))
            .maxDelay(ms(10_000))
            .multiplier(2)
            .jitter(0.2)
            .random(() -> randoms[next[0]++])
            .build());

    // First: 1000 ms * 0.8, raised to the 1000 ms minimum; second: 2000 ms * ~1.2.
    assertEquals(ms(1000), time.sleeps().get(0));
    assertEquals(2399, time.sleeps().get(1).toMillis());
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void failedTaskIsThrownWithTheTaskAttached(Driver driver) {
    FakeTask failed = new FakeTask("failed", 60).error("Invalid input data format");
    var poll = script(List.of(() -> ok(new FakeTask("running", 10)), () -> ok(failed)), new int[1]);

    TaskFailedException e =
        assertThrows(TaskFailedException.class, () -> driver.waitFor(poll, options().build()));

    assertSame(failed, e.task());
    assertEquals(TaskView.State.FAILED, e.state());
    assertEquals("Task t1 failed (status 'failed'): Invalid input data format", e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void canceledTaskIsThrownToo(Driver driver) {
    var poll = script(List.of(() -> ok(new FakeTask("canceled", null))), new int[1]);

    TaskFailedException e =
        assertThrows(TaskFailedException.class, () -> driver.waitFor(poll, options().build()));

    assertEquals(TaskView.State.CANCELED, e.state());
    assertEquals(List.of(), time.sleeps());
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void neverFinishingTaskTimesOutWithTheLastPollAtTheDeadline(Driver driver) {
    int[] polls = {0};
    var poll = script(List.of(() -> ok(new FakeTask("running", null))), polls);

    WaitTimeoutException e =
        assertThrows(
            WaitTimeoutException.class,
            () -> driver.waitFor(poll, options().timeout(Duration.ofSeconds(10)).build()));

    assertEquals(Duration.ofSeconds(10), time.elapsed(), "never sleeps past the deadline");
    // 0.5 + 0.75 + 1.125 + 1.6875 + 2.53125 = 6.59375 s, then 3.40625 s lands exactly on the
    // deadline.
    assertEquals(
        ms(3406),
        time.sleeps()
            .get(time.sleeps().size() - 1)
            .truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
    assertEquals(7, polls[0]);
    assertEquals("running", e.lastSeen().rawStatus());
    assertTrue(
        e.getMessage()
            .startsWith("Task t1 did not finish within PT10S (7 polls, last status 'running'"),
        e.getMessage());
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void transientErrorsArePolledThroughAndRetryAfterIsHonoured(Driver driver) {
    int[] polls = {0};
    ServerException unavailable =
        new ServerException(503, Map.of("Retry-After", List.of("3")), "", null, null);
    var poll =
        script(
            List.of(
                () -> ok(new FakeTask("running", null)),
                () -> {
                  throw unavailable;
                },
                () -> ok(new FakeTask("succeeded", null))),
            polls);

    driver.waitFor(poll, options().build());

    assertEquals(3, polls[0]);
    assertEquals(List.of(ms(500), ms(3000)), time.sleeps());
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void tooManyTransientErrorsInARowEndTheWait(Driver driver) {
    ServerException down = new ServerException(500, Map.of(), "", null, null);
    int[] polls = {0};
    var poll =
        script(
            List.of(
                () -> {
                  throw down;
                }),
            polls);

    assertSame(
        down,
        assertThrows(
            ServerException.class,
            () -> driver.waitFor(poll, options().maxConsecutiveErrors(2).build())));
    assertEquals(3, polls[0]);
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void notFoundEndsTheWaitAtOnce(Driver driver) {
    int[] polls = {0};
    var poll =
        script(
            List.of(
                () -> {
                  throw new NotFoundException(404, Map.of(), "{}", null, null);
                }),
            polls);

    assertThrows(NotFoundException.class, () -> driver.waitFor(poll, options().build()));
    assertEquals(1, polls[0]);
    assertEquals(List.of(), time.sleeps());
  }

  @ParameterizedTest
  @EnumSource(Driver.class)
  void estimatedCompletionAimsTheNextPoll(Driver driver) {
    var poll =
        script(
            List.of(
                () ->
                    ok(
                        new FakeTask("running", 75)
                            .eta(time.instant().plusSeconds(2).atOffset(ZoneOffset.UTC))),
                () -> ok(new FakeTask("succeeded", 100))),
            new int[1]);

    driver.waitFor(poll, options().build());

    assertEquals(List.of(Duration.ofSeconds(2)), time.sleeps());
  }

  @Test
  void interruptStopsTheWaitAndKeepsTheFlag() {
    var poll = script(List.of(() -> ok(new FakeTask("running", null))), new int[1]);
    WaitOptions interrupting =
        options()
            .sleeper(
                d -> {
                  throw new InterruptedException("stop");
                })
            .build();

    try {
      ApiIoException e =
          assertThrows(ApiIoException.class, () -> TaskWaiter.waitFor("t1", poll, interrupting));
      assertTrue(Thread.currentThread().isInterrupted());
      assertEquals("Waiting for task t1 was interrupted", e.getMessage());
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void cancellingStopsThePollInFlightAndSendsNoMore() {
    int[] polls = {0};
    CompletableFuture<Response<FakeTask>> inFlight = new CompletableFuture<>();
    CompletableFuture<FakeTask> wait =
        TaskWaiter.waitForAsync(
            "t1",
            (id, requestOptions) -> {
              polls[0]++;
              return inFlight;
            },
            options().build());

    assertTrue(wait.cancel(true));

    assertTrue(inFlight.isCancelled(), "the poll in flight was cancelled");
    assertThrows(CancellationException.class, wait::join);
    inFlight.obtrudeValue(ok(new FakeTask("running", null)));
    assertEquals(1, polls[0], "no poll after the cancel");
  }

  @Test
  void cancellingDuringThePauseCancelsTheScheduledPoll() {
    int[] polls = {0};
    List<CompletableFuture<Void>> pauses = new ArrayList<>();
    Sleeper scheduling =
        new Sleeper() {
          @Override
          public void sleep(Duration duration) {
            throw new AssertionError("an asynchronous wait never sleeps on a thread");
          }

          @Override
          public CompletableFuture<Void> after(Duration duration) {
            CompletableFuture<Void> pause = new CompletableFuture<>();
            pauses.add(pause);
            return pause;
          }
        };
    CompletableFuture<FakeTask> wait =
        TaskWaiter.waitForAsync(
            "t1",
            (id, requestOptions) -> {
              polls[0]++;
              return CompletableFuture.completedFuture(ok(new FakeTask("running", null)));
            },
            options().sleeper(scheduling).build());
    assertEquals(1, pauses.size(), "one poll, then a pause is scheduled");

    assertTrue(wait.cancel(true));

    assertTrue(pauses.get(0).isCancelled(), "the scheduled pause was cancelled");
    pauses.get(0).obtrudeValue(null);
    assertEquals(1, polls[0], "no poll after the cancel");
    assertThrows(CancellationException.class, wait::join);
  }

  @Test
  void aBatchWaitIsCancelledTheSameWay() {
    int[] rounds = {0};
    CompletableFuture<List<List<FakeTask>>> inFlight = new CompletableFuture<>();
    CompletableFuture<List<FakeTask>> wait =
        TaskWaiter.<List<FakeTask>, FakeTask>waitForAllAsync(
            List.of("a", "b"),
            (ids, requestOptions) -> {
              rounds[0]++;
              return inFlight;
            },
            page -> page,
            options().build());

    assertTrue(wait.cancel(true));

    assertTrue(inFlight.isCancelled());
    assertEquals(1, rounds[0]);
  }

  @Test
  void optionsAreChecked() {
    assertThrows(IllegalArgumentException.class, () -> WaitOptions.builder().multiplier(0.5));
    assertThrows(IllegalArgumentException.class, () -> WaitOptions.builder().jitter(1.5));
    assertThrows(
        IllegalArgumentException.class, () -> WaitOptions.builder().timeout(Duration.ZERO));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            WaitOptions.builder()
                .firstDelay(Duration.ofSeconds(5))
                .maxDelay(Duration.ofSeconds(1))
                .build());
  }

  @Test
  void aTaskViewMapsEveryApiStatusAndUnlistedOnesToUnknown() {
    assertEquals(TaskView.State.PENDING, new FakeTask("queued", null).state());
    assertEquals(TaskView.State.UNKNOWN, new FakeTask("paused", null).state());
    assertEquals(false, new FakeTask("paused", null).isTerminal());
    assertEquals(40, new FakeTask("running", 40).progressPercent());
    assertEquals("boom", new FakeTask("failed", null).error("boom").errorMessage());
    assertEquals("t1", new FakeTask("failed", null).id());
  }
}
