package dev.taskclients.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taskclients.contract.CheckResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The committed clients under {@code generated-clients/} read as if written by hand ({@link
 * StyleCheck}, which the corpus gate also runs on every spec it generates), and the check names
 * each kind of offence by file and line.
 */
class GeneratedStyleTest {
  private static final Path PROJECT =
      Path.of(System.getProperty(CorpusDiscovery.PROJECT_DIR, ".."));

  @ParameterizedTest
  @ValueSource(strings = {"optexity", "deepomatic", "beatra"})
  void aCommittedClientHasNoOffence(String api) {
    CheckResult result =
        StyleCheck.run(PROJECT.resolve("generated-clients").resolve(api).resolve("src/main/java"));

    assertEquals(List.of(), result.problems(), result.detail());
  }

  @Test
  void eachOffenceIsNamedByFileAndLine() {
    String text =
        "package a;\n\nimport java.util.*;\nimport java.util.Set;\nimport java.io.IOException;\n"
            + "import java.util.List;\n\nclass A {\n\n  int x = "
            + "value + ".repeat(16)
            + "0;\n\n\n"
            + "  /** @throws IOException never */\n  void f() {\n  }\n\n}\n";

    assertEquals(
        List.of(
            "A.java:9: a blank line after an opening brace",
            "A.java:10: line of 140 columns, more than 120",
            "A.java:12: a second blank line",
            "A.java:16: a blank line before a closing brace",
            "A.java:3: wildcard import java.util.*",
            "A.java:4: unused import java.util.Set",
            "A.java:5: import java.io.IOException is not in sorted order (after java.util.Set)",
            "A.java:6: unused import java.util.List"),
        StyleCheck.offences("A.java", text));
  }

  @Test
  void aLineLongOnlyForANameNoLineCanHoldIsNoOffence() {
    String name =
        "ApiV2010AccountSipSipDomainSipAuthSipAuthCallsSipAuthCallsCredentialListMapping"
            + "x".repeat(10);
    String text =
        "package a;\n\nclass A {\n  "
            + name
            + " fetchSipAuthCallsCredentialListMapping(String sid) {\n"
            + "    return null;\n  }\n}\n";

    assertEquals(List.of(), StyleCheck.offences("A.java", text));
  }
}
