package dev.taskclients.runtime.internal;

import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The runtime's pool for HTTP work: java.net.http's internal work for every client the runtime
 * creates, and the reading of every asynchronous response. java.net.http's own default is an
 * unbounded cached pool, which grew by about 100 threads under 32 concurrent callers in our load
 * test; this one never runs more than 8 daemon threads, named {@code taskclients-http-N}, and lets
 * idle ones end after a minute. A fork-join pool rather than a fixed thread pool: it hands work to
 * its most recently idle thread, where a fixed pool's queue wakes the longest idle one, a cold
 * thread on every hand-off of every response. On loopback that hand-off cost a sequential call
 * about 10 %.
 */
public final class HttpThreads {
  private static final AtomicInteger COUNT = new AtomicInteger();
  private static final ForkJoinPool POOL =
      new ForkJoinPool(8, HttpThread::new, null, true, 0, 8, 1, pool -> true, 60, TimeUnit.SECONDS);

  private HttpThreads() {}

  /** {@return the pool} */
  public static ForkJoinPool pool() {
    return POOL;
  }

  /** A daemon thread of the pool, named so that a thread dump says whose it is. */
  private static final class HttpThread extends ForkJoinWorkerThread {
    HttpThread(ForkJoinPool pool) {
      super(pool);
      setName("taskclients-http-" + COUNT.incrementAndGet());
      setDaemon(true);
    }
  }
}
