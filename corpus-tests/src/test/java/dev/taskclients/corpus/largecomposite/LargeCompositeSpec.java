package dev.taskclients.corpus.largecomposite;

import static dev.taskclients.corpus.largecomposite.OrderedMaps.l;
import static dev.taskclients.corpus.largecomposite.OrderedMaps.m;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code specs/corpus/large-composite.yaml}: a large OpenAPI 3.0.3 spec of a fictional job
 * orchestration service ("Conductor"), made to keep the corpus gate honest about scale and
 * polymorphism. {@link LargeCompositeSpecTest} fails when the committed file differs from what this
 * writes, and rewrites it with {@value #REWRITE}.
 *
 * <p>No library: the spec is built as ordered maps and lists by the parts ({@link CommonPart},
 * {@link JobsPart}, {@link DeliveryPart}, {@link AutomationPart}, {@link GovernancePart}, in that
 * order) and written as block YAML by {@link BlockYaml}, so the same program always writes the same
 * bytes.
 *
 * <p>What it covers, many times over: {@code oneOf} with a discriminator and a {@code mapping};
 * with a discriminator and no mapping (the schema names are the values); a discriminator on an
 * {@code allOf} parent that several children extend (with and without mapping), and parents without
 * one; {@code anyOf} and {@code oneOf} told apart by required properties; inline {@code oneOf} in
 * array items and properties; unions of primitives and arrays; nullable unions; recursive unions;
 * unions of unions; {@code $ref} chains; unions as request and response bodies, in arrays and in
 * maps. Every union's variants exclude each other as JSON Schema sees them: each has a
 * single-valued discriminator property, or required properties no other variant declares, or
 * another JSON type.
 *
 * <p>One construct is left out because the gate cannot pass it yet, for a reason outside the spec:
 * see the workaround switch in {@link SchemaShapes}.
 */
final class LargeCompositeSpec {
  /** Where the spec is committed, relative to the repository root. */
  static final Path FILE = Path.of("specs", "corpus", "large-composite.yaml");

  /** The command, run from the repository root, that rewrites {@link #FILE} from this program. */
  static final String REWRITE =
      "./mvnw -pl corpus-tests -am test -P '!real-world-gate' -Dtest=LargeCompositeSpecTest"
          + " -Dsurefire.failIfNoSpecifiedTests=false -Dlarge-composite.write=true";

  private LargeCompositeSpec() {}

  /**
   * The spec.
   *
   * @return the YAML text of {@link #FILE}, header comment included
   */
  static String yaml() {
    ConductorDocument document = new ConductorDocument();
    List<SpecPart> parts =
        List.of(
            new CommonPart(document),
            new JobsPart(document),
            new DeliveryPart(document),
            new AutomationPart(document),
            new GovernancePart(document));
    parts.forEach(SpecPart::write);

    Map<String, Object> spec =
        m(
            "openapi", "3.0.3",
            "info",
                m(
                    "title", "Conductor",
                    "version", "1.0",
                    "description",
                        "A fictional job and workflow orchestration service: jobs, their steps and runs, triggers,"
                            + " schedules, queues, runners, artifacts, notifications, webhooks, events, policies, secrets,"
                            + " environments and templates. Written to exercise the generator on a large spec full of oneOf,"
                            + " anyOf and allOf, with and without discriminators."),
            "servers",
                l(
                    m(
                        "url",
                        "https://conductor.example.com/v1",
                        "description",
                        "The production service.")),
            "tags", document.tags(),
            "paths", document.paths(),
            "components",
                m(
                    "parameters",
                    document.parameters(),
                    "responses",
                    document.responses(),
                    "schemas",
                    document.schemas()));
    StringBuilder out = new StringBuilder();
    out.append(
        "# Written by LargeCompositeSpec (corpus-tests, dev.taskclients.corpus.largecomposite):"
            + " do not edit by hand.\n");
    out.append(
        "# LargeCompositeSpecTest fails when this file differs; rewrite it from the repository root with\n");
    out.append("#   ").append(REWRITE).append('\n');
    out.append(
        "# (SchemaShapes' workaround switch writes back a construct the gate cannot pass yet).\n");
    BlockYaml.map(out, spec, 0);
    return out.toString();
  }
}
