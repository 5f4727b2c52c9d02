package dev.taskclients.runtime;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.taskclients.runtime.support.ApiInvoker;
import dev.taskclients.runtime.support.ApiRequest;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which credentials {@link ApiInvoker} sends for an operation's security requirements, and where
 * each goes.
 */
class SecuritySchemesTest {
  private WireMockServer server;
  private final AtomicInteger tokens = new AtomicInteger();

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

  /** A client with one credential per kind. */
  private ApiInvoker invoker() {
    return TestClient.builder(server.baseUrl() + "/api")
        .scheme("HeaderKey", Credential.apiKeyHeader("x-api-key", "hk"))
        .scheme("QueryKey", Credential.apiKeyQuery("api_key", "q k&1"))
        .scheme("Session", Credential.apiKeyCookie("session", "s=1"))
        .scheme("OAuth", Credential.bearer(() -> "tok-" + tokens.incrementAndGet()))
        .build()
        .invoker();
  }

  private LoggedRequest send(ApiInvoker invoker, ApiRequest.Builder request) {
    invoker.send(request.build(), RequestOptions.NONE);
    List<LoggedRequest> received = server.findAll(anyRequestedFor(anyUrl()));
    return received.get(received.size() - 1);
  }

  private LoggedRequest send(ApiRequest.Builder request) {
    return send(invoker(), request);
  }

  private static ApiRequest.Builder op() {
    return ApiRequest.builder("GET", "/op");
  }

  @Test
  void theFirstSatisfiedRequirementIsSent() {
    LoggedRequest received = send(op().security("Missing").security("HeaderKey").security("OAuth"));

    assertEquals("hk", received.getHeader("x-api-key"));
    assertNull(received.getHeader("Authorization"), "not the later alternative");
    assertEquals("/api/op", received.getUrl());
  }

  @Test
  void everySchemeOfARequirementIsSent() {
    LoggedRequest received =
        send(op().security("HeaderKey", "Session", "QueryKey").cookie("lang", "en"));

    assertEquals("hk", received.getHeader("x-api-key"));
    assertEquals("lang=en; session=s%3D1", received.getHeader("Cookie"));
    assertEquals("/api/op?api_key=q%20k%261", received.getUrl());
  }

  @Test
  void aQueryKeyFollowsTheOperationsOwnQuery() {
    LoggedRequest received = send(op().query("a", "1", "form", true).security("QueryKey"));

    assertEquals("/api/op?a=1&api_key=q%20k%261", received.getUrl());
  }

  @Test
  void aCookieKeyAloneIsTheCookieHeader() {
    assertEquals("session=s%3D1", send(op().security("Session")).getHeader("Cookie"));
  }

  @Test
  void aTokenSupplierIsAskedForEachRequest() {
    ApiInvoker invoker = invoker();

    assertEquals("Bearer tok-1", send(invoker, op().security("OAuth")).getHeader("Authorization"));
    assertEquals("Bearer tok-2", send(invoker, op().security("OAuth")).getHeader("Authorization"));
  }

  @Test
  void anEmptyRequirementMeansNoCredentialIsNeeded() {
    LoggedRequest received = send(op().security("Missing").security());

    assertNull(received.getHeader("Authorization"));
    assertNull(received.getHeader("x-api-key"));
  }

  @Test
  void anAnonymousOperationSendsNoCredentialAtAll() {
    LoggedRequest received = send(op().anonymous().security("HeaderKey").security("QueryKey"));

    assertNull(received.getHeader("Authorization"));
    assertNull(received.getHeader("x-api-key"));
    assertNull(received.getHeader("Cookie"));
    assertEquals("/api/op", received.getUrl());
  }

  @Test
  void anOperationOfASpecWithoutSecuritySendsNoCredential() {
    LoggedRequest received = send(op());

    assertNull(received.getHeader("Authorization"));
    assertNull(received.getHeader("x-api-key"));
    assertNull(received.getHeader("Cookie"));
    assertEquals("/api/op", received.getUrl());
  }

  @Test
  void anUnsatisfiedOperationFailsBeforeSending() {
    ApiRequest request = op().security("Missing").security("HeaderKey", "Other").build();

    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> invoker().send(request, RequestOptions.NONE));
    assertEquals(
        "GET /op needs a credential for Missing or HeaderKey + Other: set it on the client's builder",
        e.getMessage());

    CompletionException async =
        assertThrows(
            CompletionException.class,
            () -> invoker().sendAsync(request, RequestOptions.NONE).join());
    assertInstanceOf(IllegalStateException.class, async.getCause());
    assertEquals(0, server.getAllServeEvents().size());
  }

  @Test
  void anUnusableSuppliedTokenFailsBeforeSending() {
    ApiInvoker invoker =
        TestClient.builder(server.baseUrl())
            .scheme("OAuth", Credential.bearer(() -> " "))
            .build()
            .invoker();

    assertThrows(
        IllegalStateException.class,
        () -> invoker.send(op().security("OAuth").build(), RequestOptions.NONE));
    assertEquals(0, server.getAllServeEvents().size());
  }

  @Test
  void noCookieHeaderWithoutCookies() {
    server.verify(0, anyRequestedFor(anyUrl()));
    send(op().security("HeaderKey"));
    server.verify(
        anyRequestedFor(anyUrl())
            .withHeader("Cookie", absent())
            .withHeader("x-api-key", equalTo("hk")));
  }
}
