package dev.taskclients.sample;

import dev.taskclients.beatra.BeatraClient;
import dev.taskclients.runtime.RequestOptions;
import java.lang.reflect.InaccessibleObjectException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * Shows, on the module path, that the runtime's internal package is closed to everyone, this module and the client
 * modules included, and not callable reflectively, while the package generated clients use is exported to all. Prints one line per check; exits 1 if any
 * fails.
 */
public final class InternalAccessCheck {
  private static final String INTERNAL = "dev.taskclients.runtime.internal";
  private static final String SUPPORT = "dev.taskclients.runtime.support";
  private static final List<String> FAILURES = new ArrayList<>();

  private InternalAccessCheck() {
  }

  /**
   * Runs the checks.
   *
   * @param args none
   * @throws ReflectiveOperationException if the internal class cannot even be loaded
   */
  public static void main(String[] args) throws ReflectiveOperationException {
    Module self = InternalAccessCheck.class.getModule();
    Module client = BeatraClient.class.getModule();
    Module runtime = RequestOptions.class.getModule();
    check("modules: " + self.getName() + ", " + client.getName() + ", " + runtime.getName(),
        self.isNamed() && "dev.taskclients.beatra".equals(client.getName())
            && "dev.taskclients.runtime".equals(runtime.getName()));
    check("dev.taskclients.runtime exported to " + self.getName(), runtime.isExported("dev.taskclients.runtime", self));
    check(INTERNAL + " not exported to " + self.getName(), !runtime.isExported(INTERNAL, self));
    check(INTERNAL + " not exported to everyone", !runtime.isExported(INTERNAL));
    check(INTERNAL + " not exported to " + client.getName(), !runtime.isExported(INTERNAL, client));
    check(SUPPORT + " exported to everyone", runtime.isExported(SUPPORT));

    // A public static method of a public class: only the module boundary stands in the way.
    Method encode = Class.forName(INTERNAL + ".UrlEncoding").getMethod("pathSegment", String.class);
    String invoked;
    try {
      invoked = "returned " + encode.invoke(null, "a b");
    } catch (IllegalAccessException expected) {
      invoked = "IllegalAccessException";
    } catch (InvocationTargetException e) {
      invoked = "threw " + e.getCause();
    }
    check("reflective call into " + INTERNAL + ": " + invoked, invoked.equals("IllegalAccessException"));
    String opened;
    try {
      encode.setAccessible(true);
      opened = "allowed";
    } catch (InaccessibleObjectException expected) {
      opened = "InaccessibleObjectException";
    }
    check("setAccessible on " + INTERNAL + ": " + opened, opened.equals("InaccessibleObjectException"));

    if (!FAILURES.isEmpty()) {
      System.out.println("FAILED: " + FAILURES);
      System.exit(1);
    }
  }

  private static void check(String what, boolean holds) {
    System.out.println((holds ? "ok: " : "FAILED: ") + what);
    if (!holds) {
      FAILURES.add(what);
    }
  }
}
