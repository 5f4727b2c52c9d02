package com.example.petstore.app;

import com.example.petstore.PetstoreClient;
import dev.taskclients.contract.ContractTests;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The generated client keeps the spec's contract: every operation and documented status, both sides checked. */
class PetstoreContractTest {
  // readme:contract-test:start
  @TestFactory
  Stream<DynamicTest> petstoreKeepsItsContract() {
    return ContractTests.forSpec(Path.of("../petstore-client/src/main/openapi/petstore.yaml"))
        .client(PetstoreClient.class)
        .build()
        .tests(); // also writes target/contract-report.md
  }
  // readme:contract-test:end
}
