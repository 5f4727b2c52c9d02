package dev.taskclients.runtime.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.taskclients.runtime.JsonModel;
import dev.taskclients.runtime.Response;
import dev.taskclients.runtime.exception.InvalidResponseException;
import dev.taskclients.runtime.internal.ErrorMessages;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Walks a paginated result by following each page's {@code next} link, fetching a page only when the iteration
 * reaches it. Generated clients use it for operations marked {@code x-taskclients-pages}.
 */
public final class Pages {
  /** Longest link value quoted in a message; the whole page is in the exception's body anyway. */
  private static final int MAX_VALUE_IN_MESSAGE = 300;

  private Pages() {
  }

  /**
   * {@return the pages, lazily, from the first page's response} {@code nextLink} gives the URL of a page's next page
   * (null on the last page; see {@link #nextLink}), {@code follow} fetches a URL. A page whose link cannot be followed
   * is still returned; the {@link InvalidResponseException} {@code nextLink} threw for it comes when the iteration
   * asks for the page after it. Each call of {@link Iterable#iterator()} iterates once, from the first page.
   */
  static <P> Iterable<P> iterate(Response<P> first, Function<Response<P>, URI> nextLink,
      Function<URI, Response<P>> follow) {
    Objects.requireNonNull(first, "first");
    return () -> new Iterator<>() {
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
   * {@return a future of every page, in order, from the first page's future} Like {@link #iterate}, but each page is
   * requested once the one before it has arrived. The future fails with the first exception a page's call fails with,
   * unwrapped, or with the {@link InvalidResponseException} {@code nextLink} throws for a link it cannot follow.
   */
  static <P> CompletableFuture<List<P>> collectAsync(CompletableFuture<Response<P>> first,
      Function<Response<P>, URI> nextLink, Function<URI, CompletableFuture<Response<P>>> follow) {
    Objects.requireNonNull(first, "first");
    List<P> pages = new ArrayList<>(); // each step runs after the one before it: never touched concurrently
    return first.thenCompose(page -> collectFrom(page, pages, nextLink, follow));
  }

  private static <P> CompletableFuture<List<P>> collectFrom(Response<P> page, List<P> pages,
      Function<Response<P>, URI> nextLink, Function<URI, CompletableFuture<Response<P>>> follow) {
    pages.add(page.body());
    URI next;
    try {
      next = nextLink.apply(page);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return next == null ? CompletableFuture.completedFuture(pages)
        : follow.apply(next).thenCompose(following -> collectFrom(following, pages, nextLink, follow));
  }

  /**
   * {@return the URL to follow from a page's link field ({@code next}), or null when the field is absent, null or
   * empty: the last page} The link comes from the server, so a value the client cannot follow is an
   * {@link InvalidResponseException} naming the field ({@code TaskPage.next}) and what is wrong with the value: not a
   * string, not an absolute http(s) URL, or outside {@code baseUrl} (following it could send the credential
   * elsewhere). The exception carries the page's status and request id, and as its body the page written back as JSON
   * with {@code mapper} (models keep every field, so that is the JSON tree received).
   */
  static URI nextLink(Response<? extends JsonModel> page, String field, URI baseUrl, ObjectMapper mapper) {
    JsonModel model = page.body();
    Object value = model.toJsonMap().get(field);
    JsonNode node = value == null ? NullNode.getInstance() : mapper.valueToTree(value);
    if (node.isNull() || node.isTextual() && node.textValue().isEmpty()) {
      return null;
    }
    String where = model.getClass().getSimpleName() + "." + field;
    if (!node.isTextual()) {
      throw unfollowable(page, mapper, where + " is a JSON " + node.getNodeType().name().toLowerCase(Locale.ROOT)
          + ", not a URL string: " + ErrorMessages.truncate(node.toString(), MAX_VALUE_IN_MESSAGE));
    }
    String text = node.textValue();
    String quoted = "\"" + ErrorMessages.truncate(text, MAX_VALUE_IN_MESSAGE) + "\"";
    URI url = parse(text);
    if (url == null || !url.isAbsolute() || url.getHost() == null
        || !url.getScheme().equalsIgnoreCase("https") && !url.getScheme().equalsIgnoreCase("http")) {
      throw unfollowable(page, mapper, where + " is not an absolute http(s) URL: " + quoted);
    }
    if (!RequestEncoder.isUnderBaseUrl(url, baseUrl)) {
      throw unfollowable(page, mapper, where + " points outside the client's base URL " + baseUrl + ": " + quoted);
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

  private static InvalidResponseException unfollowable(Response<? extends JsonModel> page, ObjectMapper mapper,
      String what) {
    String body;
    try {
      body = mapper.writeValueAsString(page.body());
    } catch (JsonProcessingException e) {
      body = "";
    }
    return new InvalidResponseException(what, page.statusCode(), body, page.requestId().orElse(null), null);
  }

  /** {@return a sequential stream of the items of every page, fetching pages as the stream reaches them} */
  public static <P, I> Stream<I> items(Iterable<P> pages, Function<P, List<I>> items) {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages.iterator(), Spliterator.ORDERED), false)
        .flatMap(page -> {
          List<I> list = items.apply(page);
          return list == null ? Stream.empty() : list.stream();
        });
  }

  /** {@return a list field of a model by JSON name, each element's type checked; empty when absent} */
  public static <I> List<I> list(JsonModel model, String jsonName, Class<I> type) {
    Object value = model.toJsonMap().get(jsonName);
    return value instanceof List<?> list ? list.stream().map(type::cast).collect(Collectors.toList()) : List.of();
  }
}
