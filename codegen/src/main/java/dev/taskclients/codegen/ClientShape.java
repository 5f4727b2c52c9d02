package dev.taskclients.codegen;

import dev.taskclients.codegen.view.BuilderView;
import dev.taskclients.codegen.view.CredentialKind;
import dev.taskclients.codegen.view.SecuritySchemeView;
import dev.taskclients.codegen.view.ServerVariableView;
import dev.taskclients.codegen.view.ServerView;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.servers.ServerVariable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a client needs from the spec as a whole: its servers (with their variables) and its security
 * schemes, each with the builder setter that supplies its credential.
 *
 * <p>Setter names: when the spec has a single scheme, its setter is named after the kind of
 * credential ({@code apiKey}, {@code bearerToken}, {@code basicAuth}, {@code accessToken}), the
 * name a reader expects; with several, each is named after its scheme ({@code petstoreAuth}), so no
 * two clash.
 */
public final class ClientShape {
  /** Builder methods a credential setter must not take the name of. */
  private static final Set<String> BUILDER_METHODS =
      Set.of(
          "baseUrl",
          "allowInsecureHttp",
          "connectTimeout",
          "requestTimeout",
          "httpClient",
          "objectMapper",
          "defaultHeader",
          "retryPolicy",
          "callTimeout",
          "maxResponseBytes",
          "logger",
          "build",
          "server",
          "serverVariable",
          "credential");

  private final List<ServerView> servers;
  private final List<SecuritySchemeView> schemes;
  private final List<ServerVariableView> variables;
  private final boolean credentialRequired;
  private final String defaultBaseUrl;
  private final boolean mutualTls;

  private ClientShape(
      List<ServerView> servers,
      List<SecuritySchemeView> schemes,
      List<ServerVariableView> variables,
      boolean credentialRequired,
      String defaultBaseUrl,
      boolean mutualTls) {
    this.mutualTls = mutualTls;
    this.servers = servers;
    this.schemes = schemes;
    this.variables = variables;
    this.credentialRequired = credentialRequired;
    this.defaultBaseUrl = defaultBaseUrl;
  }

  static ClientShape of(OpenAPI openAPI, TaskclientsJavaCodegen codegen) {
    List<Server> specServers =
        openAPI.getServers() == null || openAPI.getServers().isEmpty()
            ? List.of(new Server().url("/"))
            : openAPI.getServers();
    List<ServerView> servers = new ArrayList<>();
    Map<String, ServerVariableView> variables = new LinkedHashMap<>();
    for (Server server : specServers) {
      servers.add(new ServerView(server.getUrl()));
      if (server.getVariables() != null) {
        server
            .getVariables()
            .forEach(
                (name, variable) ->
                    variables.putIfAbsent(
                        name,
                        new ServerVariableView(
                            name,
                            setterName(codegen.identifier(name), "Variable"),
                            variable.getDefault(),
                            variable.getEnum() == null ? List.of() : variable.getEnum())));
      }
    }
    List<SecuritySchemeView> schemes = schemes(openAPI, codegen);
    return new ClientShape(
        servers,
        schemes,
        new ArrayList<>(variables.values()),
        everyOperationNeedsCredential(openAPI),
        resolve(specServers.get(0)),
        !mutualTlsSchemes(openAPI).isEmpty());
  }

  private static List<SecuritySchemeView> schemes(OpenAPI openAPI, TaskclientsJavaCodegen codegen) {
    Map<String, SecurityScheme> defined =
        openAPI.getComponents() == null || openAPI.getComponents().getSecuritySchemes() == null
            ? Map.of()
            : openAPI.getComponents().getSecuritySchemes();
    List<SecuritySchemeView> schemes = new ArrayList<>();
    // mutualTLS has no credential to send: it is the HttpClient's SSLContext (see the builder's
    // Javadoc).
    long withCredential = defined.values().stream().filter(s -> !isMutualTls(s)).count();
    for (Map.Entry<String, SecurityScheme> entry : defined.entrySet()) {
      SecurityScheme scheme = entry.getValue();
      if (isMutualTls(scheme)) {
        continue;
      }
      CredentialKind kind = kind(scheme);
      String setter =
          withCredential == 1
              ? kindSetter(kind)
              : setterName(codegen.identifier(entry.getKey()), "Credential");
      String keyName = scheme.getType() == SecurityScheme.Type.APIKEY ? scheme.getName() : null;
      schemes.add(
          new SecuritySchemeView(entry.getKey(), setter, kind, keyName, scheme.getDescription()));
    }
    return schemes;
  }

