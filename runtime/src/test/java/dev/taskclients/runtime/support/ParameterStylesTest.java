package dev.taskclients.runtime.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.taskclients.runtime.ModelBasesTest;
import dev.taskclients.runtime.NumericOpenEnumTest;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How {@link ApiRequest.Builder} writes path, query, header and cookie parameters in OpenAPI's
 * styles.
 */
class ParameterStylesTest {
  private static final OffsetDateTime NOON =
      OffsetDateTime.of(2024, 3, 15, 12, 0, 0, 0, ZoneOffset.UTC);

  private static ApiRequest.Builder get() {
    return ApiRequest.builder("GET", "/items");
  }

  private static String query(Object value, String style, boolean explode) {
    return get().query("p", value, style, explode).build().query();
  }

  private static Map<String, Object> rgb() {
    Map<String, Object> color = new LinkedHashMap<>();
    color.put("R", 100);
    color.put("skipped", null);
    color.put("G", List.of(1, 2));
    return color;
  }

  @Test
  void listsFollowTheirStyle() {
    List<String> list = List.of("a b", "c");

    assertEquals("p=a%20b&p=c", query(list, "form", true));
    assertEquals("p=a%20b%2Cc", query(list, "form", false));
    assertEquals("p=a%20b%20c", query(list, "spaceDelimited", false));
    assertEquals("p=a%20b%7Cc", query(list, "pipeDelimited", false));
  }

  @Test
  void emptyListsAndNullElementsAreLeftOut() {
    assertEquals("", query(List.of(), "form", false));
    assertEquals("", query(List.of(), "pipeDelimited", false));
    assertEquals("", query(List.of(), "form", true));
    assertEquals("p=a&p=b", query(Arrays.asList("a", null, "b"), "form", true));
    assertEquals("", query(null, "form", true));
  }

  @Test
  void objectsAreExplodedJoinedOrDeep() {
    assertEquals("R=100&G=1%2C2", query(rgb(), "form", true));
    assertEquals("p=R%2C100%2CG%2C1%2C2", query(rgb(), "form", false));
    assertEquals("p%5BR%5D=100&p%5BG%5D=1%2C2", query(rgb(), "deepObject", true));
  }

  @Test
  void aModelIsAnObjectOfItsPresentFields() {
    ModelBasesTest.Thing thing =
        new ModelBasesTest.Thing.Builder()
            .id("t1")
            .tags(List.of("x", "y"))
            .color(ModelBasesTest.Color.of("green"))
            .build();

    assertEquals(
        "filter%5Bid%5D=t1&filter%5Btags%5D=x%2Cy&filter%5Bcolor%5D=green",
        get().query("filter", thing, "deepObject", true).build().query());
    assertEquals(
        "filter=id%2Ct1%2Ctags%2Cx%2Cy%2Ccolor%2Cgreen",
        get().query("filter", thing, "form", false).build().query());
  }

  @Test
  void scalarsAreWrittenAsTheJsonSchemaDoes() {
    assertEquals("p=2024-03-15T12%3A00%3A00Z", query(NOON, "form", true), "seconds always written");
    assertEquals("p=1000", query(new BigDecimal("1E+3"), "form", true));
    assertEquals(
        "p=%2B%2F8%3D", query(new byte[] {(byte) 0xfb, (byte) 0xff}, "form", true), "base64");
    assertEquals("p=green", query(ModelBasesTest.Color.of("green"), "form", true));
    assertEquals("p=7", query(NumericOpenEnumTest.Priority.of(7), "form", true));
    assertEquals("p=true", query(true, "form", false));
    assertEquals("p=", query("", "form", true));
    assertEquals(
        "p=3&p=1",
        query(
            List.of(NumericOpenEnumTest.Priority.HIGH, NumericOpenEnumTest.Priority.LOW),
            "form",
            true));
  }

  @Test
  void pathParametersOfAnyTypeStayOneSegment() {
    assertEquals(
        "/items/a%2Fb,c",
        ApiRequest.builder("GET", "/items/{ids}")
            .pathParam("ids", List.of("a/b", "c"))
            .build()
            .path());
    assertEquals(
        "/items/42",
        ApiRequest.builder("GET", "/items/{id}").pathParam("id", (Object) 42).build().path());
    assertEquals(
        "/items/2024-03-15T12%3A00%3A00Z",
        ApiRequest.builder("GET", "/items/{at}").pathParam("at", (Object) NOON).build().path());
  }

  @Test
  void unusablePathParametersAreRefused() {
    IllegalArgumentException empty =
        assertThrows(IllegalArgumentException.class, () -> get().pathParam("ids", List.of()));
    assertEquals("path parameter 'ids' must not be an empty list", empty.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> get().pathParam("ids", Arrays.asList((Object) null)));
    assertThrows(IllegalArgumentException.class, () -> get().pathParam("ids", List.of("a", "..")));
    NullPointerException none =
        assertThrows(NullPointerException.class, () -> get().pathParam("id", (Object) null));
    assertEquals("path parameter 'id' must not be null", none.getMessage());
  }

  @Test
  void headersUseTheSimpleStyle() {
    ApiRequest request =
        get()
            .header("X-Ids", (Object) List.of(1, 2))
            .header("X-Color", (Object) rgb())
            .header("X-Count", (Object) 7)
            .header("X-None", (Object) null)
            .header("X-At", (Object) NOON)
            .build();

    assertEquals(List.of("1,2"), request.headers().get("x-ids"));
    assertEquals(List.of("R,100,G,1,2"), request.headers().get("X-Color"));
    assertEquals(List.of("7"), request.headers().get("X-Count"));
    assertEquals(List.of("2024-03-15T12:00:00Z"), request.headers().get("X-At"));
    assertFalse(request.headers().containsKey("X-None"));
    assertThrows(IllegalArgumentException.class, () -> get().header("X Bad", (Object) 1));
    assertThrows(IllegalArgumentException.class, () -> get().header("X-Bad", (Object) "a\r\nb"));
  }

  @Test
  void cookiesArePercentEncodedAndNullsLeftOut() {
    ApiRequest request =
        get()
            .cookie("session", "a b;c=d")
            .cookie("ids", List.of(1, 2))
            .cookie("none", null)
            .cookie("obj", rgb())
            .build();

    assertEquals(
        List.of("session=a%20b%3Bc%3Dd", "ids=1%2C2", "obj=R%2C100%2CG%2C1%2C2"),
        request.cookies());
    assertThrows(IllegalArgumentException.class, () -> get().cookie("a b", "1"));
  }
}
