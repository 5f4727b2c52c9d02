package dev.taskclients.runtime.support;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNullElse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.taskclients.runtime.BinaryBody;
import dev.taskclients.runtime.JsonModel;
import dev.taskclients.runtime.internal.UrlEncoding;
import java.io.ByteArrayOutputStream;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/** Writes a request's body as bytes, by its kind: JSON, text, bytes, a form or multipart parts. */
final class RequestBodies {
  private static final SecureRandom BOUNDARIES = new SecureRandom();

  /** The bytes and the Content-Type header that goes with them. */
  record Encoded(byte[] bytes, String contentType) {}

  private RequestBodies() {}

  static Encoded encode(ApiRequest request, ObjectMapper mapper) {
    String declared = request.contentType();
    Object body = request.body().orElse(null);
    return switch (request.bodyKind()) {
      case JSON ->
          new Encoded(json(body, mapper), requireNonNullElse(declared, "application/json"));
      case TEXT ->
          new Encoded(
              ((String) body).getBytes(UTF_8),
              withCharset(requireNonNullElse(declared, "text/plain")));
      case BINARY -> {
        BinaryBody binary = (BinaryBody) body;
        boolean generic = binary.contentType().equals("application/octet-stream");
        yield new Encoded(
            binary.bytes(), generic && declared != null ? declared : binary.contentType());
      }
      case FORM ->
          new Encoded(
              form(request.formFields(), mapper).getBytes(UTF_8),
              requireNonNullElse(declared, "application/x-www-form-urlencoded"));
      case MULTIPART -> multipart(request.formFields(), mapper);
      case NONE -> null;
    };
  }

  private static String withCharset(String mediaType) {
    return mediaType.toLowerCase(Locale.ROOT).contains("charset")
        ? mediaType
        : mediaType + "; charset=UTF-8";
  }

  private static byte[] json(Object body, ObjectMapper mapper) {
    try {
      return mapper.writeValueAsBytes(JsonModel.forRequest(body));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "request body of type "
              + body.getClass().getName()
              + " cannot be written as JSON: "
              + e.getOriginalMessage(),
          e);
    }
  }

  /** A field's values: a collection's elements, else the value itself; nulls left out. */
  private static List<Object> values(Object value) {
    Collection<?> all = value instanceof Collection<?> collection ? collection : List.of(value);
    return all.stream().filter(Objects::nonNull).collect(Collectors.toList());
  }

  private static String form(List<Map.Entry<String, Object>> fields, ObjectMapper mapper) {
    StringJoiner out = new StringJoiner("&");
    for (Map.Entry<String, Object> field : fields) {
      for (Object value : values(field.getValue())) {
        // Objects are sent as JSON text.
        String text =
            ParamText.isObject(value)
                ? new String(json(value, mapper), UTF_8)
                : ParamText.scalar(value);
        out.add(
            UrlEncoding.queryComponent(field.getKey()) + "=" + UrlEncoding.queryComponent(text));
      }
    }
    return out.toString();
  }

  private static Encoded multipart(List<Map.Entry<String, Object>> fields, ObjectMapper mapper) {
    String boundary =
        "taskclients-"
            + Long.toHexString(BOUNDARIES.nextLong())
            + Long.toHexString(BOUNDARIES.nextLong());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Map.Entry<String, Object> field : fields) {
      for (Object value : values(field.getValue())) {
        StringBuilder head =
            new StringBuilder("--")
                .append(boundary)
                .append("\r\n")
                .append("Content-Disposition: form-data; name=\"")
                .append(quoted(field.getKey()))
                .append('"');
        byte[] content;
        if (value instanceof BinaryBody file) {
          head.append("; filename=\"")
              .append(quoted(file.filename().orElse(field.getKey())))
              .append('"')
              .append("\r\nContent-Type: ")
              .append(file.contentType());
          content = file.bytes();
        } else if (ParamText.isObject(value)) {
          head.append("\r\nContent-Type: application/json");
          content = json(value, mapper);
        } else {
          head.append("\r\nContent-Type: text/plain; charset=UTF-8");
          content = ParamText.scalar(value).getBytes(UTF_8);
        }
        out.writeBytes(head.append("\r\n\r\n").toString().getBytes(UTF_8));
        out.writeBytes(content);
        out.writeBytes("\r\n".getBytes(UTF_8));
      }
    }
    out.writeBytes(("--" + boundary + "--\r\n").getBytes(UTF_8));
    return new Encoded(out.toByteArray(), "multipart/form-data; boundary=" + boundary);
  }

  /**
   * A name inside a quoted header parameter: quotes and line breaks escaped so they cannot end it.
   */
  private static String quoted(String name) {
    return name.replace("\\", "\\\\")
        .replace("\"", "%22")
        .replace("\r", "%0D")
        .replace("\n", "%0A");
  }
}
