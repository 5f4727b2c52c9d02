package dev.taskclients.runtime.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ApiRequest#expected(int)}: which documented response a status is read as, and the
 * request's other descriptors.
 */
class ExpectedStatusTest {
  private static String statusFor(ApiRequest request, int status) {
    ApiRequest.Expected expected = request.expected(status);
    return expected == null ? null : expected.status() + " " + expected.kind();
  }

  @Test
  void anExactStatusBeatsItsRangeWhicheverComesFirst() {
    ApiRequest request =
        ApiRequest.builder("GET", "/x")
            .expect("4XX", "JSON", null)
            .expect("404", "TEXT", String.class)
            .expect("default", "JSON", null)
            .build();

    assertEquals("404 TEXT", statusFor(request, 404));
    assertEquals("4XX JSON", statusFor(request, 400));
    assertEquals("4XX JSON", statusFor(request, 499));
  }

  @Test
  void aRangeBeatsDefaultWhicheverComesFirst() {
    ApiRequest request =
        ApiRequest.builder("GET", "/x")
            .expect("default", "TEXT", String.class)
            .expect("5XX", "JSON", null)
            .expect("5XX", "NONE", null)
            .build();

    assertEquals("5XX JSON", statusFor(request, 503), "the first matching range");
    assertEquals("default TEXT", statusFor(request, 404));
    assertEquals("default TEXT", statusFor(request, 201));
  }

  @Test
  void anUndocumentedSuccessIsReadAsTheFirstDocumentedOne() {
    ApiRequest request =
        ApiRequest.builder("GET", "/x")
            .expect("404", "JSON", null)
            .expect("201", "JSON", null)
            .expect("202", "NONE", null)
            .build();

    assertEquals("201 JSON", statusFor(request, 200));
    assertEquals("201 JSON", statusFor(request, 299));
    assertEquals("202 NONE", statusFor(request, 202));
    assertNull(statusFor(request, 300));
    assertNull(statusFor(request, 199));
    assertNull(statusFor(request, 500));
  }

  @Test
  void withoutAnyDocumentedStatusNothingIsExpected() {
    assertNull(ApiRequest.builder("GET", "/x").build().expected(200));
    assertNull(ApiRequest.builder("GET", "/x").expect("404", "JSON", null).build().expected(204));
  }

  @Test
  void rangesAreThreeCharactersWithAnUppercaseXx() {
    ApiRequest request =
        ApiRequest.builder("GET", "/x")
            .expect("4X", "TEXT", null)
            .expect("4xx", "TEXT", null)
            .expect("40X", "TEXT", null)
            .expect("4XXX", "TEXT", null)
            .expect("default", "JSON", null)
            .build();

    assertEquals("default JSON", statusFor(request, 404), "none of the malformed ranges matches");
  }

  @Test
  void theRequestKeepsItsSecurityServerAcceptAndBody() {
    ApiRequest request =
        ApiRequest.builder("POST", "/x")
            .security("a", "b")
            .security()
            .accept("text/csv")
            .server("https://files.example.com")
            .textBody("hi", "text/plain")
            .build();

    assertEquals(List.of(List.of("a", "b"), List.of()), request.security());
    assertFalse(request.anonymous());
    assertEquals("text/csv", request.accept());
    assertEquals("https://files.example.com", request.server());
    assertEquals(ApiRequest.BodyKind.TEXT, request.bodyKind());
    assertEquals("text/plain", request.contentType());
    assertTrue(ApiRequest.builder("GET", "/x").anonymous().build().anonymous());
    assertNull(ApiRequest.builder("GET", "/x").build().accept());
  }

  @Test
  void aNullBodyIsNoBody() {
    ApiRequest request =
        ApiRequest.builder("PUT", "/x")
            .jsonBody(null, "application/json")
            .binaryBody(null, "application/octet-stream")
            .textBody(null, "text/plain")
            .build();

    assertEquals(ApiRequest.BodyKind.NONE, request.bodyKind());
    assertNull(request.contentType());
    assertTrue(request.body().isEmpty());
  }

  @Test
  void aFormIsMultipartByItsMediaType() {
    assertEquals(
        ApiRequest.BodyKind.MULTIPART,
        ApiRequest.builder("POST", "/x").formBody("Multipart/Form-Data").build().bodyKind());
    ApiRequest form =
        ApiRequest.builder("POST", "/x")
            .formBody("application/x-www-form-urlencoded")
            .formField("a", 1)
            .formField("none", null)
            .build();

    assertEquals(ApiRequest.BodyKind.FORM, form.bodyKind());
    assertEquals(1, form.formFields().size());
    assertEquals("a", form.formFields().get(0).getKey());
  }
}
