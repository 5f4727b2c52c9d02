/**
 * The runtime every generated taskclients client shares: configuration, typed errors, the base classes of
 * models and open enums, and {@link dev.taskclients.runtime.TaskView}.
 *
 * <p>{@code dev.taskclients.runtime.internal} is the plumbing generated code calls; it is exported only to the
 * client modules, so an application on the module path cannot compile against it (on the class path it is
 * merely documented as not API).
 */
// "module": the client modules the internal package is exported to are built after this one, so javac cannot
// find them here; a misspelt name still fails, in that client's own compilation.
@SuppressWarnings("module")
module dev.taskclients.runtime {
  exports dev.taskclients.runtime;
  // Add each new client module here (README, "Add an API").
  exports dev.taskclients.runtime.internal to
      dev.taskclients.optexity,
      dev.taskclients.deepomatic,
      dev.taskclients.beatra;

  // Jackson makes the serializer of every model (JsonModel's package-private ModelSerializer) and reads hand-written
  // models' builders through their base class, JsonModelBuilder.
  opens dev.taskclients.runtime to com.fasterxml.jackson.databind;

  // In the public API: JsonNode and ObjectMapper (databind, which brings core and annotations along),
  // @Nullable/@Nonnull; HttpClient (ClientBuilder#httpClient).
  requires transitive com.fasterxml.jackson.databind;
  requires transitive jakarta.annotation;
  requires transitive java.net.http;
  // Only inside Json.newObjectMapper().
  requires com.fasterxml.jackson.datatype.jsr310;
}
