package dev.taskclients.runtime.support;

import java.net.http.HttpTimeoutException;

/**
 * An attempt that ran out of time after java.net.http's own request timeout no longer applied:
 * while the response body was arriving (or, for a synchronous attempt, before the headers, if the
 * runtime's timer fired first). Says which.
 */
final class AttemptTimeout extends HttpTimeoutException {
  private static final long serialVersionUID = 1L;

  AttemptTimeout(boolean headersArrived) {
    super(headersArrived ? "reading the response body" : "waiting for the response headers");
  }
}
