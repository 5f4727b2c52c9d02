package com.example.petstore.app;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.example.petstore.PetstoreClient;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The application against a petstore on 127.0.0.1, through the generated client. */
class AdoptionsTest {
  private WireMockServer server;
  private Adoptions adoptions;

  @BeforeEach
  void start() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    adoptions = new Adoptions(PetstoreClient.builder().baseUrl(server.baseUrl() + "/v2").build());
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @Test
  void aRegisteredPetGetsTheStoresId() {
    server.stubFor(post(urlPathEqualTo("/v2/pets"))
        .willReturn(okJson("{\"id\": 7, \"name\": \"Rex\", \"tag\": \"dog\"}")));

    assertEquals(7L, adoptions.register("Rex", "dog"));
    server.verify(postRequestedFor(urlPathEqualTo("/v2/pets"))
        .withRequestBody(equalToJson("{\"name\": \"Rex\", \"tag\": \"dog\"}")));
  }

  @Test
  void aPetIsFoundByIdAndAMissingOneIsEmpty() {
    server.stubFor(get(urlPathEqualTo("/v2/pets/7")).willReturn(okJson("{\"id\": 7, \"name\": \"Rex\"}")));
    server.stubFor(get(urlPathEqualTo("/v2/pets/8")).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody("{\"code\": 404, \"message\": \"no pet 8\"}")));

    assertEquals(Optional.of("Rex"), adoptions.nameOf(7));
    assertEquals(Optional.empty(), adoptions.nameOf(8));
  }
}
