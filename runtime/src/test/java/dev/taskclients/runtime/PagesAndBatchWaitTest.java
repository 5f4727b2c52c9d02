package dev.taskclients.runtime;

import dev.taskclients.runtime.internal.Pages;
import dev.taskclients.runtime.internal.TaskWaiter;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.NullNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Paging through next links and waiting on a batch, without HTTP. */
class PagesAndBatchWaitTest {
  private final VirtualTime time = new VirtualTime();
  private final List<String> followed = new ArrayList<>();

  /** Pages are lists; the "next" link is the page's last element when it starts with "next:". */
  private Iterable<List<String>> pages(List<List<String>> all) {
    Function<List<String>, String> next = page -> page.get(page.size() - 1).startsWith("next:")
        ? page.get(page.size() - 1).substring(5) : null;
    return Pages.iterate(all.get(0), next, url -> {
      followed.add(url);
      return all.get(Integer.parseInt(url));
    });
  }

  @Test
  void pagesAreFetchedOnlyWhenReached() {
    Iterator<List<String>> it = pages(List.of(List.of("a", "next:1"), List.of("b", "next:2"), List.of("c"))).iterator();

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
    List<String> items = Pages.items(pages(List.of(List.of("a", "next:1"), List.of("b"))),
        page -> page.stream().filter(s -> !s.startsWith("next:")).collect(Collectors.toList())).collect(Collectors.toList());
    assertEquals(List.of("a", "b"), items);
    assertEquals(List.of(), Pages.items(List.of(List.of("x")), page -> null).collect(Collectors.toList()));
  }

  @Test
  void modelFieldsAreReadByJsonName() {
    ModelBasesTest.Thing thing = new ModelBasesTest.Thing.Builder().id("1").tags(List.of("t")).note(null).build();
    assertEquals("1", Pages.text(thing, "id"));
    assertEquals(null, Pages.text(thing, "note"));
    assertEquals(List.of("t"), Pages.list(thing, "tags", String.class));
    assertEquals(List.of(), Pages.list(thing, "color", String.class));
    ModelBasesTest.Thing withNullNode = new ModelBasesTest.Thing.Builder().id("1").additionalProperty("next", NullNode.getInstance()).build();
    assertEquals(null, Pages.text(withNullNode, "next"));
  }

  private static List<FakeTask> round(String... idsAndStatuses) {
    List<FakeTask> tasks = new ArrayList<>();
    for (int i = 0; i < idsAndStatuses.length; i += 2) {
      FakeTask task = new FakeTask(idsAndStatuses[i + 1], null);
      task.toJsonMap().put("id", idsAndStatuses[i]);
      tasks.add(task);
    }
    return tasks;
  }

  private WaitOptions options() {
    return WaitOptions.builder().clock(time).sleeper(time.sleeper).random(() -> 0.5).timeout(Duration.ofSeconds(5)).build();
  }

  @Test
  void batchAsksOnlyForUnfinishedIdsAndKeepsTheOrder() {
    List<List<String>> asked = new ArrayList<>();
    List<List<FakeTask>> rounds = List.of(round("a", "running", "b", "succeeded"), round("a", "succeeded"));

    List<FakeTask> done = TaskWaiter.waitForAll(List.of("a", "b"), ids -> {
      asked.add(ids);
      return List.of(rounds.get(asked.size() - 1));
    }, page -> page, options());

    assertEquals(List.of("a", "b"), done.stream().map(TaskView::id).collect(Collectors.toList()));
    assertEquals(List.of(List.of("a", "b"), List.of("a")), asked);
    assertEquals(List.of(Duration.ofMillis(500)), time.sleeps);
  }

  @Test
  void batchFailureCarriesEveryTask() {
    TaskFailedException e = assertThrows(TaskFailedException.class, () -> TaskWaiter.waitForAll(List.of("a", "b"),
        ids -> List.of(round("a", "canceled", "b", "succeeded")), page -> page, options()));
    assertEquals("a", e.task().id());
    assertEquals(2, e.batch().size());
  }

  @Test
  void batchTimesOutNamingWhatIsLeft() {
    WaitTimeoutException e = assertThrows(WaitTimeoutException.class, () -> TaskWaiter.waitForAll(List.of("a", "b"),
        ids -> List.of(round("a", "succeeded", "b", "running")), page -> page, options()));
    assertTrue(e.getMessage().startsWith("Task 1 of 2 tasks (first: b) did not finish within PT5S"), e.getMessage());
    assertEquals(Duration.ofSeconds(5), time.elapsed());
  }

  @Test
  void batchPollsThroughTransientErrorsAndHonoursRetryAfter() {
    int[] calls = {0};
    List<FakeTask> done = TaskWaiter.waitForAll(List.of("a"), ids -> {
      if (calls[0]++ == 0) {
        throw new RateLimitException(429, Map.of("Retry-After", List.of("4")), "", null, null);
      }
      return List.of(round("a", "succeeded"));
    }, page -> page, options());
    assertEquals(1, done.size());
    assertEquals(List.of(Duration.ofSeconds(4)), time.sleeps);
  }
}
