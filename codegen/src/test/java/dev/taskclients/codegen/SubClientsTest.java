package dev.taskclients.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taskclients.codegen.view.OperationView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spec whose operations name several groups gets one sub-client per group, each in a file of its
 * own, and a root client that holds only the accessors (and the operations no group holds); a spec
 * with one group or none keeps one flat client. Every operation's optional parameters are a class
 * of their own.
 */
class SubClientsTest {
  private static final Pattern PUBLIC_METHOD =
      Pattern.compile("^  public (?!.* class )[^=(]* (\\w+)\\(");

  @TempDir Path dir;

  private ClientGeneration.Result generate(String yaml) throws Exception {
    Path spec = Files.writeString(dir.resolve("spec.yaml"), yaml);
    return ClientGeneration.generate(spec, dir.resolve("out"), "gen.lab", "Lab", "spec.yaml", null);
  }

  private String file(ClientGeneration.Result result, String className) throws Exception {
    return Files.readString(result.sourceRoot().resolve("gen/lab/" + className + ".java"));
  }

  private List<String> clientPackageFiles(ClientGeneration.Result result) throws Exception {
    try (Stream<Path> files = Files.list(result.sourceRoot().resolve("gen/lab"))) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> p.getFileName().toString())
          .sorted()
          .collect(Collectors.toList());
    }
  }

  private static OperationView operation(ClientGeneration.Result result, String id) {
    return result.operations().stream()
        .filter(o -> id.equals(o.operationId()))
        .findFirst()
        .orElseThrow();
  }

  /** The public methods a class declares at its own level (not in nested classes), by name. */
  private static List<String> publicMethods(String source) {
    List<String> names = new java.util.ArrayList<>();
    for (String line : source.split("\n")) {
      Matcher m = PUBLIC_METHOD.matcher(line);
      if (m.find()) {
        names.add(m.group(1));
      }
    }
    return names;
  }

  private static final String MULTI_TAG =
      """
      openapi: 3.0.3
      info: {title: Print shop, version: '1'}
      tags:
        - name: Print jobs
          description: |-
            Jobs sent to printers;
            a job is a task that finishes.
        - {name: Invoices, x-taskclients-group: billing, description: What a customer owes.}
        - {name: default}
      paths:
        /jobs:
          get:
            operationId: listJobs
            tags: [Print jobs, Invoices]
            parameters:
              - {name: limit, in: query, schema: {type: integer}}
            responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Job'}}}}}
        /invoices:
          get:
            operationId: listInvoices
            tags: [Invoices]
            responses: {'204': {description: ok}}
        /charges:
          post:
            operationId: charge
            tags: [Print jobs]
            x-taskclients-group: billing
            responses: {'204': {description: ok}}
        /defaults:
          get:
            operationId: getDefaults
            tags: [default]
            responses: {'204': {description: ok}}
        /ping:
          get:
            operationId: ping
            responses: {'204': {description: ok}}
      components:
        schemas:
          Job:
            type: object
            properties: {id: {type: string}}
      """;

  @Test
  void eachGroupIsASubClientInAFileOfItsOwnAndTheRootHoldsAccessors() throws Exception {
    ClientGeneration.Result result = generate(MULTI_TAG);

    assertEquals(
        List.of(
            "BillingClient.java",
            "DefaultClient.java",
            "LabClient.java",
            "ListJobsParams.java",
            "PrintJobsClient.java"),
        clientPackageFiles(result));
    String root = file(result, "LabClient");
    assertEquals(
        List.of(
            "builder",
            "config",
            "withRawResponse",
            "async",
            "printJobs",
            "billing",
            "defaultGroup",
            "ping",
            "ping",
            "toString"),
        publicMethods(root),
        "the accessors, in the order of the spec's tags, and the untagged ping");
    assertTrue(root.contains("  public PrintJobsClient printJobs() {\n    return printJobs;\n  }"));
    assertTrue(
        root.contains(
            "The operations of group \"Print jobs\": Jobs sent to printers; a job is a task that finishes.\n"),
        "the accessor's Javadoc sums up the tag's description");
    assertTrue(
        root.contains("this.billing = new BillingClient(invoker);"),
        "each sub-client created once, sharing the invoker");
    assertFalse(root.contains("listJobs"), "a grouped operation is not on the root client");

    String jobs = file(result, "PrintJobsClient");
    assertTrue(jobs.contains("public final class PrintJobsClient {"));
    assertTrue(
        jobs.contains("  PrintJobsClient(ApiInvoker invoker) {"),
        "only the root client creates it");
    assertTrue(
        jobs.contains(
            " * The operations of group \"Print jobs\" of {@link LabClient}.\n *\n * <p>Jobs sent to printers;\n"),
        "its Javadoc is the tag's description");
    assertTrue(jobs.contains("public Job listJobs(ListJobsParams params, RequestOptions options)"));
    assertTrue(
        jobs.contains("public static final class RawClient {")
            && jobs.contains("public static final class AsyncClient {"));
    assertEquals(
        List.of("withRawResponse", "async", "listJobs", "listJobs", "listJobs"),
        publicMethods(jobs));

    String billing = file(result, "BillingClient");
    assertTrue(billing.contains("public void listInvoices(RequestOptions options)"));
    assertTrue(
        billing.contains("public void charge(RequestOptions options)"),
        "the operation's own extension wins over its tag");
    assertTrue(billing.contains("<p>What a customer owes."));

    assertTrue(
        file(result, "ListJobsParams")
            .contains("The optional parameters of {@link PrintJobsClient#listJobs}"));
    assertEquals("printJobs", operation(result, "listJobs").groupAccessor());
    assertEquals("PrintJobsClient", operation(result, "listJobs").ownerClass());
    assertEquals("defaultGroup", operation(result, "getDefaults").groupAccessor());
    assertNull(operation(result, "ping").groupAccessor());
    assertEquals("LabClient", operation(result, "ping").ownerClass());
  }

  @Test
  void aRootWithNoOperationOfItsOwnHasNoViews() throws Exception {
    ClientGeneration.Result result =
        generate(
            MULTI_TAG.replace(
                "  /ping:\n    get:\n      operationId: ping\n      responses: {'204': {description: ok}}\n",
                ""));

    assertEquals(
        List.of("builder", "config", "printJobs", "billing", "defaultGroup", "toString"),
        publicMethods(file(result, "LabClient")));
    assertFalse(file(result, "LabClient").contains("class RawClient"));
  }

  @Test
  void aSpecWithOneTagKeepsOneFlatClientWithItsParameterClassesBeside() throws Exception {
    ClientGeneration.Result result =
        generate(
            MULTI_TAG
                .replaceAll("tags: \\[[^\\]]*\\]", "tags: [Print jobs]")
                .replace("x-taskclients-group: billing", "x-taskclients-group: Print jobs"));

    assertEquals(List.of("LabClient.java", "ListJobsParams.java"), clientPackageFiles(result));
    String root = file(result, "LabClient");
    assertTrue(root.contains("public Job listJobs(ListJobsParams params, RequestOptions options)"));
    assertTrue(root.contains("public void ping(RequestOptions options)"));
    assertFalse(root.contains("class ListJobsParams"), "a parameter class is never nested");
    assertNull(operation(result, "listJobs").groupAccessor());
  }

  @Test
  void namesClashingWithModelsOrEachOtherGetNumbers() throws Exception {
    ClientGeneration.Result result =
        generate(
            """
        openapi: 3.0.3
        info: {title: Lab, version: '1'}
        paths:
          /a:
            get:
              operationId: search
              tags: [Shelf]
              parameters: [{name: q, in: query, schema: {type: string}}]
              responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/SearchParams'}}}}}
          /b:
            get:
              operationId: getShelf
              tags: [shelf]
              responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/ShelfClient'}}}}}
        components:
          schemas:
            SearchParams: {type: object, properties: {q: {type: string}}}
            ShelfClient: {type: object, properties: {name: {type: string}}}
        """);

    assertEquals(
        List.of(
            "LabClient.java",
            "Search2Params.java",
            "ShelfGroup2Client.java",
            "ShelfGroupClient.java"),
        clientPackageFiles(result));
    assertTrue(file(result, "LabClient").contains("public ShelfGroup2Client shelf2() {"));
  }
}
