package dev.taskclients.contract;

import dev.taskclients.codegen.InvalidSpecException;
import dev.taskclients.codegen.SpecRewrite;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * A spec as Swagger Parser reads it, with its local {@code $ref}s resolved on demand (so recursive
 * schemas stay finite) and the lookups the gate needs.
 */
final class SpecDocument {
  private final Path file;
  private final OpenAPI openAPI;

  private SpecDocument(Path file, OpenAPI openAPI) {
    this.file = file;
    this.openAPI = openAPI;
  }

  /**
   * Reads a spec as the generator reads it before OpenAPI Generator's own steps ({@link
   * SpecRewrite}): a spec split over files bundled, OpenAPI 3.1 in its 3.0 form, path templates
   * repaired (each operation still under its spec key).
   *
   * @param file the OpenAPI document (the root file of a spec split over files)
   * @return the document
   * @throws IllegalArgumentException when it cannot be read
   */
  static SpecDocument read(Path file) {
    try {
      return new SpecDocument(file, SpecRewrite.read(file));
    } catch (InvalidSpecException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Wraps a spec already parsed, such as the generator's processed copy.
   *
   * @param file the spec file it came from
   * @param openAPI the parsed spec
   * @return the document
   */
  static SpecDocument of(Path file, OpenAPI openAPI) {
    return new SpecDocument(file, openAPI);
  }

  /**
   * @return the spec file
   */
  Path file() {
    return file;
  }

  /**
   * @return the names of the query parameters credentials travel in (apiKey schemes {@code in:
   *     query})
   */
  Set<String> queryCredentialNames() {
    Set<String> names = new HashSet<>();
    if (openAPI.getComponents() != null && openAPI.getComponents().getSecuritySchemes() != null) {
      openAPI
          .getComponents()
          .getSecuritySchemes()
          .values()
          .forEach(
              scheme -> {
                if (scheme.getType() == SecurityScheme.Type.APIKEY
                    && scheme.getIn() == SecurityScheme.In.QUERY) {
                  names.add(scheme.getName());
                }
              });
    }
    return names;
  }

  /**
   * The path part of the first server's URL (variables at their defaults), which the client's base
   * URL must end with for requests to land on the spec's paths.
   *
   * @return e.g. {@code /v2}, or the empty string
   */
  String basePath() {
    List<Server> servers = openAPI.getServers();
    if (servers == null || servers.isEmpty() || servers.get(0).getUrl() == null) {
      return "";
    }
    Server server = servers.get(0);
    String url = server.getUrl();
    if (server.getVariables() != null) {
      for (var variable : server.getVariables().entrySet()) {
        String value =
            variable.getValue().getDefault() == null ? "" : variable.getValue().getDefault();
        url = url.replace("{" + variable.getKey() + "}", value);
      }
    }
    String path;
    try {
      URI uri = URI.create(url);
      path = uri.getScheme() != null ? uri.getRawPath() : url;
    } catch (IllegalArgumentException e) {
      path = url.replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "");
    }
    path = path == null ? "" : path;
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /**
   * The operation at a path and method.
   *
   * @param path the path template as the spec writes it
   * @param method the HTTP method, any case
   * @return the operation
   * @throws IllegalArgumentException when the spec has none there
   */
  Operation operation(String path, String method) {
    PathItem item = pathItem(path);
    Operation operation =
        item.readOperationsMap().get(PathItem.HttpMethod.valueOf(method.toUpperCase(Locale.ROOT)));
    if (operation == null) {
      throw new IllegalArgumentException("the spec has no " + method + " " + path);
    }
    return operation;
  }

  /**
   * The parameters an operation takes: the path item's, overridden by the operation's own of the
   * same name and location; {@code $ref}s resolved.
   *
   * @param path the path template
   * @param method the HTTP method
   * @return the parameters
   */
  List<Parameter> parameters(String path, String method) {
    Map<String, Parameter> byKey = new LinkedHashMap<>();
    List<Parameter> shared = pathItem(path).getParameters();
    List<Parameter> own = operation(path, method).getParameters();
    for (List<Parameter> list :
        List.of(
            shared == null ? List.<Parameter>of() : shared,
            own == null ? List.<Parameter>of() : own)) {
      for (Parameter raw : list) {
        Parameter parameter = parameter(raw);
        byKey.put(parameter.getIn() + ":" + parameter.getName(), parameter);
      }
    }
    return new ArrayList<>(byKey.values());
  }

  private PathItem pathItem(String path) {
    PathItem item = openAPI.getPaths() == null ? null : openAPI.getPaths().get(path);
    if (item == null) {
      throw new IllegalArgumentException("the spec has no path " + path);
    }
    return item.get$ref() != null
        ? follow(item.get$ref(), c -> openAPI.getComponents().getPathItems())
        : item;
  }

  /**
   * Follows a schema's {@code $ref} chain to the schema it names.
   *
   * @param schema a schema, possibly a reference
   * @return the schema itself, never a reference (null for null)
   */
  Schema<?> schema(Schema<?> schema) {
    Schema<?> current = schema;
    for (int hops = 0; current != null && current.get$ref() != null; hops++) {
      if (hops > 20) {
        throw new IllegalArgumentException("$ref cycle at " + schema.get$ref());
      }
      current = follow(current.get$ref(), c -> c.getSchemas());
    }
    return current;
  }

  /**
   * The component schemas that extend one through {@code allOf}.
   *
   * @param name the component's name
   * @return the names of the components listing it directly in their {@code allOf}, in the spec's
   *     order
   */
  @SuppressWarnings("unchecked") // swagger's getAllOf() is a raw List<Schema>
  List<String> children(String name) {
    List<String> children = new java.util.ArrayList<>();
    if (name == null
        || openAPI.getComponents() == null
        || openAPI.getComponents().getSchemas() == null) {
      return children;
    }
    openAPI
        .getComponents()
        .getSchemas()
        .forEach(
            (child, schema) -> {
              if (schema.getAllOf() != null
                  && !child.equals(name)
                  && schema.getAllOf().stream()
                      .anyMatch(part -> name.equals(refName((Schema<?>) part)))) {
                children.add(child);
              }
            });
    return children;
  }

  /**
   * The name of the component schema a reference names.
   *
   * @param schema a schema
   * @return the component's name, or null when the schema is not a reference
   */
  static String refName(Schema<?> schema) {
    return schema == null || schema.get$ref() == null
        ? null
        : schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
  }

  /**
   * @return the response a reference names, or the response itself
   */
  ApiResponse response(ApiResponse response) {
    return response != null && response.get$ref() != null
        ? response(follow(response.get$ref(), c -> c.getResponses()))
        : response;
  }

  /**
   * @return the parameter a reference names, or the parameter itself
   */
  Parameter parameter(Parameter parameter) {
    return parameter != null && parameter.get$ref() != null
        ? parameter(follow(parameter.get$ref(), c -> c.getParameters()))
        : parameter;
  }

  /**
   * @return the request body a reference names, or the body itself
   */
  RequestBody requestBody(RequestBody body) {
    return body != null && body.get$ref() != null
        ? requestBody(follow(body.get$ref(), c -> c.getRequestBodies()))
        : body;
  }

  /**
   * @return the example a reference names, or the example itself
   */
  Example example(Example example) {
    return example != null && example.get$ref() != null
        ? example(follow(example.get$ref(), c -> c.getExamples()))
        : example;
  }

  /**
   * @return the header a reference names, or the header itself
   */
  Header header(Header header) {
    return header != null && header.get$ref() != null
        ? header(follow(header.get$ref(), c -> c.getHeaders()))
        : header;
  }

  private <T> T follow(
      String ref, Function<io.swagger.v3.oas.models.Components, Map<String, T>> section) {
    String name = ref.substring(ref.lastIndexOf('/') + 1);
    Map<String, T> components =
        openAPI.getComponents() == null ? null : section.apply(openAPI.getComponents());
    T found = components == null ? null : components.get(name);
    if (found == null) {
      throw new IllegalArgumentException("cannot resolve $ref " + ref);
    }
    return found;
  }
}
