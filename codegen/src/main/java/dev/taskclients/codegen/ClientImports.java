package dev.taskclients.codegen;

import dev.taskclients.codegen.view.BuilderView;
import dev.taskclients.codegen.view.CredentialKind;
import dev.taskclients.codegen.view.OperationView;
import dev.taskclients.codegen.view.ParameterView;
import dev.taskclients.codegen.view.ResponseView;
import dev.taskclients.codegen.view.SecuritySchemeView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The imports of one client file, from what the file holds: the runtime types its templates write
 * for the features its operations have (pages, waiters, streams, ...), and each type its
 * parameters, bodies and responses are declared with. Exact and sorted, never a wildcard; kept in
 * step with the client templates (the corpus gate's style check fails on an import a file does not
 * use, and compilation on one it lacks).
 */
final class ClientImports {
  private static final String RUNTIME = "dev.taskclients.runtime.";
  private static final String SUPPORT = "dev.taskclients.runtime.support.";
  private static final Pattern NAME =
      Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(?:\\.[A-Za-z_$][A-Za-z0-9_$]*)*");

  private final Map<String, String> known;
  private final Set<String> models;
  private final String modelPackage;
  private final Set<String> imports = new TreeSet<>();

  /**
   * @param known the import of each simple type name the generator maps ({@code BigDecimal}, {@code
   *     JsonNode}, ...)
   * @param models the model classes written, by simple name
   * @param modelPackage their package
   */
  ClientImports(Map<String, String> known, Set<String> models, String modelPackage) {
    this.known = known;
    this.models = models;
    this.modelPackage = modelPackage;
  }

  /**
   * What the root client always writes: its configuration, builder and servers, and its Javadoc's
   * links.
   */
  ClientImports root(BuilderView builder) {
    add(
        RUNTIME + "ClientBuilder",
        RUNTIME + "ClientConfig",
        RUNTIME + "RequestOptions",
        SUPPORT + "ApiInvoker",
        "java.util.List",
        "java.util.Map",
        "java.util.concurrent.CompletableFuture");
    for (SecuritySchemeView scheme : builder.schemes()) {
      add(RUNTIME + "Credential");
      if (scheme.kind() == CredentialKind.BEARER || scheme.kind() == CredentialKind.ACCESS_TOKEN) {
        add("java.util.function.Supplier");
      }
    }
    return this;
  }

  /** What a sub-client always writes: its raw and asynchronous views, and its Javadoc's links. */
  ClientImports subClient() {
    add(
        RUNTIME + "RequestOptions",
        RUNTIME + "Response",
        SUPPORT + "ApiInvoker",
        "java.util.concurrent.CompletableFuture");
    return this;
  }

  /**
   * What the methods of operations write, in the file that holds them with their raw and
   * asynchronous views.
   */
  ClientImports operations(List<OperationView> operations) {
    if (!operations.isEmpty()) {
      add(
          RUNTIME + "RequestOptions",
          RUNTIME + "Response",
          SUPPORT + "ApiRequest",
          "java.util.Objects",
          "java.util.concurrent.CompletableFuture");
    }
    for (OperationView op : operations) {
      op.required().forEach(p -> types(p.javaType()));
      types(op.returnType());
      for (ResponseView response : op.request().responses()) {
        types(response.javaType());
        if (response.generic()) {
          add("com.fasterxml.jackson.core.type.TypeReference");
        }
      }
      if (op.request().errorModel() != null) {
        types(op.request().errorModel());
      }
      if (op.request().body() != null && op.request().body().base64()) {
        add(RUNTIME + "BinaryBody");
      }
      if (op.streamable()) {
        add("java.io.InputStream");
      }
      if (op.pages() != null) {
        add(SUPPORT + "Pages", "java.util.List", "java.util.stream.Stream");
        types(op.pages().pageType());
        types(op.pages().itemType());
        if (op.pages().batchWaiter()) {
          add(RUNTIME + "WaitOptions", SUPPORT + "TaskWaiter", "java.util.Collection");
        }
      }
      if (op.waiter() != null) {
        add(RUNTIME + "WaitOptions", SUPPORT + "TaskWaiter");
        if (op.waiter().bodyType() != null) {
          types(op.waiter().bodyType());
        }
      }
    }
    return this;
  }

  /** What a parameter class writes: the type of each parameter it holds. */
  ClientImports parameters(List<ParameterView> optional) {
    optional.forEach(p -> types(p.javaType()));
    return this;
  }

  /** {@return the imports, sorted} */
  List<String> sorted() {
    return new ArrayList<>(imports);
  }

  private void add(String... types) {
    imports.addAll(List.of(types));
  }

  /**
   * Imports each type a Java type expression names ({@code Map<String, List<Pet>>}), unless
   * qualified.
   */
  private void types(String javaType) {
    Matcher name = NAME.matcher(javaType);
    while (name.find()) {
      String found = name.group();
      String first = found.contains(".") ? found.substring(0, found.indexOf('.')) : found;
      if (models.contains(first)) {
        imports.add(modelPackage + "." + first);
      } else if (!found.contains(".") && known.containsKey(found)) {
        imports.add(known.get(found));
      }
    }
  }
}
