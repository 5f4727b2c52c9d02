package dev.taskclients.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Which sub-client holds each operation, and the Java names of sub-clients and parameter classes.
 */
class ClientLayoutTest {
  private static OpenAPI spec(String tags, String operations) {
    String yaml =
        "openapi: 3.0.3\ninfo: {title: Lab, version: '1'}\n"
            + (tags.isEmpty() ? "" : "tags:\n" + tags)
            + "paths:\n"
            + operations;
    return new OpenAPIParser().readContents(yaml, null, null).getOpenAPI();
  }

  private static String op(String path, String id, String extra) {
    return "  "
        + path
        + ":\n    get:\n      operationId: "
        + id
        + "\n"
        + extra
        + "      responses: {'204': {description: ok}}\n";
  }

  private static Operation operation(OpenAPI openAPI, String id) {
    return openAPI.getPaths().values().stream()
        .flatMap(p -> p.readOperations().stream())
        .filter(o -> id.equals(o.getOperationId()))
        .findFirst()
        .orElseThrow();
  }

  private static Map<String, ClientLayout.Group> named(
      ClientLayout layout, List<String> groups, Set<String> rootMethods, Set<String> takenClasses) {
    return layout.name(groups, rootMethods, takenClasses).stream()
        .collect(Collectors.toMap(ClientLayout.Group::name, g -> g));
  }

  @Test
  void aSpecWithOneTagOrNoneStaysFlat() {
    OpenAPI oneTag =
        spec(
            "",
            op("/a", "a", "      tags: [Tasks]\n")
                + op("/b", "b", "      tags: [Tasks]\n")
                + op("/c", "c", ""));
    ClientLayout layout = ClientLayout.of(oneTag);
    assertFalse(layout.grouped());
    assertNull(
        layout.subClientOf(operation(oneTag, "a")),
        "one group: every operation on the root client");
    assertEquals("Tasks", layout.groupOf(operation(oneTag, "a")));

    assertFalse(ClientLayout.of(spec("", op("/a", "a", "") + op("/b", "b", ""))).grouped());
  }

  @Test
  void anOperationBelongsToItsFirstTagUnlessAnExtensionChooses() {
    OpenAPI openAPI =
        spec(
            "  - {name: Invoices, x-taskclients-group: billing}\n  - {name: Charges, x-taskclients-group: billing}\n",
            op("/a", "twoTags", "      tags: [Jobs, Invoices]\n")
                + op("/b", "invoice", "      tags: [Invoices]\n")
                + op("/c", "charge", "      tags: [Charges]\n")
                + op("/d", "own", "      tags: [Jobs]\n      x-taskclients-group: admin\n")
                + op("/e", "untagged", ""));
    ClientLayout layout = ClientLayout.of(openAPI);

    assertTrue(layout.grouped());
    assertEquals("Jobs", layout.subClientOf(operation(openAPI, "twoTags")), "the first tag");
    assertEquals(
        "billing", layout.subClientOf(operation(openAPI, "invoice")), "the tag's extension");
    assertEquals(
        "billing", layout.subClientOf(operation(openAPI, "charge")), "two tags, one group");
    assertEquals(
        "admin", layout.subClientOf(operation(openAPI, "own")), "the operation's extension wins");
    assertNull(layout.subClientOf(operation(openAPI, "untagged")));
  }

  @Test
  void groupsComeInTheOrderOfTheDeclaredTagsWithTheirDescriptions() {
    OpenAPI openAPI =
        spec(
            "  - {name: Zebras, description: Striped.}\n  - {name: Apes, description: \"Big\\nand clever.\"}\n",
            op("/a", "a", "      tags: [Apes]\n")
                + op("/u", "u", "      tags: [Undeclared]\n")
                + op("/z", "z", "      tags: [Zebras]\n"));
    ClientLayout layout = ClientLayout.of(openAPI);

    List<ClientLayout.Group> groups =
        layout.name(List.of("Apes", "Undeclared", "Zebras"), Set.of(), Set.of());
    assertEquals(
        List.of("zebras", "apes", "undeclared"),
        groups.stream().map(ClientLayout.Group::accessor).toList());
    assertEquals("Striped.", groups.get(0).description());
    assertEquals("Big\nand clever.", groups.get(1).description());
    assertNull(groups.get(2).description());
  }

