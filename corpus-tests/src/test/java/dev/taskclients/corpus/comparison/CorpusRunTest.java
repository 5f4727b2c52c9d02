package dev.taskclients.corpus.comparison;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taskclients.corpus.CorpusSpec;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comparison driver's logic, offline: the corpus listed with the gate's names, each side's
 * generation, the strict and lenient compilation counts, and the result lines the script reads.
 */
class CorpusRunTest {
  private static final String SPEC =
      String.join(
          "\n",
          "openapi: 3.0.3",
          "info: {title: Notes, version: '1'}",
          "servers: [{url: 'https://notes.example.com/v1'}]",
          "paths:",
          "  /notes/{id}:",
          "    get:",
          "      operationId: getNote",
          "      summary: Get a note",
          "      parameters: [{name: id, in: path, required: true, schema: {type: string}}]",
          "      responses:",
          "        '200':",
          "          description: The note.",
          "          content:",
          "            application/json:",
          "              schema:",
          "                type: object",
          "                required: [id]",
          "                properties: {id: {type: string}, text: {type: string}}",
          "");

  @TempDir Path dir;

  private Path corpus() throws IOException {
    Path root = Files.createDirectories(dir.resolve("corpus").resolve("nested"));
    Files.writeString(root.resolve("default.yaml"), SPEC);
    Files.writeString(root.resolveSibling("notes-api.yml"), SPEC);
    Files.writeString(root.resolveSibling("payload.json"), "{\"id\": \"n1\"}");
    return root.getParent();
  }

  @Test
  void listsTheCorpusWithTheGatesNamesAndSkipsAMissingRoot() throws IOException {
    List<String> rows = CorpusRun.list(List.of(corpus(), dir.resolve("missing")));
    assertEquals(
        List.of(
            "nested/default.yaml\t"
                + dir.resolve("corpus/nested/default.yaml")
                + "\tdefault_\tcorpus.default_\tDefault",
            "notes-api.yml\t"
                + dir.resolve("corpus/notes-api.yml")
                + "\tnotes_api\tcorpus.notes_api\tNotesApi"),
        rows);
    CorpusSpec back = SpecRows.parse(rows.get(1));
    assertEquals(
        new CorpusSpec(
            dir.resolve("corpus/notes-api.yml"),
            "notes-api.yml",
            "notes_api",
            "corpus.notes_api",
            "NotesApi"),
        back);
  }

  @Test
  void oursGeneratesAndCompilesStrictlyAgainstTheRuntime() throws IOException {
    CorpusSpec spec = SpecRows.parse(CorpusRun.list(List.of(corpus())).get(1));
    Path classPaths = Files.createDirectories(dir.resolve("cp-ours"));
    Files.writeString(classPaths.resolve(spec.folder()), testClassPath());

    Outcome outcome = CorpusRun.run(Side.OURS, spec, dir, classPaths);

    assertEquals("yes", outcome.compiled().verdict(), outcome.toTsv());
    String[] cells = outcome.toTsv().split("\t");
    assertEquals(List.of("notes-api.yml", "yes", "yes", "0"), Arrays.asList(cells).subList(0, 4));
    assertEquals("-", cells[6]);
    assertTrue(
        Files.exists(dir.resolve("ours-classes/notes_api/corpus/notes_api/NotesApiClient.class")));
  }

  @Test
  void stockGeneratesItsOwnClient() throws IOException {
    CorpusSpec spec = SpecRows.parse(CorpusRun.list(List.of(corpus())).get(1));

    Outcome outcome = CorpusRun.run(Side.STOCK, spec, dir, null);

    assertEquals(
        List.of("notes-api.yml", "yes", "-", "0"),
        Arrays.asList(outcome.toTsv().split("\t")).subList(0, 4));
    try (var files = Files.walk(dir.resolve("stock/notes_api/src/main/java"))) {
      assertTrue(
          files.anyMatch(f -> f.getFileName().toString().equals("DefaultApi.java")),
          "the stock api class");
    }
  }

  @Test
  void aSpecAGeneratorRefusesIsAResultNotTheEndOfTheRun() throws IOException {
    // A schema by reference to a file that is not there: the generator refuses the spec.
    String inline = "type: object\n" + " ".repeat(16) + "required: [id]";
    assertTrue(SPEC.contains(inline));
    Path refused =
        Files.writeString(
            dir.resolve("refused.yaml"),
            SPEC.replace(inline, "$ref: 'missing/note.yaml'")
                .replace(
                    " ".repeat(16) + "properties: {id: {type: string}, text: {type: string}}\n",
                    ""));
    Outcome outcome =
        CorpusRun.run(
            Side.OURS,
            new CorpusSpec(refused, "refused.yaml", "refused", "corpus.refused", "Refused"),
            dir,
            dir);
    assertFalse(outcome.generated());
    String[] cells = outcome.toTsv().split("\t");
    assertEquals(List.of("refused.yaml", "no", "-", "0"), Arrays.asList(cells).subList(0, 4));
    assertTrue(
        cells[6].contains("missing/note.yaml"), "names what the generator threw: " + cells[6]);
  }

  @Test
  void strictCompilationCountsEachWarningAndTheLenientOneNone() throws IOException {
    Path src = Files.createDirectories(dir.resolve("src/p"));
    Files.writeString(
        src.resolve("Raw.java"),
        String.join(
            "\n",
            "package p;",
            "/** Two warnings under -Xlint:all: a raw type and an unchecked call. */",
            "public class Raw {",
            "  /** @return a list */",
            "  @SuppressWarnings(\"unused\")",
            "  public static java.util.List list() { java.util.List l = new java.util.ArrayList(); l.add(1); return l; }",
            "}",
            ""));

    CountingCompiler.Compiled strict =
        CountingCompiler.compile(dir.resolve("src"), dir.resolve("strict"), "", true);
    CountingCompiler.Compiled lenient =
        CountingCompiler.compile(dir.resolve("src"), dir.resolve("lenient"), "", false);

    assertEquals("no", strict.verdict());
    assertEquals(4, strict.failing(), strict.toString()); // three raw types and an unchecked call
    assertTrue(strict.first().startsWith("p" + File.separator + "Raw.java:6: "), strict.first());
    assertEquals(new CountingCompiler.Compiled("yes", 0, "-"), lenient);
  }

  @Test
  void nothingGeneratedCompilesToNo() {
    assertEquals(
        new CountingCompiler.Compiled("no", 0, "no .java file generated"),
        CountingCompiler.compile(dir.resolve("absent"), dir.resolve("classes"), "", true));
  }

  @Test
  void aProblemBecomesOneMarkdownCell() {
    assertEquals("a \\| b c", Outcome.cell("a |\n  b\tc "));
    assertEquals("-", Outcome.cell("  "));
    assertEquals("x".repeat(300) + "...", Outcome.cell("x".repeat(301)));
  }

  /**
   * The runtime, Jackson and jakarta.annotation, which a generated client compiles against, are on
   * it.
   */
  private static String testClassPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank()
        ? surefire
        : System.getProperty("java.class.path");
  }
}
