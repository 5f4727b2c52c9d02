package dev.taskclients.codegen;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Yaml;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The spec as taskclients-java reads it before OpenAPI Generator's own steps, for tools that check
 * a generated client's exchanges against the same meaning (the corpus gate's request validator): a
 * spec split over files bundled ({@link MultiFileSpec}), schemas that allow only null made any
 * value, OpenAPI 3.1 rewritten into its 3.0 form ({@link OpenApi31Downgrade}), and the shortcuts of
 * path templates repaired ({@link SpecRepairs}), each operation at the path the client calls.
 */
public final class SpecRewrite {
  private SpecRewrite() {}

  /**
   * Documents for a request validator, written as OpenAPI 3.0.3 YAML: every operation sits at the
   * path the client calls, with the parameters the client sends (a fixed query value as a one-value
   * enum). Two operations the spec keeps apart only by a fragment of their path key ({@code
   * /files/{id}#add_link}) land on one path and method, so they go to different documents.
   *
   * @param documents the documents, each a complete spec
   * @param documentOf for each operation, as {@code METHOD <spec path key>}, the index of its
   *     document
   */
  public record ValidationDocuments(List<String> documents, Map<String, Integer> documentOf) {}

  /**
   * Reads a spec the way the generator does (validation problems let through: a validator of
   * exchanges does not need them) and rewrites it.
   *
   * @param spec the spec (the root file of a spec split over files)
   * @return the rewritten document
   * @throws InvalidSpecException when the spec cannot be read
   */
  public static OpenAPI read(Path spec) {
    GenerationReport report = new GenerationReport();
    OpenAPI openAPI = SpecInput.read(spec.toAbsolutePath().toString(), true, report);
    SpecRepairs.schemas(openAPI, report);
    SpecRepairs.paths(openAPI, report);
    return openAPI;
  }

  /**
   * The documents a request validator checks a client's exchanges against.
   *
   * @param spec the spec
   * @return the documents
   * @throws InvalidSpecException when the spec cannot be read
   */
  public static ValidationDocuments forValidation(Path spec) {
    return forValidation(spec, schema -> schema);
  }

  /**
   * The documents a request validator checks a client's exchanges against, each schema first passed
   * through an adaptation (to a validator's reading of OpenAPI, say).
   *
   * @param spec the spec
   * @param adapt answers each schema of the rewritten spec, or its replacement
   * @return the documents
   * @throws InvalidSpecException when the spec cannot be read
   */
  public static ValidationDocuments forValidation(
      Path spec, java.util.function.UnaryOperator<io.swagger.v3.oas.models.media.Schema<?>> adapt) {
    OpenAPI openAPI = read(spec);
    new SchemaWalk(
            openAPI, (SchemaWalk.Visitor) (schema, where, unionMember) -> adapt.apply(schema))
        .walk();
    List<Paths> groups = new ArrayList<>();
    List<Set<String>> taken = new ArrayList<>();
    Map<String, Integer> documentOf = new LinkedHashMap<>();
    if (openAPI.getPaths() != null) {
      for (Map.Entry<String, PathItem> entry : openAPI.getPaths().entrySet()) {
        for (Map.Entry<PathItem.HttpMethod, Operation> op :
            entry.getValue().readOperationsMap().entrySet()) {
          Operation operation = op.getValue();
          Object called =
              operation.getExtensions() == null
                  ? null
                  : operation.getExtensions().get(SpecRepairs.PATH);
          String path = called != null ? called.toString() : entry.getKey();
          String key = op.getKey() + " " + path;
          int group = 0;
          while (group < groups.size() && taken.get(group).contains(key)) {
            group++;
          }
          if (group == groups.size()) {
            groups.add(new Paths());
            taken.add(new HashSet<>());
          }
          taken.get(group).add(key);
          PathItem item = groups.get(group).computeIfAbsent(path, p -> new PathItem());
          if (item.getServers() == null) {
            item.setServers(entry.getValue().getServers());
          }
          // Operations of several path keys may share this item: each takes its path item's
          // parameters along.
          operation.setParameters(
              merged(openAPI, entry.getValue().getParameters(), operation.getParameters()));
          item.operation(op.getKey(), withConstantQuery(operation));
          documentOf.put(GenerationReport.operationKey(op.getKey().name(), entry.getKey()), group);
        }
      }
    }
    if (groups.isEmpty()) {
      groups.add(new Paths());
    }
    withoutMutualTls(openAPI, groups);
    openAPI.setOpenapi(OpenApi31Downgrade.RENDERED_VERSION);
    openAPI.setSpecVersion(SpecVersion.V30);
    openAPI.setJsonSchemaDialect(null);
    openAPI.setWebhooks(null);
    List<String> documents = new ArrayList<>();
    for (Paths paths : groups) {
      openAPI.setPaths(paths);
      try {
        documents.add(Yaml.mapper().writeValueAsString(openAPI));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("cannot write " + spec + " as OpenAPI 3.0", e);
      }
    }
    return new ValidationDocuments(documents, documentOf);
  }

