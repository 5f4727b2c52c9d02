package dev.taskclients.codegen;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Refuses, before generation, the constructs the templates cannot turn into Java that compiles and
 * works, with the spec location and the construct named. Everything else in OpenAPI 3.0 is handled, and
 * OpenAPI 3.1 as far as {@link OpenApi31Downgrade} gives it a 3.0 form (it runs first).
 */
final class SpecSupport {
  private static final java.util.regex.Pattern TEMPLATE_VARIABLE = java.util.regex.Pattern.compile("\\{([^}/]+)}");
  private SpecSupport() {
  }

  static void check(OpenAPI openAPI) {
    if (openAPI.getPaths() != null) {
      openAPI.getPaths().forEach((path, item) -> checkPath(openAPI, path, item));
    }
    if (openAPI.getComponents() != null && openAPI.getComponents().getSecuritySchemes() != null) {
      openAPI.getComponents().getSecuritySchemes().forEach((name, scheme) -> checkScheme(name, scheme));
    }
  }

  private static void checkPath(OpenAPI openAPI, String path, PathItem item) {
    List<Parameter> shared = item.getParameters() == null ? List.of() : item.getParameters();
    for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.readOperationsMap().entrySet()) {
      String where = "paths." + path + "." + entry.getKey().name().toLowerCase(java.util.Locale.ROOT);
      List<Parameter> params = new ArrayList<>(shared);
      if (entry.getValue().getParameters() != null) {
        params.addAll(entry.getValue().getParameters());
      }
      java.util.Set<String> pathParameters = new java.util.HashSet<>();
      for (Parameter raw : params) {
        Parameter param = org.openapitools.codegen.utils.ModelUtils.getReferencedParameter(openAPI, raw);
        checkParameter(where + ".parameters." + param.getName(), param);
        if ("path".equals(param.getIn())) {
          pathParameters.add(param.getName());
        }
      }
      java.util.regex.Matcher variable = TEMPLATE_VARIABLE.matcher(path);
      while (variable.find()) {
        if (!pathParameters.contains(variable.group(1))) {
          throw new UnsupportedSpecException(where, "the path template variable {" + variable.group(1)
              + "} has no path parameter of that name; declare one (in: path, required: true)");
        }
      }
    }
  }

  private static void checkParameter(String where, Parameter param) {
    if (param.getContent() != null && !param.getContent().isEmpty()) {
      throw new UnsupportedSpecException(where,
          "a parameter described by 'content' (a serialized object) is not supported; describe it with 'schema'");
    }
    Parameter.StyleEnum style = param.getStyle();
    if (style == Parameter.StyleEnum.MATRIX || style == Parameter.StyleEnum.LABEL) {
      throw new UnsupportedSpecException(where,
          "path style '" + style + "' is not supported; use the default style 'simple'");
    }
  }

  private static void checkScheme(String name, SecurityScheme scheme) {
    if (scheme.getType() == SecurityScheme.Type.MUTUALTLS) {
      throw new UnsupportedSpecException("components.securitySchemes." + name,
          "mutualTLS is configured on the HTTP client, not generated: remove the scheme and pass an HttpClient with "
              + "your SSLContext to the builder's httpClient(...)");
    }
  }
}
