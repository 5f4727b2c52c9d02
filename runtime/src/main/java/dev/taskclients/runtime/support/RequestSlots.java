package dev.taskclients.runtime.support;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * At most a fixed number of one client's requests in flight at once; the others wait, in the order
 * they came, for a slot, without holding a thread when they are asynchronous. Ten thousand
 * concurrent waits then share a few dozen connections instead of opening one each (as OkHttp's
 * dispatcher and the AWS SDK's async client also limit).
 */
final class RequestSlots {
  private static final CompletableFuture<Void> GRANTED = CompletableFuture.completedFuture(null);

  private final int max;
  private final Queue<CompletableFuture<Void>> waiting = new ArrayDeque<>();
  private int inUse;

  RequestSlots(int max) {
    this.max = max;
  }

  /**
   * {@return a future completed once this caller holds a slot} Cancelling it gives up the place in
   * the queue; a slot obtained must be given back with {@link #release()}.
   */
  synchronized CompletableFuture<Void> acquire() {
    if (inUse < max) {
      inUse++;
      return GRANTED;
    }
    CompletableFuture<Void> turn = new CompletableFuture<>();
    waiting.add(turn);
    return turn;
  }

  /**
   * Takes a slot, blocking until one is free; throws InterruptedException if interrupted meanwhile
   * (no slot held).
   */
  void acquireBlocking() throws InterruptedException {
    CompletableFuture<Void> turn = acquire();
    try {
      turn.get();
    } catch (InterruptedException e) {
      if (!turn.cancel(false)) {
        release(); // granted just as the interrupt came: give it back
      }
      throw e;
    } catch (ExecutionException | CancellationException e) {
      throw new IllegalStateException("a request slot is only ever granted", e);
    }
  }

  /** Gives a slot back: to the first caller still waiting, else to the pool. */
  void release() {
    while (true) {
      CompletableFuture<Void> next;
      synchronized (this) {
        next = waiting.poll();
        if (next == null) {
          inUse--;
          return;
        }
      }
      if (next.complete(null)) { // a waiter that gave up (cancelled) is skipped
        return;
      }
    }
  }
}
