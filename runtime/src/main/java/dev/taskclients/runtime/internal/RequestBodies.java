package dev.taskclients.runtime.internal;

import dev.taskclients.runtime.BinaryBody;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.taskclients.runtime.JsonModel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** Writes a request's body as bytes, by its kind: JSON, text, bytes, a form or multipart parts. */
final class RequestBodies {
  private static final SecureRandom BOUNDARIES = new SecureRandom();

  /** The bytes and the Content-Type header that goes with them. */
  record Encoded(byte[] bytes, String contentType) {
  }

  private RequestBodies() {
  }

  static Encoded encode(ApiRequest request, ObjectMapper mapper) {
    String declared = request.contentType();
    switch (request.bodyKind()) {
      case JSON:
        return new Encoded(json(request.body().orElseThrow(), mapper), declared == null ? "application/json" : declared);
      case TEXT:
        return new Encoded(((String) request.body().orElseThrow()).getBytes(StandardCharsets.UTF_8),
            withCharset(declared == null ? "text/plain" : declared));
      case BINARY:
        BinaryBody binary = (BinaryBody) request.body().orElseThrow();
        String type = binary.contentType().equals("application/octet-stream") && declared != null ? declared : binary.contentType();
        return new Encoded(binary.bytes(), type);
      case FORM:
        return new Encoded(form(request.formFields(), mapper).getBytes(StandardCharsets.UTF_8),
            declared == null ? "application/x-www-form-urlencoded" : declared);
      case MULTIPART:
        String boundary = "taskclients-" + Long.toHexString(BOUNDARIES.nextLong()) + Long.toHexString(BOUNDARIES.nextLong());
        return new Encoded(multipart(request.formFields(), boundary, mapper), "multipart/form-data; boundary=" + boundary);
      default:
        return null;
    }
  }

  private static String withCharset(String mediaType) {
    return mediaType.toLowerCase(java.util.Locale.ROOT).contains("charset") ? mediaType : mediaType + "; charset=UTF-8";
  }

  private static byte[] json(Object body, ObjectMapper mapper) {
    try {
      return mapper.writeValueAsBytes(JsonModel.forRequest(body));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("request body of type " + body.getClass().getName() + " cannot be written as JSON: "
          + e.getOriginalMessage(), e);
    }
  }

  /** A field's value as form text: objects as JSON, lists as one entry per element (handled by the caller). */
  private static String text(Object value, ObjectMapper mapper) {
    return ParamText.isObject(value) ? new String(json(value, mapper), StandardCharsets.UTF_8) : ParamText.scalar(value);
  }

  private static String form(List<Map.Entry<String, Object>> fields, ObjectMapper mapper) {
    StringJoiner out = new StringJoiner("&");
    for (Map.Entry<String, Object> field : fields) {
      String name = UrlEncoding.queryComponent(field.getKey());
      Collection<?> values = field.getValue() instanceof Collection ? (Collection<?>) field.getValue() : List.of(field.getValue());
      for (Object value : values) {
        if (value != null) {
          out.add(name + "=" + UrlEncoding.queryComponent(text(value, mapper)));
        }
      }
    }
    return out.toString();
  }

  private static byte[] multipart(List<Map.Entry<String, Object>> fields, String boundary, ObjectMapper mapper) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Map.Entry<String, Object> field : fields) {
      Collection<?> values = field.getValue() instanceof Collection ? (Collection<?>) field.getValue() : List.of(field.getValue());
      for (Object value : values) {
        if (value == null) {
          continue;
        }
        StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
            .append("Content-Disposition: form-data; name=\"").append(quoted(field.getKey())).append('"');
        byte[] content;
        if (value instanceof BinaryBody) {
          BinaryBody file = (BinaryBody) value;
          head.append("; filename=\"").append(quoted(file.filename().orElse(field.getKey()))).append('"')
              .append("\r\nContent-Type: ").append(file.contentType());
          content = file.bytes();
        } else if (ParamText.isObject(value)) {
          head.append("\r\nContent-Type: application/json");
          content = json(value, mapper);
        } else {
          head.append("\r\nContent-Type: text/plain; charset=UTF-8");
          content = ParamText.scalar(value).getBytes(StandardCharsets.UTF_8);
        }
        out.writeBytes(head.append("\r\n\r\n").toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
      }
    }
    out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  /** A name inside a quoted header parameter: quotes and line breaks escaped so they cannot end it. */
  private static String quoted(String name) {
    return name.replace("\\", "\\\\").replace("\"", "%22").replace("\r", "%0D").replace("\n", "%0A");
  }
}
