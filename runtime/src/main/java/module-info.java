/**
 * The runtime every generated taskclients client shares.
 *
 * <p>Three exported packages, for two audiences: {@code dev.taskclients.runtime} and {@code
 * dev.taskclients.runtime.exception} are what application code touches (configuration, requests and
 * responses, waiting, {@link dev.taskclients.runtime.TaskView}, the bases of models and open enums;
 * the typed errors); {@code dev.taskclients.runtime.support} is the API generated clients are
 * written against (describing, sending, paging and waiting on requests). All are public, documented
 * and checked for compatibility, so a client generated in any build compiles and runs on the module
 * path against this module with no change to it. {@code dev.taskclients.runtime.internal} is not
 * exported.
 */
module dev.taskclients.runtime {
  exports dev.taskclients.runtime;
  exports dev.taskclients.runtime.exception;
  exports dev.taskclients.runtime.support;

  // Jackson makes the serializer of every model (JsonModel's package-private ModelSerializer) and
  // reads hand-written models' builders through their base class, JsonModelBuilder.
  opens dev.taskclients.runtime to
      com.fasterxml.jackson.databind;

  // In the public API: JsonNode and ObjectMapper (databind, which brings core and annotations
  // along),
  // @Nullable/@Nonnull; HttpClient (ClientBuilder#httpClient).
  requires transitive com.fasterxml.jackson.databind;
  requires transitive jakarta.annotation;
  requires transitive java.net.http;
  // Only inside Json.newObjectMapper().
  requires com.fasterxml.jackson.datatype.jsr310;
}
