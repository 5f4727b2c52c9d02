package dev.taskclients.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taskclients.codegen.view.PagesView;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code x-taskclients-pages} becomes accessors reading the page through its getters: a method
 * reference for a field of the page, a lambda that stops at the first null for a dotted path; a
 * path the page cannot give, or a field of a type the client cannot use, is refused when
 * generating, naming the operation and the path.
 */
class PagesMappingTest {
  private static final String LIST =
      "openapi: 3.0.3\ninfo: {title: Lab, version: '1'}\n"
          + "paths:\n  /items:\n    get:\n      operationId: listItems\n"
          + "      x-taskclients-pages: {nextField: next, itemsField: results, itemType: Item}\n"
          + "      responses:\n"
          + "        '200':\n          description: A page.\n"
          + "          content: {application/json: {schema: {$ref: '#/components/schemas/Page'}}}\n"
          + "components:\n  schemas:\n"
          + "    Page:\n      type: object\n      properties:\n"
          + "        next: {type: string}\n        count: {type: integer}\n"
          + "        results: {type: array, items: {$ref: '#/components/schemas/Item'}}\n"
          + "        links: {$ref: '#/components/schemas/Links'}\n"
          + "    Links:\n      type: object\n      properties:\n        next_page: {type: string}\n"
          + "        self: {type: string, format: uri}\n"
          + "    Item:\n      type: object\n      properties:\n        id: {type: string}\n";

  @TempDir Path dir;

  private ClientGeneration.Result generate(String yaml) throws Exception {
    Path spec = Files.writeString(dir.resolve("spec.yaml"), yaml);
    return ClientGeneration.generate(spec, dir.resolve("out"), "gen.lab", "Lab", "spec.yaml");
  }

  private PagesView pages(String yaml) throws Exception {
    return generate(yaml).operations().stream()
        .filter(op -> op.pages() != null)
        .findFirst()
        .orElseThrow()
        .pages();
  }

  private UnsupportedSpecException refused(String extension) {
    return assertThrows(
        UnsupportedSpecException.class,
        () ->
            generate(
                LIST.replace("{nextField: next, itemsField: results, itemType: Item}", extension)));
  }

  @Test
  void fieldsOfThePageAreReadThroughMethodReferences() throws Exception {
    ClientGeneration.Result result = generate(LIST);
    PagesView pages = result.operations().get(0).pages();

    assertEquals("Page::next", pages.nextAccessor());
    assertEquals("Page::results", pages.itemsAccessor());
    assertEquals("Item", pages.itemType());
    String client = Files.readString(result.sourceRoot().resolve("gen/lab/LabClient.java"));
    assertTrue(client.contains("invoker.pages(request, options, Page::next, \"next\");"), client);
    assertTrue(client.contains("Pages.items(listItemsPages(options), Page::results)"), client);
    assertTrue(!client.contains("Pages.list("), "nothing is looked up by JSON name");
  }

  @Test
  void aDottedPathIsALambdaThatStopsAtTheFirstNull() throws Exception {
    PagesView pages = pages(LIST.replace("nextField: next,", "nextField: links.next_page,"));

    assertEquals(
        "page -> page.links() == null ? null : page.links().nextPage()", pages.nextAccessor());
    assertEquals("links.next_page", pages.nextField());
  }

  @Test
  void aUriLinkIsReadAsItsText() throws Exception {
    PagesView pages = pages(LIST.replace("nextField: next,", "nextField: links.self,"));

    assertEquals(
        "page -> page.links() == null || page.links().self() == null ? null : page.links().self().toString()",
        pages.nextAccessor());
  }

  @Test
  void aNextFieldThatNamesNoPropertyIsRefused() {
    UnsupportedSpecException e = refused("{nextField: following, itemsField: results}");

    assertTrue(e.getMessage().contains("paths./items.get.x-taskclients-pages"), e.getMessage());
    assertTrue(
        e.getMessage().contains("nextField 'following': Page has no property 'following'"),
        e.getMessage());
  }

  @Test
  void aLinkThatIsNoStringIsRefused() {
    UnsupportedSpecException e = refused("{nextField: count, itemsField: results}");

    assertTrue(
        e.getMessage().contains("nextField 'count' is a Integer; it must be a string"),
        e.getMessage());
  }

  @Test
  void itemsThatAreNoListAreRefused() {
    UnsupportedSpecException e = refused("{nextField: next, itemsField: links}");

    assertTrue(
        e.getMessage().contains("itemsField 'links' is a Links; it must be an array"),
        e.getMessage());
  }

  @Test
  void anItemTypeOtherThanTheItemsIsRefused() {
    UnsupportedSpecException e = refused("{nextField: next, itemsField: results, itemType: Page}");

    assertTrue(
        e.getMessage().contains("itemType 'Page' is not the type of the items"), e.getMessage());
  }

  @Test
  void aMissingKeyIsRefused() {
    UnsupportedSpecException e = refused("{nextField: next}");

    assertTrue(e.getMessage().contains("itemsField is missing"), e.getMessage());
  }
}