  @Test
  void accessorsAndClassesAreJavaSafeAndDistinct() {
    List<String> names =
        List.of(
            "Shared links (Files)",
            "AI Studio",
            "URLs",
            "HTTPServer logs",
            "print-queues",
            "3D models",
            "Café menu",
            "印刷",
            "Pets",
            "pets",
            "default",
            "class",
            "Config",
            "async",
            "Raw",
            "Shelf",
            "ping",
            "Lab");
    ClientLayout layout =
        ClientLayout.of(
            spec("", op("/a", "a", "      tags: [A]\n") + op("/b", "b", "      tags: [B]\n")));
    Map<String, ClientLayout.Group> groups =
        named(layout, names, Set.of("ping"), Set.of("LabClient", "ShelfClient"));

    assertEquals("sharedLinksFiles", groups.get("Shared links (Files)").accessor());
    assertEquals("SharedLinksFilesClient", groups.get("Shared links (Files)").className());
    assertEquals("aiStudio", groups.get("AI Studio").accessor());
    assertEquals("AIStudioClient", groups.get("AI Studio").className());
    assertEquals("urls", groups.get("URLs").accessor());
    assertEquals("httpServerLogs", groups.get("HTTPServer logs").accessor());
    assertEquals("printQueues", groups.get("print-queues").accessor());
    assertEquals("PrintQueuesClient", groups.get("print-queues").className());
    assertEquals(
        "_3dModels",
        groups.get("3D models").accessor(),
        "a leading digit gets a prefix, as properties do");
    assertEquals("_3DModelsClient", groups.get("3D models").className());
    assertEquals("cafeMenu", groups.get("Café menu").accessor(), "accents come off");
    assertEquals("CafeMenuClient", groups.get("Café menu").className());
    assertEquals("group", groups.get("印刷").accessor(), "no ASCII letter: a name of last resort");
    assertEquals("GroupClient", groups.get("印刷").className());
    assertEquals("pets", groups.get("Pets").accessor());
    assertEquals(
        "pets2", groups.get("pets").accessor(), "names differing only by case get a number");
    assertEquals("PetsClient", groups.get("Pets").className());
    assertEquals("Pets2Client", groups.get("pets").className());
    assertEquals(
        "defaultGroup", groups.get("default").accessor(), "a keyword gets the suffix Group");
    assertEquals("DefaultClient", groups.get("default").className());
    assertEquals("classGroup", groups.get("class").accessor());
    assertEquals("configGroup", groups.get("Config").accessor(), "a member of the root client");
    assertEquals("asyncGroup", groups.get("async").accessor());
    assertEquals(
        "AsyncGroupClient",
        groups.get("async").className(),
        "AsyncClient is a view nested in every client");
    assertEquals("RawGroupClient", groups.get("Raw").className());
    assertEquals("rawGroup", groups.get("Raw").accessor(), "raw is a field of the root client");
    assertEquals("ShelfGroupClient", groups.get("Shelf").className(), "a model class has the name");
    assertEquals(
        "pingGroup",
        groups.get("ping").accessor(),
        "an operation left on the root client has the name");
    assertEquals("LabGroupClient", groups.get("Lab").className(), "the root client has the name");

    Set<String> classes = new HashSet<>();
    Set<String> accessors = new HashSet<>();
    for (ClientLayout.Group group : groups.values()) {
      assertTrue(
          classes.add(group.className().toLowerCase(java.util.Locale.ROOT)), group.className());
      assertTrue(accessors.add(group.accessor()), group.accessor());
      assertTrue(javax.lang.model.SourceVersion.isName(group.accessor()), group.accessor());
      assertTrue(javax.lang.model.SourceVersion.isName(group.className()), group.className());
    }
  }

  @Test
  void parameterClassesAvoidTakenNamesIgnoringCase() {
    Set<String> taken = new HashSet<>(List.of("searchparams"));
    assertEquals("Search2Params", ClientLayout.paramsClass("search", taken));
    assertEquals("ListPetsParams", ClientLayout.paramsClass("listPets", taken));
    assertEquals("ListPets2Params", ClientLayout.paramsClass("listPets", taken));
  }

  @Test
  void wordsLoseAccentsAndSplitAtEverythingElse() {
    assertEquals(
        List.of("Metadata", "instances", "Files"),
        ClientLayout.words("Metadata instances (Files)"));
    assertEquals(List.of("Creme", "brulee"), ClientLayout.words("Crème_brûlée"));
    assertEquals(new ArrayList<>(), ClientLayout.words("--"));
    assertEquals(
        "api20100401Address", ClientLayout.lowerCamel(ClientLayout.words("Api20100401Address")));
    assertEquals("iOS", ClientLayout.lowerCamel(ClientLayout.words("iOS")));
    assertEquals("apis", ClientLayout.lowerCamel(ClientLayout.words("APIs")));
  }
}
