package dev.taskclients.conformance;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taskclients.beatra.BeatraClient;
import dev.taskclients.deepomatic.DeepomaticClient;
import dev.taskclients.optexity.OptexityClient;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No generated client prints its secret, and a credential with a control character is refused when
 * set.
 */
class ClientSecretsTest {
  private static final String SECRET = "sk-live-do-not-print-7f3a";

  @Test
  void noClientToStringShowsItsSecret() {
    List<Object> clients =
        List.of(
            OptexityClient.builder().apiKey(SECRET).build(),
            DeepomaticClient.builder().apiKey(SECRET).build(),
            BeatraClient.builder().bearerToken(SECRET).build());
    for (Object client : clients) {
      assertFalse(client.toString().contains(SECRET), client.toString());
      assertTrue(client.toString().contains("****"), client.toString());
    }
  }

  @Test
  void credentialsWithControlCharactersAreRefusedWhenSet() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> BeatraClient.builder().bearerToken(SECRET + "\r\nX-Evil: 1"));
    assertFalse(e.getMessage().contains(SECRET), e.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> OptexityClient.builder().apiKey(SECRET + "\n"));
  }

  @Test
  void plainHttpToARemoteHostIsRefusedUnlessAllowed() {
    assertThrows(
        IllegalStateException.class,
        () ->
            DeepomaticClient.builder()
                .apiKey(SECRET)
                .baseUrl("http://api.deepomatic.com/v0.7")
                .build());
  }
}
