package dev.taskclients.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.taskclients.runtime.Response;
import dev.taskclients.runtime.exception.ApiException;
import dev.taskclients.runtime.exception.BadRequestException;
import dev.taskclients.runtime.exception.ConflictException;
import dev.taskclients.runtime.exception.ForbiddenException;
import dev.taskclients.runtime.exception.NotFoundException;
import dev.taskclients.runtime.exception.RateLimitException;
import dev.taskclients.runtime.exception.ServerException;
import dev.taskclients.runtime.exception.UnauthorizedException;
import dev.taskclients.runtime.exception.UnexpectedStatusException;
import dev.taskclients.runtime.exception.UnprocessableEntityException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks what a call gave against what was served: the typed body of a success, the exception (and
 * its typed error body) of an error status.
 */
final class OutcomeChecks {
  /** Documented Java types that are not generated models. */
  private static final Set<String> NOT_MODELS =
      Set.of(
          "String",
          "Integer",
          "Long",
          "Boolean",
          "Double",
          "Float",
          "BigDecimal",
          "BigInteger",
          "Object",
          "JsonNode",
          "Void",
          "OffsetDateTime",
          "LocalDate",
          "UUID",
          "URI");

  private static final Map<Integer, Class<? extends ApiException>> EXCEPTIONS =
      Map.of(
          400,
          BadRequestException.class,
          401,
          UnauthorizedException.class,
          403,
          ForbiddenException.class,
          404,
          NotFoundException.class,
          409,
          ConflictException.class,
          422,
          UnprocessableEntityException.class,
          429,
          RateLimitException.class);

  private final ObjectMapper mapper;

