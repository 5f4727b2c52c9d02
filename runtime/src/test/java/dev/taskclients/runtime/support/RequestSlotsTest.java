package dev.taskclients.runtime.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The per-client limit of requests in flight: slots are handed over in order, and a caller who
 * gives up is skipped.
 */
class RequestSlotsTest {
  @Test
  void beyondTheLimitCallersWaitInOrderForASlot() {
    RequestSlots slots = new RequestSlots(2);
    assertTrue(slots.acquire().isDone());
    assertTrue(slots.acquire().isDone());
    CompletableFuture<Void> third = slots.acquire();
    CompletableFuture<Void> fourth = slots.acquire();
    assertFalse(third.isDone(), "no slot is free");

    slots.release();
    assertTrue(third.isDone(), "the first waiting caller gets the slot given back");
    assertFalse(fourth.isDone());

    slots.release();
    assertTrue(fourth.isDone());
  }

  @Test
  void aCallerWhoGaveUpIsSkippedAndTheSlotGoesBackToThePool() {
    RequestSlots slots = new RequestSlots(1);
    slots.acquire();
    CompletableFuture<Void> gaveUp = slots.acquire();
    CompletableFuture<Void> next = slots.acquire();
    gaveUp.cancel(false);

    slots.release();
    assertTrue(next.isDone(), "the slot skipped the cancelled caller");

    slots.release();
    assertTrue(slots.acquire().isDone(), "and, once given back with no one waiting, is free again");
  }

  @Test
  void aBlockedCallerInterruptedHoldsNoSlot() throws Exception {
    RequestSlots slots = new RequestSlots(1);
    slots.acquire();
    Thread.currentThread().interrupt();
    assertThrows(InterruptedException.class, slots::acquireBlocking);

    slots.release();
    assertTrue(slots.acquire().isDone(), "the interrupted caller left the queue");
  }
}
