package dev.taskclients.codegen;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Visits every schema of a document once, with where it is and whether it is a oneOf/anyOf member;
 * a visitor may answer another schema to take its place.
 */
final class SchemaWalk {
  /** What to do with each schema. */
  interface Visitor {
    /**
     * Visits a schema.
     *
     * @param schema the schema
     * @param where its location in the spec
     * @param unionMember whether it is a member of a oneOf or anyOf
     * @return the schema to keep there: this one, or a replacement
     */
    Schema<?> visit(Schema<?> schema, String where, boolean unionMember);
  }

  /** A visitor that replaces nothing. */
  interface Inspector {
    void inspect(Schema<?> schema, String where, boolean unionMember);
  }

  private final OpenAPI openAPI;
  private final Visitor visitor;
  private final Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());

  SchemaWalk(OpenAPI openAPI, Visitor visitor) {
    this.openAPI = openAPI;
    this.visitor = visitor;
  }

  SchemaWalk(OpenAPI openAPI, Inspector inspector) {
    this(
        openAPI,
        (schema, where, unionMember) -> {
          inspector.inspect(schema, where, unionMember);
          return schema;
        });
  }

  @SuppressWarnings({"rawtypes", "unchecked"}) // swagger-models' schema maps are raw
  void walk() {
    if (openAPI.getPaths() != null) {
      openAPI.getPaths().forEach((key, item) -> pathItem(item, "paths." + key));
    }
    Components components = openAPI.getComponents();
    if (components == null) {
      return;
    }
    if (components.getSchemas() != null) {
      Map<String, Schema> schemas = components.getSchemas();
      schemas.replaceAll((name, schema) -> schema(schema, "components.schemas." + name, false));
    }
    if (components.getParameters() != null) {
      components
          .getParameters()
          .forEach((name, p) -> parameter(p, "components.parameters." + name));
    }
    if (components.getRequestBodies() != null) {
      components
          .getRequestBodies()
          .forEach((name, b) -> requestBody(b, "components.requestBodies." + name));
    }
    if (components.getResponses() != null) {
      components.getResponses().forEach((name, r) -> response(r, "components.responses." + name));
    }
    if (components.getHeaders() != null) {
      components.getHeaders().forEach((name, h) -> header(h, "components.headers." + name));
    }
  }

  private void pathItem(PathItem item, String where) {
    if (item.getParameters() != null) {
      item.getParameters().forEach(p -> parameter(p, where + ".parameters." + p.getName()));
    }
    item.readOperationsMap()
        .forEach(
            (method, operation) -> {
              String at = where + "." + method.name().toLowerCase(Locale.ROOT);
              if (operation.getParameters() != null) {
                operation
                    .getParameters()
                    .forEach(p -> parameter(p, at + ".parameters." + p.getName()));
              }
              requestBody(operation.getRequestBody(), at + ".requestBody");
              if (operation.getResponses() != null) {
                operation
                    .getResponses()
                    .forEach((code, r) -> response(r, at + ".responses." + code));
              }
              if (operation.getCallbacks() != null) {
                operation
                    .getCallbacks()
                    .forEach(
                        (name, callback) ->
                            callback.forEach(
                                (expression, callbackItem) ->
                                    pathItem(
                                        callbackItem,
                                        at + ".callbacks." + name + "." + expression)));
              }
            });
  }

  private void parameter(Parameter parameter, String where) {
    if (parameter != null) {
      parameter.setSchema(schema(parameter.getSchema(), where + ".schema", false));
      content(parameter.getContent(), where);
    }
  }

  private void requestBody(RequestBody body, String where) {
    if (body != null) {
      content(body.getContent(), where);
    }
  }

  private void response(ApiResponse response, String where) {
    if (response != null) {
      content(response.getContent(), where);
      if (response.getHeaders() != null) {
        response.getHeaders().forEach((name, h) -> header(h, where + ".headers." + name));
      }
    }
  }

  private void header(Header header, String where) {
    if (header != null) {
      header.setSchema(schema(header.getSchema(), where + ".schema", false));
      content(header.getContent(), where);
    }
  }

  private void content(Content content, String where) {
    if (content != null) {
      content.forEach(
          (type, media) ->
              media.setSchema(
                  schema(media.getSchema(), where + ".content." + type + ".schema", false)));
    }
  }

  @SuppressWarnings({"rawtypes", "unchecked"}) // swagger-models' schema collections are raw
  private Schema schema(Schema<?> original, String where, boolean unionMember) {
    if (original == null || !seen.add(original)) {
      return original;
    }
    Schema schema = visitor.visit(original, where, unionMember);
    if (schema != original) {
      seen.add(schema);
    }
    if (schema.getProperties() != null) {
      Map<String, Schema> properties = schema.getProperties();
      properties.replaceAll((name, p) -> schema(p, where + ".properties." + name, false));
    }
    schema.setItems(schema(schema.getItems(), where + ".items", false));
    if (schema.getAdditionalProperties() instanceof Schema<?> values) {
      schema.setAdditionalProperties(schema(values, where + ".additionalProperties", false));
    }
    replaceMembers(schema.getAllOf(), where + ".allOf", false);
    replaceMembers(schema.getOneOf(), where + ".oneOf", true);
    replaceMembers(schema.getAnyOf(), where + ".anyOf", true);
    schema.setNot(schema(schema.getNot(), where + ".not", false));
    return schema;
  }

  @SuppressWarnings({"rawtypes", "unchecked"}) // swagger-models' schema lists are raw
  private void replaceMembers(List<Schema> members, String where, boolean union) {
    if (members != null) {
      for (int i = 0; i < members.size(); i++) {
        members.set(i, schema(members.get(i), where + "." + i, union));
      }
    }
  }
}
