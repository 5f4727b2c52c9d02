package dev.taskclients.runtime.internal;

import dev.taskclients.runtime.JsonModel;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Walks a paginated result by following each page's {@code next} link, fetching a page only when the iteration
 * reaches it. Generated clients use it for operations marked {@code x-taskclients-pages}.
 */
public final class Pages {
  private Pages() {
  }

  /**
   * {@return the pages, lazily, from one already fetched} {@code nextUrl} gives a page's next URL (null on the last
   * page), {@code follow} fetches a URL. Each call of {@link Iterable#iterator()} iterates once.
   */
  public static <P> Iterable<P> iterate(P first, Function<P, String> nextUrl, Function<String, P> follow) {
    return () -> new Iterator<>() {
      private P buffered = first;
      private String pendingUrl;

      /** Fetches the next page only now, when the caller asks whether there is one. */
      @Override
      public boolean hasNext() {
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
        P current = buffered;
        buffered = null;
        String url = nextUrl.apply(current);
        pendingUrl = url == null || url.isEmpty() ? null : url;
        return current;
      }
    };
  }

  /** {@return a sequential stream of the items of every page, fetching pages as the stream reaches them} */
  public static <P, I> Stream<I> items(Iterable<P> pages, Function<P, List<I>> items) {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages.iterator(), Spliterator.ORDERED), false)
        .flatMap(page -> {
          List<I> list = items.apply(page);
          return list == null ? Stream.empty() : list.stream();
        });
  }

  /** {@return a text field of a model by JSON name (a page's {@code next} link), null when absent or null} */
  public static String text(JsonModel model, String jsonName) {
    Object value = model.toJsonMap().get(jsonName);
    return value == null || value instanceof JsonNode node && node.isNull() ? null : value.toString();
  }

  /** {@return a list field of a model by JSON name, each element's type checked; empty when absent} */
  public static <I> List<I> list(JsonModel model, String jsonName, Class<I> type) {
    Object value = model.toJsonMap().get(jsonName);
    return value instanceof List<?> list ? list.stream().map(type::cast).collect(Collectors.toList()) : List.of();
  }
}
