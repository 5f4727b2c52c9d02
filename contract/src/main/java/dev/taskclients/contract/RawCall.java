package dev.taskclients.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.taskclients.codegen.view.ParameterView;
import dev.taskclients.runtime.RequestOptions;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One call of a raw-client method with its arguments in Java types, built by the contract of the
 * generated API: the required parameters in order, then (when the operation has optional ones) one
 * params object built with its builder, then {@link RequestOptions#NONE}.
 *
 * @param method the raw client's method
 * @param args the arguments
 * @param jsonBody the JSON request body the call sends, for comparing with what arrived; null when
 *     none
 */
record RawCall(Method method, Object[] args, JsonNode jsonBody) {
  /**
   * The runtime class of a file or binary body: looked up by name, since older runtimes do not have
   * it.
   */
  static final String BINARY_BODY = "dev.taskclients.runtime.BinaryBody";

  /**
   * Builds the call of an operation.
   *
   * @param raw the raw client
   * @param operation the operation
   * @param values the arguments' values, spec-side
   * @param mapper converts values into the parameters' Java types
   * @return the call
   * @throws ReflectiveOperationException when the generated API is not shaped as the contract says
   */
  static RawCall of(
      Object raw, GeneratedOperation operation, ArgumentValues values, ObjectMapper mapper)
      throws ReflectiveOperationException {
    List<ParameterView> required = operation.requiredParams();
    String paramsClass = operation.paramsClass();
    Method method =
        find(
            raw.getClass(),
            operation.methodName(),
            required.size() + (paramsClass != null ? 1 : 0) + 1);
    if (method == null) {
      throw new NoSuchMethodException(
          describeMissing(raw.getClass(), operation, required.size(), paramsClass));
    }
    Type[] types = method.getGenericParameterTypes();
    List<Object> args = new ArrayList<>();
    for (int i = 0; i < required.size(); i++) {
      args.add(convert(values.of(operation, required.get(i)), types[i], mapper, required.get(i)));
    }
    if (paramsClass != null) {
      args.add(
          paramsObject(method.getParameterTypes()[required.size()], operation, values, mapper));
    }
    args.add(RequestOptions.NONE);
    // Values are deterministic: asking again gives the body the call was given.
    ParameterView bodyParam = operation.bodyParameter();
    JsonNode jsonBody =
        bodyParam != null && operation.sendsJsonBody()
            ? values.of(operation, bodyParam).json()
            : null;
    return new RawCall(method, args.toArray(), jsonBody);
  }

  private static Object paramsObject(
      Class<?> paramsType, GeneratedOperation operation, ArgumentValues values, ObjectMapper mapper)
      throws ReflectiveOperationException {
    Object builder = paramsType.getMethod("builder").invoke(null);
    for (ParameterView param : operation.optionalParams()) {
      Method setter =
          Arrays.stream(builder.getClass().getMethods())
              .filter(m -> m.getName().equals(param.name()) && m.getParameterCount() == 1)
              .findFirst()
              .orElseThrow(
                  () ->
                      new NoSuchMethodException(
                          paramsType.getSimpleName()
                              + ".Builder has no setter "
                              + param.name()
                              + "(...)"));
      setter.invoke(
          builder,
          convert(
              values.of(operation, param), setter.getGenericParameterTypes()[0], mapper, param));
    }
    return builder.getClass().getMethod("build").invoke(builder);
  }

  private static Object convert(
      ArgumentValues.Value value, Type type, ObjectMapper mapper, ParameterView param)
      throws ReflectiveOperationException {
    if (type instanceof Class<?> c && c.getName().equals(BINARY_BODY)) {
      return c.getMethod("of", byte[].class, String.class, String.class)
          .invoke(null, value.bytes(), value.filename(), value.contentType());
    }
    if (value.isBinary()
        && type instanceof java.lang.reflect.ParameterizedType list
        && list.getRawType() instanceof Class<?> raw
        && java.util.Collection.class.isAssignableFrom(raw)
        && list.getActualTypeArguments()[0] instanceof Class<?> item
        && item.getName().equals(BINARY_BODY)) {
      // A multipart array of files: two of them, so that a repeated part shows.
      List<Object> files = new ArrayList<>();
      for (int i = 1; i <= 2; i++) {
        files.add(
            item.getMethod("of", byte[].class, String.class, String.class)
                .invoke(null, value.bytes(), i + "-" + value.filename(), value.contentType()));
      }
      return java.util.Set.class.isAssignableFrom(raw)
          ? new java.util.LinkedHashSet<>(files)
          : files;
    }
    if (value.isBinary()) {
      if (type == byte[].class) {
        return value.bytes();
      }
      throw new IllegalArgumentException(
          "parameter "
              + param.name()
              + " is a file but its Java type is "
              + type
              + (type.getTypeName().endsWith("BinaryBody") ? "" : ", not " + BINARY_BODY));
    }
    if (type == String.class && value.json() != null && !value.json().isValueNode()) {
      // A parameter the generator gives as text (one the spec describes by content, or with no
      // serialization OpenAPI defines): the value is sent as its JSON text.
      return value.json().toString();
    }
    try {
      return mapper.convertValue(value.json(), mapper.getTypeFactory().constructType(type));
    } catch (IllegalArgumentException e) {
      // Jackson's reason first: the value can be long, and reports cut long text.
      throw new ValueNotAccepted(
          "the client's "
              + type.getTypeName()
              + " does not take the value given for parameter "
              + param.name()
              + ", which fits the spec: "
              + e.getMessage().replaceAll("\\s*\\R\\s*", " ")
              + "; value: "
              + value.json(),
          e);
    }
  }

  /**
   * A value that fits the spec could not be turned into the generated Java type: a client failure,
   * not the gate's.
   */
  static final class ValueNotAccepted extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ValueNotAccepted(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private static Method find(Class<?> type, String name, int count) {
    for (Method m : type.getMethods()) {
      Class<?>[] params = m.getParameterTypes();
      if (m.getName().equals(name)
          && params.length == count
          && params[count - 1] == RequestOptions.class) {
        return m;
      }
    }
    return null;
  }

  private static String describeMissing(
      Class<?> type, GeneratedOperation operation, int required, String paramsClass) {
    String present =
        Arrays.stream(type.getMethods())
            .filter(m -> m.getName().equals(operation.methodName()))
            .map(Method::toGenericString)
            .collect(Collectors.joining("; "));
    return type.getSimpleName()
        + " has no method "
        + operation.methodName()
        + " taking "
        + required
        + " required parameter(s)"
        + (paramsClass != null ? ", a " + paramsClass : "")
        + " and RequestOptions"
        + (present.isEmpty() ? "" : "; it has: " + present);
  }
}
