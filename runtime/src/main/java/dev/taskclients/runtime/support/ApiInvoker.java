package dev.taskclients.runtime.support;

import dev.taskclients.runtime.ClientConfig;
import dev.taskclients.runtime.RequestOptions;
import dev.taskclients.runtime.Response;
import dev.taskclients.runtime.exception.ApiIoException;
import dev.taskclients.runtime.exception.InvalidResponseException;
import dev.taskclients.runtime.internal.Headers;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Sends {@link ApiRequest}s for a generated client and turns each response into a typed body or a
 * typed exception: what generated code calls. The work is done in layers, each with one job: {@link
 * RequestEncoder} builds each attempt's HTTP request, {@link Transport} sends it (request slots,
 * the whole-exchange timeout, interceptors and the attempt log), {@link ResponseDecoder} reads the
 * response or types the failure, and {@link Retrying} makes the attempts a call needs. Immutable
 * and thread-safe.
 */
public final class ApiInvoker {
  private final ClientConfig config;
  private final RequestEncoder encoder;
  private final Transport transport;
  private final ResponseDecoder decoder;
  private final Retrying retrying;

  /**
   * Creates an invoker that sends with this configuration.
   *
   * @param config the client's configuration
   */
  public ApiInvoker(ClientConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.encoder = new RequestEncoder(config);
    this.transport = new Transport(config);
    this.decoder = new ResponseDecoder(config);
    this.retrying = new Retrying(config, encoder, transport, decoder);
  }

  /**
   * Sends a request and waits for its response, each status's body read as its documented status
   * says ({@link ApiRequest.Builder#expect}); throws ApiException for an error status,
   * ApiIoException if the call could not complete, InvalidResponseException if a success response
   * cannot be read.
   *
   * @param <T> the type of the success statuses' bodies
   * @param request the operation's request
   * @param options the call's options
   * @return the response
   */
  public <T> Response<T> send(ApiRequest request, RequestOptions options) {
    return retrying.send(new Call(request, options, config));
  }

  /**
   * Sends as {@link #send} does, without blocking; failures complete the future with the same
   * exceptions, and cancelling it cancels the attempt or retry delay in flight.
   *
   * @param <T> the type of the success statuses' bodies
   * @param request the operation's request
   * @param options the call's options
   * @return a future of the response
   */
  public <T> CompletableFuture<Response<T>> sendAsync(ApiRequest request, RequestOptions options) {
    ChainedFuture<Response<T>> result = new ChainedFuture<>();
    try {
      retrying.sendAsync(new Call(request, options, config), result);
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
    }
    return result;
  }

  /**
   * Sends a request and answers once status and headers arrive, the body a stream that refuses to
   * read past the size cap and whose reads each wait at most the client's stream idle timeout
   * (close it). For large downloads; never retried, since a half-read stream cannot be replayed.
   * Throws ApiException for an error status (its body read, within the cap), ApiIoException if the
   * call fails.
   *
   * @param request the operation's request
   * @param options the call's options
   * @return the response, its body a stream
   */
  public Response<InputStream> sendStreaming(ApiRequest request, RequestOptions options) {
    Call call = new Call(request, options, config);
    HttpRequest http = encoder.encode(request, options, call.attemptTimeout());
    HttpResponse<InputStream> response;
    try {
      response = transport.stream(call.attempt(), http);
    } catch (IOException e) {
      throw decoder.failure(http, options, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiIoException(RequestEncoder.describe(http) + " was interrupted", e);
    }
    int status = response.statusCode();
    String requestId = ResponseDecoder.requestId(response.headers(), options);
    InputStream body = LimitedBody.capped(response.body(), config.maxResponseBytes(), status);
    if (status >= 200 && status <= 299) {
      return new Response<>(status, Headers.of(response.headers()), body, requestId);
    }
    byte[] bytes;
    try (InputStream in = body) {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw decoder.failure(http, options, e);
    }
    throw decoder.error(request, status, Headers.of(response.headers()), bytes, requestId);
  }

  /**
   * Sends the first request of a paged operation and returns its pages, fetching each further page
   * only when the iteration reaches it: from the previous page's link (see {@link Pages#nextLink}),
   * as this operation's request ({@link ApiRequest#follow}) with the same {@code options}, so every
   * page carries the same credential, headers, timeouts and request id. Throws as {@link #send}
   * does for the first page; later pages throw when the iteration reaches them.
   *
   * @param <P> the page model
   * @param first the operation's request
   * @param options the call's options, sent with every page
   * @param link reads a page's link to the next one (the page model's getter, e.g. {@code
   *     TaskPage::next})
   * @param linkField the JSON name of that link, for the message of a link that cannot be followed
   * @return the pages
   */
  public <P> Iterable<P> pages(
      ApiRequest first,
      RequestOptions options,
      Function<? super P, String> link,
      String linkField) {
    Response<P> firstPage = send(first, options);
    URI base = URI.create(encoder.baseFor(first));
    return Pages.iterate(
        firstPage,
        page -> Pages.nextLink(page, link, linkField, base, config.objectMapper()),
        url -> send(first.follow(url), options));
  }

  /**
   * Sends a paged operation without blocking and completes with every page, in order, each further
   * page requested as {@link #pages} does once the one before it has arrived. Fails with the first
   * exception any page's call fails with, or with the {@link InvalidResponseException} of a link
   * that cannot be followed.
   *
   * @param <P> the page model
   * @param first the operation's request
   * @param options the call's options, sent with every page
   * @param link reads a page's link to the next one (the page model's getter, e.g. {@code
   *     TaskPage::next})
   * @param linkField the JSON name of that link, for the message of a link that cannot be followed
   * @return a future of every page
   */
  public <P> CompletableFuture<List<P>> pagesAsync(
      ApiRequest first,
      RequestOptions options,
      Function<? super P, String> link,
      String linkField) {
    URI base;
    try {
      base = URI.create(encoder.baseFor(first));
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return Pages.collectAsync(
        this.<P>sendAsync(first, options),
        page -> Pages.nextLink(page, link, linkField, base, config.objectMapper()),
        url -> sendAsync(first.follow(url), options));
  }
}
