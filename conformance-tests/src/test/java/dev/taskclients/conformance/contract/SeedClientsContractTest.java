package dev.taskclients.conformance.contract;

import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;

import dev.taskclients.beatra.BeatraClient;
import dev.taskclients.contract.ContractTests;
import dev.taskclients.deepomatic.DeepomaticClient;
import dev.taskclients.optexity.OptexityClient;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract library run the way its users run it, on our own three clients: each spec and its
 * generated client class, nothing else. Each writes its report to {@code
 * target/contract-report-<api>.md}.
 */
class SeedClientsContractTest {
  private static final Path SPECS =
      Path.of(System.getProperty("taskclients.specs.dir", "../specs"));

  private static DynamicNode contractOf(String api, Class<?> client) {
    return dynamicContainer(
        api,
        ContractTests.forSpec(SPECS.resolve(api + ".yaml"))
            .client(client)
            .reportFile(Path.of("target", "contract-report-" + api + ".md"))
            .build()
            .tests());
  }

  @TestFactory
  Stream<DynamicNode> eachSeedClientKeepsItsSpecsContract() {
    return Stream.of(
        contractOf("optexity", OptexityClient.class),
        contractOf("deepomatic", DeepomaticClient.class),
        contractOf("beatra", BeatraClient.class));
  }
}
