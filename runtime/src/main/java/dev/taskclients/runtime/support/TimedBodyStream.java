package dev.taskclients.runtime.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A response body streamed to the caller whose every read gives up after an idle timeout: the
 * stream's whole duration belongs to the reader, but a server that stops sending must not hold the
 * reading thread for ever. A read that waits longer closes the stream (cancelling the exchange) and
 * throws {@link SocketTimeoutException}, as a socket's own read timeout does. (java.net.http's own
 * {@code ofInputStream} stream cannot time out: it ignores interrupts.) It asks for the next piece
 * of the body only once the reader has taken the last, so at most two are held.
 */
final class TimedBodyStream extends InputStream
    implements HttpResponse.BodySubscriber<InputStream> {
  /** Marks the end of the body (or a failure, in {@link #failure}) in the queue. */
  private static final List<ByteBuffer> END = List.of();

  private final Duration idleTimeout;
  private final BlockingQueue<List<ByteBuffer>> arrived = new LinkedBlockingQueue<>();
  private final CompletableFuture<Flow.Subscription> subscription = new CompletableFuture<>();
  private volatile Throwable failure;
  private Iterator<ByteBuffer> pieces;
  private ByteBuffer current;
  private boolean ended;
  private volatile boolean closed;

  TimedBodyStream(Duration idleTimeout) {
    this.idleTimeout = idleTimeout;
  }

  @Override
  public CompletionStage<InputStream> getBody() {
    return CompletableFuture.completedStage(this);
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    if (!subscription.complete(s)) {
      s.cancel();
      return;
    }
    if (closed) {
      s.cancel();
    } else {
      s.request(1);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> item) {
    arrived.add(item);
  }

  @Override
  public void onError(Throwable thrown) {
    failure = thrown;
    arrived.add(END);
  }

  @Override
  public void onComplete() {
    arrived.add(END);
  }

  @Override
  public int read() throws IOException {
    ByteBuffer buffer = current();
    return buffer == null ? -1 : buffer.get() & 0xff;
  }

  @Override
  public int read(byte[] into, int offset, int length) throws IOException {
    java.util.Objects.checkFromIndexSize(offset, length, into.length);
    if (length == 0) {
      return 0;
    }
    ByteBuffer buffer = current();
    if (buffer == null) {
      return -1;
    }
    int n = Math.min(length, buffer.remaining());
    buffer.get(into, offset, n);
    return n;
  }

  @Override
  public int available() {
    return current == null ? 0 : current.remaining();
  }

  /**
   * {@return the buffer to read from, waiting at most the idle timeout for the next piece; null at
   * the end}
   */
  private ByteBuffer current() throws IOException {
    while (current == null || !current.hasRemaining()) {
      if (closed) {
        throw new IOException("the response body stream is closed");
      }
      if (pieces != null && pieces.hasNext()) {
        current = pieces.next();
        continue;
      }
      if (ended) {
        return null;
      }
      List<ByteBuffer> next;
      try {
        next = arrived.poll(idleTimeout.toNanos(), TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while reading the response body");
      }
      if (next == null) {
        close();
        throw new SocketTimeoutException(
            "no data arrived for "
                + idleTimeout
                + " (the client's streamIdleTimeout); the download was cancelled");
      }
      if (next == END) {
        ended = true;
        if (failure != null) {
          throw new IOException("the response body failed: " + failure, failure);
        }
        return null;
      }
      pieces = next.iterator();
      subscription.join().request(1);
    }
    return current;
  }

  @Override
  public void close() {
    if (!closed) {
      closed = true;
      subscription.thenAccept(Flow.Subscription::cancel);
    }
  }
}
