package dev.taskclients.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The validator still checks what an OpenAPI 3.1 spec says: read as it is,
 * swagger-request-validator passes every one of the bodies below, so the contract tests validate a
 * 3.1 spec through its 3.0 rendering.
 */
class ContractChecksOpenApi31Test {
  @TempDir Path workDir;

  private List<String> findingsFor(String body) throws Exception {
    Path spec =
        Path.of(
            ContractChecksOpenApi31Test.class.getResource("/self-test/openapi-31.yaml").toURI());
    try (MockServer server = new MockServer(spec, workDir)) {
      server.serve(
          new ResponsePlan(
              new DocumentedResponse("200", "JSON", "Thing", true),
              200,
              "application/json",
              body.getBytes(StandardCharsets.UTF_8),
              JsonNodeFactory.instance.objectNode(),
              null,
              Map.of(),
              "test"));
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(server.baseUrl() + "/v1/things/t-1")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode());
      return server.validatorProblems();
    }
  }

  private static void assertReported(List<String> findings, String path) {
    assertTrue(
        findings.stream()
            .anyMatch(f -> f.startsWith("ERROR validation.response.body") && f.contains(path)),
        "expected a finding at " + path + ": " + findings);
  }

  @Test
  void aBodyThatFitsPassesWithItsNulls() throws Exception {
    assertEquals(
        List.of(), findingsFor("{\"kind\":\"thing\",\"note\":null,\"score\":0.5,\"owner\":null}"));
    assertEquals(
        List.of(), findingsFor("{\"kind\":\"thing\",\"note\":\"n\",\"owner\":{\"name\":\"Ada\"}}"));
    assertTrue(
        Files.readString(workDir.resolve(MockServer.RENDERING)).startsWith("openapi: 3.0.3"),
        "the validator reads the 3.0 rendering, written beside the client");
  }

  @Test
  void aValueOutsideATypeArrayIsReported() throws Exception {
    assertReported(findingsFor("{\"kind\":\"thing\",\"note\":5}"), "/note");
  }

  @Test
  void aValueOtherThanTheConstIsReported() throws Exception {
    assertReported(findingsFor("{\"kind\":\"other\",\"note\":null}"), "/kind");
  }

  @Test
  void aNumberOnANumericExclusiveBoundIsReported() throws Exception {
    assertReported(findingsFor("{\"kind\":\"thing\",\"note\":null,\"score\":0}"), "/score");
  }

  @Test
  void aNullableReferenceStillRefusesWhatIsNeitherNullNorTheModel() throws Exception {
    assertReported(findingsFor("{\"kind\":\"thing\",\"note\":null,\"owner\":5}"), "/owner");
  }
}
