package dev.taskclients.codegen;

import dev.taskclients.codegen.view.PagesView;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.openapitools.codegen.CodegenModel;
import org.openapitools.codegen.CodegenProperty;

/**
 * Turns a paged operation's {@code x-taskclients-pages} ({@code nextField} and {@code itemsField}:
 * JSON field paths of the page, such as {@code next} or {@code links.next}) into the accessors the
 * client reads each page with: the page model's getters, so nothing is looked up by JSON name at
 * run time ({@code TaskPage::results}). A path that names no property, or a field of a type the
 * client cannot use (a link that is no string, items that are no list), is refused when the client
 * is generated, naming the operation and the path.
 */
final class PagesMapping {
  /** The extension on a paged operation. */
  static final String EXTENSION = "x-taskclients-pages";

  private final Map<String, CodegenModel> models;
  private final FieldPath paths;

  /**
   * @param models every model of the spec, by class name
   */
  PagesMapping(Map<String, CodegenModel> models) {
    this.models = models;
    this.paths = new FieldPath(models);
  }

  /**
   * Resolves the page's link and items.
   *
   * @param extension the operation's {@value #EXTENSION}
   * @param pageType the Java type the operation answers with: the page model
   * @param where the extension's location in the spec, for a refusal
   * @param itemTypeOf the Java class a schema name gives ({@code itemType} names a schema)
   * @param batchWaiter whether the operation is also a multi-get of tasks ({@code
   *     x-taskclients-batch-waiter})
   * @return the paging the templates render
   * @throws UnsupportedSpecException when a path names no field of the page, or a field the client
   *     cannot use
   */
  PagesView map(
      Object extension,
      String pageType,
      String where,
      UnaryOperator<String> itemTypeOf,
      boolean batchWaiter) {
    if (!(extension instanceof Map<?, ?> pages)) {
      throw new UnsupportedSpecException(
          where, "it must be an object with nextField and itemsField");
    }
    CodegenModel page = models.get(pageType);
    if (page == null || page.isEnum || page.vars.isEmpty()) {
      throw new UnsupportedSpecException(
          where,
          "the operation answers with "
              + pageType
              + ", which is no object with "
              + "fields; a paged operation's 2xx body must be a page with nextField and itemsField");
    }
    String nextField = required(pages, "nextField", where);
    String itemsField = required(pages, "itemsField", where);
    FieldPath.Resolved next = paths.resolve(page, nextField, where, "nextField");
    String nextType = next.property().datatypeWithEnum;
    if (!nextType.equals("String") && !nextType.equals("URI")) {
      throw new UnsupportedSpecException(
          where,
          "nextField '"
              + nextField
              + "' is a "
              + nextType
              + "; it must be a string, the next page's URL");
    }
    FieldPath.Resolved items = paths.resolve(page, itemsField, where, "itemsField");
    CodegenProperty list = items.property();
    if (!list.isArray || list.items == null || !list.datatypeWithEnum.startsWith("List<")) {
      throw new UnsupportedSpecException(
          where,
          "itemsField '"
              + itemsField
              + "' is a "
              + list.datatypeWithEnum
              + "; it must be an array, the page's items");
    }
    String itemType = list.items.datatypeWithEnum;
    Object declared = pages.get("itemType");
    if (declared != null
        && !declared.toString().equals(itemType)
        && !itemTypeOf.apply(declared.toString()).equals(itemType)) {
      throw new UnsupportedSpecException(
          where,
          "itemType '"
              + declared
              + "' is not the type of the items: itemsField '"
              + itemsField
              + "' is a "
              + list.datatypeWithEnum);
    }
    if (batchWaiter) {
      CodegenModel item = models.get(itemType);
      if (item == null || !item.vendorExtensions.containsKey(TaskMapping.EXTENSION)) {
        throw new UnsupportedSpecException(
            where,
            "x-taskclients-batch-waiter needs items that are tasks: "
                + itemType
                + " has no "
                + TaskMapping.EXTENSION);
      }
    }
    return new PagesView(
        pageType,
        itemType,
        nextField,
        accessor(pageType, next.getters(), nextType.equals("URI")),
        itemsField,
        accessor(pageType, items.getters(), false),
        batchWaiter);
  }

  private static String required(Map<?, ?> pages, String key, String where) {
    Object value = pages.get(key);
    if (value == null || value.toString().isBlank()) {
      throw new UnsupportedSpecException(
          where, key + " is missing: a paged operation needs nextField and itemsField");
    }
    return value.toString();
  }

  /**
   * A function reading a field through its getters: a method reference for a field of the page
   * itself, else a lambda that stops at the first null; a URI is read as its text.
   */
  private static String accessor(String pageType, List<String> getters, boolean uri) {
    if (getters.size() == 1 && !uri) {
      return pageType + "::" + getters.get(0);
    }
    StringBuilder guard = new StringBuilder();
    String chain = "page";
    for (int i = 0; i < getters.size(); i++) {
      chain = chain + "." + getters.get(i) + "()";
      if (i < getters.size() - 1 || uri) {
        guard.append(guard.length() == 0 ? "" : " || ").append(chain).append(" == null");
      }
    }
    return "page -> " + guard + " ? null : " + chain + (uri ? ".toString()" : "");
  }
}