  /**
   * OpenAPI 3.0 has no mutualTLS scheme, and a validator of exchanges cannot see the TLS handshake:
   * the scheme goes, and each requirement without it (a requirement of it alone means no other
   * credential).
   */
  private static void withoutMutualTls(OpenAPI openAPI, List<Paths> groups) {
    java.util.Set<String> mutualTls = ClientShape.mutualTlsSchemes(openAPI);
    if (mutualTls.isEmpty()) {
      return;
    }
    openAPI.getComponents().getSecuritySchemes().keySet().removeAll(mutualTls);
    java.util.function.Consumer<List<io.swagger.v3.oas.models.security.SecurityRequirement>> strip =
        requirements -> {
          if (requirements != null) {
            requirements.forEach(requirement -> requirement.keySet().removeAll(mutualTls));
          }
        };
    strip.accept(openAPI.getSecurity());
    for (Paths paths : groups) {
      paths
          .values()
          .forEach(
              item ->
                  item.readOperations()
                      .forEach(operation -> strip.accept(operation.getSecurity())));
    }
  }

  /**
   * A path item's parameters and an operation's own, which win by name and place; null when there
   * are none.
   */
  private static List<Parameter> merged(
      OpenAPI openAPI, List<Parameter> shared, List<Parameter> own) {
    if (shared == null || shared.isEmpty()) {
      return own;
    }
    Map<String, Parameter> byKey = new LinkedHashMap<>();
    for (List<Parameter> list : java.util.Arrays.asList(shared, own)) {
      if (list != null) {
        for (Parameter raw : list) {
          Parameter p =
              org.openapitools.codegen.utils.ModelUtils.getReferencedParameter(openAPI, raw);
          byKey.put(p.getIn() + ":" + p.getName(), raw);
        }
      }
    }
    return new ArrayList<>(byKey.values());
  }

  /**
   * The operation with each fixed query value declared, as a required parameter of one allowed
   * value.
   */
  @SuppressWarnings("unchecked") // the extension is ours: a list of name/value maps
  private static Operation withConstantQuery(Operation operation) {
    Object constants =
        operation.getExtensions() == null
            ? null
            : operation.getExtensions().get(SpecRepairs.CONSTANT_QUERY);
    if (constants == null) {
      return operation;
    }
    List<Parameter> params =
        operation.getParameters() == null
            ? new ArrayList<>()
            : new ArrayList<>(operation.getParameters());
    for (Map<String, String> constant : (List<Map<String, String>>) constants) {
      StringSchema value = new StringSchema();
      value.setEnum(List.of(constant.get("value")));
      params.add(
          new Parameter().name(constant.get("name")).in("query").required(true).schema(value));
    }
    operation.setParameters(params);
    return operation;
  }
}
