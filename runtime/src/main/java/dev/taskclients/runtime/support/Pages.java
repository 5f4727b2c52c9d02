package dev.taskclients.runtime.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.taskclients.runtime.Response;
import dev.taskclients.runtime.exception.InvalidResponseException;
import dev.taskclients.runtime.internal.ErrorMessages;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Walks a paginated result by following each page's {@code next} link, fetching a page only when
 * the iteration reaches it. Generated clients use it for operations marked {@code
 * x-taskclients-pages}, reading the link and the items through the page model's getters (resolved
 * when the client is generated), never by JSON name.
 */
public final class Pages {
  /** Longest link value quoted in a message; the whole page is in the exception's body anyway. */
  private static final int MAX_VALUE_IN_MESSAGE = 300;

  private Pages() {}

  /**
   * {@return the pages, lazily, from the first page's response} {@code nextLink} gives the URL of a
   * page's next page (null on the last page; see {@link #nextLink}), {@code follow} fetches a URL.
   * A page whose link cannot be followed is still returned; the {@link InvalidResponseException}
   * {@code nextLink} threw for it comes when the iteration asks for the page after it. Each call of
   * {@link Iterable#iterator()} iterates once, from the first page.
   */
  static <P> Iterable<P> iterate(
      Response<P> first, Function<Response<P>, URI> nextLink, Function<URI, Response<P>> follow) {
    Objects.requireNonNull(first, "first");
    return () ->
        new Iterator<>() {
          private Response<P> buffered = first;
          private URI pendingUrl;
          private InvalidResponseException unfollowable;

          /** Fetches the next page only now, when the caller asks whether there is one. */
          @Override
          public boolean hasNext() {
            if (buffered == null && unfollowable != null) {
              throw unfollowable;
            }
            if (buffered == null && pendingUrl != null) {
              buffered = follow.apply(pendingUrl);
              pendingUrl = null;
            }
            return buffered != null;
          }

          @Override
          public P next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            Response<P> current = buffered;
            buffered = null;
            try {
              pendingUrl = nextLink.apply(current);
            } catch (InvalidResponseException e) {
              unfollowable = e;
            }
            return current.body();
          }
        };
  }

  /**
   * {@return a future of every page, in order, from the first page's future} Like {@link #iterate},
   * but each page is requested once the one before it has arrived. The future fails with the first
   * exception a page's call fails with, unwrapped, or with the {@link InvalidResponseException}
   * {@code nextLink} throws for a link it cannot follow.
   */
  static <P> CompletableFuture<List<P>> collectAsync(
      CompletableFuture<Response<P>> first,
      Function<Response<P>, URI> nextLink,
      Function<URI, CompletableFuture<Response<P>>> follow) {
    Objects.requireNonNull(first, "first");
    List<P> pages =
        new ArrayList<>(); // each step runs after the one before it: never touched concurrently
    return first.thenCompose(page -> collectFrom(page, pages, nextLink, follow));
  }

  private static <P> CompletableFuture<List<P>> collectFrom(
      Response<P> page,
      List<P> pages,
      Function<Response<P>, URI> nextLink,
      Function<URI, CompletableFuture<Response<P>>> follow) {
    pages.add(page.body());
    URI next;
    try {
      next = nextLink.apply(page);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return next == null
        ? CompletableFuture.completedFuture(pages)
        : follow
            .apply(next)
            .thenCompose(following -> collectFrom(following, pages, nextLink, follow));
  }

  /**
   * {@return the URL to follow from a page's link ({@code link} reads it, e.g. {@code
   * TaskPage::next}), or null when it is absent, null or empty: the last page} The link comes from
   * the server, so a value the client cannot follow is an {@link InvalidResponseException} naming
   * the field ({@code TaskPage.next}, from the page's class and {@code field}) and what is wrong
   * with the value: not an absolute http(s) URL, or outside {@code baseUrl} (following it could
   * send the credential elsewhere). The exception carries the page's status and request id, and as
   * its body the page written back as JSON with {@code mapper} (models keep every field, so that is
   * the JSON tree received).
   */
  static <P> URI nextLink(
      Response<P> page,
      Function<? super P, String> link,
      String field,
      URI baseUrl,
      ObjectMapper mapper) {
    String text = link.apply(page.body());
    if (text == null || text.isEmpty()) {
      return null;
    }
    String where = page.body().getClass().getSimpleName() + "." + field;
    String quoted = "\"" + ErrorMessages.truncate(text, MAX_VALUE_IN_MESSAGE) + "\"";
    URI url = parse(text);
    if (url == null
        || !url.isAbsolute()
        || url.getHost() == null
        || !url.getScheme().equalsIgnoreCase("https")
            && !url.getScheme().equalsIgnoreCase("http")) {
      throw unfollowable(page, mapper, where + " is not an absolute http(s) URL: " + quoted);
    }
    if (!RequestEncoder.isUnderBaseUrl(url, baseUrl)) {
      throw unfollowable(
          page, mapper, where + " points outside the client's base URL " + baseUrl + ": " + quoted);
    }
    return url;
  }

  private static URI parse(String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      return null;
    }
  }

  private static InvalidResponseException unfollowable(
      Response<?> page, ObjectMapper mapper, String what) {
    String body;
    try {
      body = mapper.writeValueAsString(page.body());
    } catch (JsonProcessingException e) {
      body = "";
    }
    return new InvalidResponseException(
        what, page.statusCode(), body, page.requestId().orElse(null), null);
  }

  /**
   * {@return a sequential stream of the items of every page, fetching pages as the stream reaches
   * them} A page whose items are null (the field absent) has none.
   */
  public static <P, I> Stream<I> items(Iterable<P> pages, Function<P, List<I>> items) {
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(pages.iterator(), Spliterator.ORDERED), false)
        .flatMap(
            page -> {
              List<I> list = items.apply(page);
              return list == null ? Stream.empty() : list.stream();
            });
  }
}
