package dev.taskclients.codegen.view;

/**
 * A paged operation ({@code x-taskclients-pages}): the page model's link to the next page and its
 * list of items, each resolved to the getters that read it.
 *
 * @param pageType the page's model class
 * @param itemType the items' Java type
 * @param nextField the JSON name (or dotted path) of the link to the next page, for messages
 * @param nextAccessor a Java expression of type {@code Function<pageType, String>} reading the link
 * @param itemsField the JSON name (or dotted path) of the items, for messages
 * @param itemsAccessor a Java expression of type {@code Function<pageType, List<itemType>>} reading
 *     the items
 * @param batchWaiter whether the operation is a multi-get of tasks ({@code
 *     x-taskclients-batch-waiter}), which gives {@code waitForAll}
 */
public record PagesView(
    String pageType,
    String itemType,
    String nextField,
    String nextAccessor,
    String itemsField,
    String itemsAccessor,
    boolean batchWaiter) {}
