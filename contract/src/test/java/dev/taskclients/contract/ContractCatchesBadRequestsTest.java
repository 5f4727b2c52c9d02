package dev.taskclients.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The request side of the contract tests fails when it should: the validator (with the gate's one
 * relaxation) still reports a missing credential and an unknown path, and the path check accepts
 * only the operation's path with non-empty parameters.
 */
class ContractCatchesBadRequestsTest {
  private static final byte[] BODY = "{\"name\":\"Sprocket\"}".getBytes(StandardCharsets.UTF_8);

  private static List<String> validatorFindingsFor(String path, String apiKey) throws Exception {
    Path spec =
        Path.of(
            ContractCatchesBadRequestsTest.class.getResource("/self-test/secured.yaml").toURI());
    try (MockServer server =
        new MockServer(spec, Files.createTempDirectory("contract-self-test"))) {
      server.serve(
          new ResponsePlan(
              new DocumentedResponse("200", "JSON", "JsonNode", true),
              200,
              "application/json",
              BODY,
              JsonNodeFactory.instance.objectNode().put("name", "Sprocket"),
              null,
              Map.of(),
              "test"));
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path));
      if (apiKey != null) {
        request.header("X-Api-Key", apiKey);
      }
      HttpResponse<String> response =
          HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(200, response.statusCode());
      return server.validatorProblems();
    }
  }

  @Test
  void aRequestWithTheCredentialOnTheSpecsPathPasses() throws Exception {
    assertEquals(List.of(), validatorFindingsFor("/v1/things/t-1", "key"));
  }

  @Test
  void aMissingCredentialIsReported() throws Exception {
    List<String> problems = validatorFindingsFor("/v1/things/t-1", null);
    assertTrue(
        problems.stream().anyMatch(p -> p.contains("validation.request.security")),
        problems.toString());
  }

  @Test
  void aPathTheSpecDoesNotHaveIsReported() throws Exception {
    List<String> problems = validatorFindingsFor("/v1/nothing/t-1", "key");
    assertFalse(problems.isEmpty(), "a request on an unknown path must be reported");
  }

  @Test
  void thePathCheckAcceptsOnlyTheOperationsPathWithNonEmptyParameters() {
    Pattern pattern = RequestChecks.pathPattern("/v1", "/things/{thingId}/parts/{part}.json");
    assertTrue(pattern.matcher("/v1/things/t%2F1/parts/p.json").matches());
    assertFalse(pattern.matcher("/v1/things//parts/p.json").matches());
    assertFalse(pattern.matcher("/things/t-1/parts/p.json").matches());
    assertFalse(pattern.matcher("/v1/things/t-1/parts/pXjson").matches());
  }
}
