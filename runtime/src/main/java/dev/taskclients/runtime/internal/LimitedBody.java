package dev.taskclients.runtime.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/** Reads a response body into memory, refusing more than a cap, so a huge body cannot exhaust the heap. */
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
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final long cap;
  private final int status;
  private Flow.Subscription subscription;

  private LimitedBody(long cap, int status) {
    this.cap = cap;
    this.status = status;
  }

  /** A stream that fails with {@link TooLargeException} once more than {@code cap} bytes are read from it. */
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
      long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
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
  public void onNext(List<ByteBuffer> buffers) {
    for (ByteBuffer buffer : buffers) {
      if (body.isDone()) {
        return;
      }
      if (bytes.size() + (long) buffer.remaining() > cap) {
        subscription.cancel();
        body.completeExceptionally(new TooLargeException(status, cap));
        return;
      }
      byte[] chunk = new byte[buffer.remaining()];
      buffer.get(chunk);
      bytes.write(chunk, 0, chunk.length);
    }
  }

  @Override
  public void onError(Throwable failure) {
    body.completeExceptionally(failure);
  }

  @Override
  public void onComplete() {
    body.complete(bytes.toByteArray());
  }

  @Override
  public CompletionStage<byte[]> getBody() {
    return body;
  }
}
