package dev.taskclients.corpus;

import dev.taskclients.codegen.ClientShape;
import dev.taskclients.runtime.RetryPolicy;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A compiled client loaded into its own class loader (its parent the test class loader, so it shares
 * the runtime's classes with the gate), built through its builder the way a user builds it.
 */
final class GeneratedClient implements AutoCloseable {
  /** The password a Basic scheme gets; other schemes get {@link #credential(String)}. */
  static final String PASSWORD = "corpus-password";

  private final URLClassLoader loader;
  private final Class<?> clientClass;

  private GeneratedClient(URLClassLoader loader, Class<?> clientClass) {
    this.loader = loader;
    this.clientClass = clientClass;
  }

  /**
   * Loads a compiled client.
   *
   * @param classesDir the compiled classes
   * @param clientClassName the client's fully qualified name
   * @return the loaded client
   * @throws ClassNotFoundException when the client class is not there
   */
  static GeneratedClient load(Path classesDir, String clientClassName) throws ClassNotFoundException {
    URLClassLoader loader;
    try {
      loader = new URLClassLoader(new URL[] {classesDir.toUri().toURL()}, GeneratedClient.class.getClassLoader());
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(e);
    }
    try {
      return new GeneratedClient(loader, loader.loadClass(clientClassName));
    } catch (ClassNotFoundException | RuntimeException e) {
      closeQuietly(loader);
      throw e;
    }
  }

  /** @return the client class */
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
   * Builds a client for a base URL with no retries and every credential set, and returns its raw view.
   *
   * @param baseUrl where to send requests
   * @param schemes the spec's security schemes, each with its builder setter
   * @return the {@code RawClient} of a new client
   * @throws ReflectiveOperationException when the builder does not have the expected methods
   */
  Object rawClient(String baseUrl, List<ClientShape.Scheme> schemes) throws ReflectiveOperationException {
    Object builder = clientClass.getMethod("builder").invoke(null);
    Class<?> type = builder.getClass();
    type.getMethod("baseUrl", String.class).invoke(builder, baseUrl);
    type.getMethod("retryPolicy", RetryPolicy.class).invoke(builder, RetryPolicy.none());
    type.getMethod("requestTimeout", Duration.class).invoke(builder, Duration.ofSeconds(10));
    for (ClientShape.Scheme scheme : schemes) {
      if ("Basic".equals(scheme.kind())) {
        type.getMethod(scheme.setter(), String.class, String.class).invoke(builder, credential(scheme.name()), PASSWORD);
      } else {
        type.getMethod(scheme.setter(), String.class).invoke(builder, credential(scheme.name()));
      }
    }
    Object client = type.getMethod("build").invoke(builder);
    Method raw = clientClass.getMethod("withRawResponse");
    return raw.invoke(client);
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

  @Override
  public void close() {
    closeQuietly(loader);
  }

  private static void closeQuietly(URLClassLoader loader) {
    try {
      loader.close();
    } catch (IOException e) {
      // Nothing to do: the classes are not needed any more.
    }
  }
}