  /**
   * Whether a scheme is mutual TLS: set on the HttpClient, so no builder setter and no credential
   * to send.
   *
   * @param scheme the scheme
   * @return true for {@code type: mutualTLS}
   */
  static boolean isMutualTls(SecurityScheme scheme) {
    return scheme != null && scheme.getType() == SecurityScheme.Type.MUTUALTLS;
  }

  /**
   * The schemes of the spec that are mutual TLS.
   *
   * @param openAPI the spec
   * @return their names
   */
  static Set<String> mutualTlsSchemes(OpenAPI openAPI) {
    Map<String, SecurityScheme> defined =
        openAPI.getComponents() == null || openAPI.getComponents().getSecuritySchemes() == null
            ? Map.of()
            : openAPI.getComponents().getSecuritySchemes();
    return defined.entrySet().stream()
        .filter(e -> isMutualTls(e.getValue()))
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  private static CredentialKind kind(SecurityScheme scheme) {
    switch (scheme.getType()) {
      case APIKEY:
        switch (scheme.getIn()) {
          case QUERY:
            return CredentialKind.API_KEY_QUERY;
          case COOKIE:
            return CredentialKind.API_KEY_COOKIE;
          default:
            return CredentialKind.API_KEY_HEADER;
        }
      case HTTP:
        String httpScheme =
            scheme.getScheme() == null ? "" : scheme.getScheme().toLowerCase(Locale.ROOT);
        if (httpScheme.equals("bearer")) {
          return CredentialKind.BEARER;
        }
        return httpScheme.equals("basic") ? CredentialKind.BASIC : CredentialKind.AUTHORIZATION;
      case OAUTH2:
      case OPENIDCONNECT:
        return CredentialKind.ACCESS_TOKEN;
      default:
        throw new UnsupportedSpecException(
            "components.securitySchemes", "security scheme type " + scheme.getType());
    }
  }

  private static String kindSetter(CredentialKind kind) {
    return switch (kind) {
      case BEARER -> "bearerToken";
      case BASIC -> "basicAuth";
      case ACCESS_TOKEN -> "accessToken";
      case AUTHORIZATION -> "authorization";
      default -> "apiKey";
    };
  }

  private static String setterName(String identifier, String suffix) {
    return BUILDER_METHODS.contains(identifier) ? identifier + suffix : identifier;
  }

  /**
   * True when no operation may be called without a credential, so build() can insist on one. A
   * requirement of mutual TLS alone needs none: the HttpClient carries it.
   */
  private static boolean everyOperationNeedsCredential(OpenAPI openAPI) {
    if (openAPI.getPaths() == null || openAPI.getPaths().isEmpty()) {
      return false;
    }
    Set<String> mutualTls = mutualTlsSchemes(openAPI);
    for (PathItem item : openAPI.getPaths().values()) {
      for (Operation operation : item.readOperations()) {
        List<SecurityRequirement> security =
            operation.getSecurity() != null ? operation.getSecurity() : openAPI.getSecurity();
        if (security == null
            || security.isEmpty()
            || security.stream().anyMatch(r -> mutualTls.containsAll(r.keySet()))) {
          return false;
        }
      }
    }
    return true;
  }

  /** A server's URL with every variable at its default. */
  static String resolve(Server server) {
    String url = server.getUrl();
    if (server.getVariables() != null) {
      for (Map.Entry<String, ServerVariable> variable : server.getVariables().entrySet()) {
        url =
            url.replace(
                "{" + variable.getKey() + "}",
                variable.getValue().getDefault() == null ? "" : variable.getValue().getDefault());
      }
    }
    return url;
  }

  /**
   * @return the security schemes with a credential, in the spec's order
   */
  public List<SecuritySchemeView> schemes() {
    return schemes;
  }

  /**
   * @return the server variables, each once
   */
  public List<ServerVariableView> variables() {
    return variables;
  }

  /**
   * @return the servers, the default first
   */
  public List<ServerView> servers() {
    return servers;
  }

  /**
   * @return the first server's URL, its variables at their defaults
   */
  public String defaultBaseUrl() {
    return defaultBaseUrl;
  }

  /**
   * @return the root client's builder: its credential and server variable setters
   */
  public BuilderView builder() {
    return new BuilderView(
        schemes,
        variables,
        credentialRequired
            ? schemes.stream().map(s -> s.setter() + "(...)").collect(Collectors.joining(" or "))
            : null,
        mutualTls);
  }
}
