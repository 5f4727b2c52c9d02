package dev.taskclients.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import dev.taskclients.runtime.support.ApiInvoker;
import dev.taskclients.runtime.support.ApiRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An operation's own server is used only while the client was not given an explicit base URL. */
class OperationServersTest {
  private WireMockServer server;

  @BeforeEach
  void start() {
    server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    server.start();
    server.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(204)));
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private void send(boolean operationServers, String operationServer) {
    String api = server.baseUrl() + "/api";
    ApiInvoker invoker =
        (operationServers ? TestClient.forSpecServer(api) : TestClient.builder(api))
            .build()
            .invoker();
    invoker.send(
        ApiRequest.builder("GET", "/files/{id}")
            .pathParam("id", "f1")
            .server(operationServer)
            .build(),
        RequestOptions.NONE);
  }

  @Test
  void theOperationsServerIsUsedWhenAllowed() {
    send(true, server.baseUrl() + "/uploads/");

    server.verify(anyRequestedFor(urlEqualTo("/uploads/files/f1")));
  }

  @Test
  void anOperationsServerWithoutTrailingSlashIsUsedAsIs() {
    send(true, server.baseUrl() + "/uploads");

    server.verify(anyRequestedFor(urlEqualTo("/uploads/files/f1")));
  }

  @Test
  void theBaseUrlWinsWhenOperationServersAreOff() {
    send(false, server.baseUrl() + "/uploads");

    server.verify(anyRequestedFor(urlEqualTo("/api/files/f1")));
  }

  @Test
  void aRelativeOperationServerFallsBackToTheBaseUrl() {
    send(true, "/uploads");

    server.verify(anyRequestedFor(urlEqualTo("/api/files/f1")));
  }

  @Test
  void anOperationWithoutItsOwnServerUsesTheBaseUrl() {
    send(true, null);

    server.verify(anyRequestedFor(urlEqualTo("/api/files/f1")));
  }
}
