package dev.taskclients.runtime.support;

import dev.taskclients.runtime.internal.Headers;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads a response body into memory, refusing more than a cap, so a huge body cannot exhaust the
 * heap. Like the JDK's own {@code BodySubscribers.ofByteArray()} it keeps the buffers it is handed
 * (they are not reused) and copies them once, at the end, into an array of the exact size.
 */
final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {
  /** Thrown (as the cause of the send's failure) when a body passes the cap. */
  static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;
    final int status;

    TooLargeException(int status, long cap) {
      super("response body is larger than the " + cap + "-byte limit");
      this.status = status;
    }
  }

  private final CompletableFuture<byte[]> body = new CompletableFuture<>();
  private final List<ByteBuffer> buffers = new ArrayList<>();
  private long size;
  private final long cap;
  private final int status;
  private Flow.Subscription subscription;

  private LimitedBody(long cap, int status) {
    this.cap = Math.min(cap, Integer.MAX_VALUE - 8); // the largest array a JVM allocates
    this.status = status;
  }

  /**
   * A stream that fails with {@link TooLargeException} once more than {@code cap} bytes are read
   * from it.
   */
  static java.io.InputStream capped(java.io.InputStream in, long cap, int status) {
    return new java.io.FilterInputStream(in) {
      private long read;

      @Override
      public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? 0 : 1);
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        count(Math.max(n, 0));
        return n;
      }

      private void count(int n) throws IOException {
        read += n;
        if (read > cap) {
          throw new TooLargeException(status, cap);
        }
      }
    };
  }

  /** A body handler that reads at most {@code cap} bytes. */
  static HttpResponse.BodyHandler<byte[]> handler(long cap) {
    return info -> {
      LimitedBody subscriber = new LimitedBody(cap, info.statusCode());
      String length = Headers.first(info.headers(), "Content-Length");
      long declared = length == null ? -1 : Long.parseLong(length);
      if (declared > cap) {
        subscriber.body.completeExceptionally(new TooLargeException(info.statusCode(), cap));
      }
      return subscriber;
    };
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    if (body.isDone()) {
      subscription.cancel();
    } else {
      subscription.request(Long.MAX_VALUE);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> items) {
    for (ByteBuffer buffer : items) {
      if (body.isDone()) {
        return;
      }
      size += buffer.remaining();
      if (size > cap) {
        subscription.cancel();
        buffers.clear();
        body.completeExceptionally(new TooLargeException(status, cap));
        return;
      }
      buffers.add(buffer);
    }
  }

  @Override
  public void onError(Throwable failure) {
    body.completeExceptionally(failure);
  }

  @Override
  public void onComplete() {
    byte[] all = new byte[(int) size];
    int at = 0;
    for (ByteBuffer buffer : buffers) {
      int n = buffer.remaining();
      buffer.get(all, at, n);
      at += n;
    }
    buffers.clear();
    body.complete(all);
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return body;
  }
}
