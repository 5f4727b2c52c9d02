package dev.taskclients.contract;

import dev.taskclients.codegen.view.CredentialKind;
import dev.taskclients.codegen.view.SecuritySchemeView;
import dev.taskclients.runtime.RetryPolicy;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.List;

/**
 * A generated client under test: its class, built through its builder the way a user builds it. The
 * class comes from the caller's class loader (the test's own, for a client compiled with the tests;
 * a loader over freshly compiled classes, for the corpus gate), whose parent shares the runtime's
 * classes with the checks.
 */
final class GeneratedClient {
  /** The password a Basic scheme gets; other schemes get {@link #credential(String)}. */
  static final String PASSWORD = "corpus-password";

  private final Class<?> clientClass;

  private GeneratedClient(Class<?> clientClass) {
    this.clientClass = clientClass;
  }

  /**
   * Loads a client class.
   *
   * @param loader the class loader that has the compiled client
   * @param clientClassName the client's fully qualified name
   * @return the client
   * @throws ClassNotFoundException when the client class is not there
   */
  static GeneratedClient load(ClassLoader loader, String clientClassName)
      throws ClassNotFoundException {
    return new GeneratedClient(Class.forName(clientClassName, true, loader));
  }

  /**
   * @return the client class
   */
  Class<?> clientClass() {
    return clientClass;
  }

  /**
   * The credential a scheme gets: its name, so a request can be told apart by which one it carries.
   *
   * @param scheme the security scheme's name
   * @return the credential
   */
  static String credential(String scheme) {
    return "corpus-" + scheme.replaceAll("[^A-Za-z0-9]", "-");
  }

  /**
   * Builds a client for a base URL with no retries and every credential set.
   *
   * @param baseUrl where to send requests
   * @param schemes the spec's security schemes, each with its builder setter
   * @return the client
   * @throws ReflectiveOperationException when the builder does not have the expected methods
   */
  Object build(String baseUrl, List<SecuritySchemeView> schemes)
      throws ReflectiveOperationException {
    Object builder = clientClass.getMethod("builder").invoke(null);
    Class<?> type = builder.getClass();
    type.getMethod("baseUrl", String.class).invoke(builder, baseUrl);
    type.getMethod("retryPolicy", RetryPolicy.class).invoke(builder, RetryPolicy.none());
    type.getMethod("requestTimeout", Duration.class).invoke(builder, Duration.ofSeconds(10));
    for (SecuritySchemeView scheme : schemes) {
      if (scheme.kind() == CredentialKind.BASIC) {
        type.getMethod(scheme.setter(), String.class, String.class)
            .invoke(builder, credential(scheme.name()), PASSWORD);
      } else {
        type.getMethod(scheme.setter(), String.class).invoke(builder, credential(scheme.name()));
      }
    }
    return type.getMethod("build").invoke(builder);
  }

  /**
   * What holds an operation, as a user reaches it: the client {@link #build} built, or, for an
   * operation a sub-client holds, the sub-client the client's accessor returns.
   *
   * @param client the client
   * @param accessor the client's accessor of the operation's sub-client, or null for an operation
   *     of its own
   * @return the client or the sub-client
   * @throws ReflectiveOperationException when the client has no such accessor
   */
  Object holder(Object client, String accessor) throws ReflectiveOperationException {
    if (accessor == null) {
      return client;
    }
    Object subClient = clientClass.getMethod(accessor).invoke(client);
    if (subClient == null) {
      throw new NoSuchMethodException(
          clientClass.getSimpleName() + "." + accessor + "() returned null");
    }
    return subClient;
  }

  /**
   * The raw view of a client or sub-client.
   *
   * @param holder the client or sub-client ({@link #holder})
   * @return its {@code RawClient}
   * @throws ReflectiveOperationException when it has no {@code withRawResponse()}
   */
  Object raw(Object holder) throws ReflectiveOperationException {
    return holder.getClass().getMethod("withRawResponse").invoke(holder);
  }

  /**
   * Calls a method, handing back what it threw rather than a reflection wrapper.
   *
   * @param method the method
   * @param target the object (null for a static method)
   * @param args the arguments
   * @return what the method returned
   * @throws Throwable what the method threw
   */
  static Object invoke(Method method, Object target, Object... args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