  /**
   * Creates the checks.
   *
   * @param mapper the mapper the clients use, to write bodies back to JSON
   */
  OutcomeChecks(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * The exception class the runtime must throw for a status.
   *
   * @param status the HTTP status
   * @return the class
   */
  static Class<? extends ApiException> expectedException(int status) {
    return status >= 500 && status <= 599
        ? ServerException.class
        : EXCEPTIONS.getOrDefault(status, UnexpectedStatusException.class);
  }

  /**
   * Checks a call's outcome.
   *
   * @param plan what was served
   * @param returned what the call returned (null when it threw)
   * @param thrown what the call threw (null when it returned)
   * @return the problems, empty when the outcome is right
   */
  List<String> check(ResponsePlan plan, Object returned, Throwable thrown) {
    return plan.success()
        ? checkSuccess(plan, returned, thrown)
        : checkError(plan, returned, thrown);
  }

  private List<String> checkSuccess(ResponsePlan plan, Object returned, Throwable thrown) {
    List<String> problems = new ArrayList<>();
    if (thrown != null) {
      problems.add(
          "HTTP "
              + plan.status()
              + " threw instead of returning the "
              + plan.documented().javaType()
              + ": "
              + describe(thrown));
      return problems;
    }
    if (!(returned instanceof Response<?> response)) {
      problems.add("the raw call returned " + returned + ", not a Response");
      return problems;
    }
    if (response.statusCode() != plan.status()) {
      problems.add(
          "Response.statusCode() is " + response.statusCode() + ", served " + plan.status());
    }
    Object body = response.body();
    switch (plan.kind()) {
      case "JSON":
        problems.addAll(sameJson("body", plan.json(), body, plan.documented().javaType()));
        break;
      case "TEXT":
        if (!plan.text().equals(body)) {
          problems.add(
              "text body differs: served "
                  + shorten(plan.text())
                  + ", got "
                  + shorten(String.valueOf(body)));
        }
        break;
      case "BINARY":
        if (!(body instanceof byte[] bytes) || !Arrays.equals(bytes, plan.body())) {
          problems.add(
              "binary body differs: served "
                  + plan.body().length
                  + " bytes, got "
                  + (body instanceof byte[] bytes
                      ? bytes.length + " different bytes"
                      : describeValue(body)));
        }
        break;
      default:
        if (body != null) {
          problems.add("no body was served but Response.body() is " + describeValue(body));
        }
    }
    return problems;
  }

  private List<String> checkError(ResponsePlan plan, Object returned, Throwable thrown) {
    List<String> problems = new ArrayList<>();
    Class<? extends ApiException> expected = expectedException(plan.status());
    if (thrown == null) {
      problems.add(
          "HTTP "
              + plan.status()
              + " returned "
              + describeValue(returned)
              + " instead of throwing "
              + expected.getSimpleName());
      return problems;
    }
    if (!(thrown instanceof ApiException e)) {
      problems.add(
          "HTTP "
              + plan.status()
              + " threw "
              + describe(thrown)
              + ", expected "
              + expected.getSimpleName());
      return problems;
    }
    if (!expected.isInstance(e)) {
      problems.add(
          "HTTP "
              + plan.status()
              + " threw "
              + e.getClass().getSimpleName()
              + ", expected "
              + expected.getSimpleName());
    }
    if (e.statusCode() != plan.status()) {
      problems.add("statusCode() is " + e.statusCode() + ", served " + plan.status());
    }
    if ("JSON".equals(plan.kind())) {
      problems.addAll(
          sameJson("error body", plan.json(), e.errorBody(), plan.documented().javaType()));
    }
    return problems;
  }

  /** A value the client read must be of its documented type and write back to the JSON served. */
  private List<String> sameJson(String what, JsonNode served, Object value, String javaType) {
    List<String> problems = new ArrayList<>();
    if (value == null) {
      if (!served.isNull()) {
        problems.add(what + " is null; served " + shorten(served.toString()));
      }
      return problems;
    }
    boolean typedExpected = !"JsonNode".equals(javaType) && !"Object".equals(javaType);
    if (typedExpected && value instanceof JsonNode) {
      problems.add(what + " is a JsonNode, not the typed " + javaType);
    } else if (isModel(javaType) && !isA(value.getClass(), javaType)) {
      problems.add(what + " is a " + value.getClass().getName() + ", not the typed " + javaType);
    }
    JsonNode written;
    try {
      written = mapper.readTree(mapper.writeValueAsString(value));
    } catch (IOException | RuntimeException ex) {
      problems.add(what + " cannot be written back to JSON: " + ex);
      return problems;
    }
    // Read both through the same parser so number node classes (int/long, double/decimal) compare
    // alike.
    JsonNode servedTree = reparse(served);
    if (!servedTree.equals(written)) {
      problems.add(
          0, what + " differs from what was served: " + JsonDiff.first(servedTree, written));
    }
    return problems;
  }

  private JsonNode reparse(JsonNode node) {
    try {
      return mapper.readTree(mapper.writeValueAsString(node));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Whether a class is, extends or implements the type of a simple name (a variant of a polymorphic
   * type is one).
   */
  private static boolean isA(Class<?> type, String simpleName) {
    if (type == null) {
      return false;
    }
    if (type.getSimpleName().equals(simpleName)) {
      return true;
    }
    for (Class<?> implemented : type.getInterfaces()) {
      if (isA(implemented, simpleName)) {
        return true;
      }
    }
    return isA(type.getSuperclass(), simpleName);
  }

  private static boolean isModel(String javaType) {
    return javaType.matches("[A-Z][A-Za-z0-9_]*") && !NOT_MODELS.contains(javaType);
  }

  /**
   * An exception in a line: its class, message and where it was thrown from.
   *
   * @param thrown the exception
   * @return the description
   */
  static String describe(Throwable thrown) {
    StringBuilder text = new StringBuilder(thrown.getClass().getSimpleName());
    StackTraceElement[] frames = thrown.getStackTrace();
    if (frames.length > 0) {
      text.append(" (at ").append(frames[0]).append(')');
    }
    text.append(": ").append(thrown.getMessage());
    for (Throwable cause = thrown.getCause();
        cause != null && cause != cause.getCause();
        cause = cause.getCause()) {
      text.append(" / caused by ")
          .append(cause.getClass().getSimpleName())
          .append(": ")
          .append(cause.getMessage());
    }
    return shorten(text.toString().replaceAll("\\s*\\R\\s*", " "), 700);
  }

  private static String describeValue(Object value) {
    return value == null
        ? "null"
        : value instanceof byte[] bytes
            ? bytes.length + " bytes"
            : value.getClass().getSimpleName() + " " + shorten(String.valueOf(value));
  }

  static String shorten(String text) {
    return shorten(text, 200);
  }

  static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max) + "...";
  }
}
