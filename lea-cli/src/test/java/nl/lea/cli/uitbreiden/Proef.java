package nl.lea.cli.uitbreiden;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import nl.lea.cli.Lea;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * What {@link UitbreidenTest} does inside a copy: this class is loaded again by the copy's class
 * loader, so lea, the CLI and JUnit it calls are the copy's. Only {@code String}s cross.
 */
public final class Proef {

  private Proef() {}

  /** Runs {@code ./lea args} in a loader: status, standard output, standard error. */
  static Uitkomst lea(URLClassLoader loader, String... args) {
    String[] r = (String[]) roep(loader, "lea", (Object) args);
    return new Uitkomst(Integer.parseInt(r[0]), r[1], r[2]);
  }

  /** Runs test classes in a loader; fails with JUnit's report if one fails or none ran. */
  static String junit(URLClassLoader loader, String... klassen) {
    return (String) roep(loader, "junit", (Object) klassen);
  }

  record Uitkomst(int status, String out, String err) {}

  private static Object roep(URLClassLoader loader, String methode, Object argument) {
    Thread t = Thread.currentThread();
    ClassLoader eerder = t.getContextClassLoader();
    t.setContextClassLoader(loader);
    try {
      return loader.loadClass(Proef.class.getName()).getMethod(methode, String[].class).invoke(null, argument);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof AssertionError a) {
        throw a;
      }
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    } finally {
      t.setContextClassLoader(eerder);
    }
  }

  /** In the copy: the CLI's own entry point, as LeaCliTest calls it. */
  public static String[] lea(String[] args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Lea.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new String[] {Integer.toString(status), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8)};
  }

  /** In the copy: JUnit's launcher on the given classes; a summary, or an error listing failures. */
  public static String junit(String[] klassen) {
    LauncherDiscoveryRequest verzoek = LauncherDiscoveryRequestBuilder.request()
        .selectors(Stream.of(klassen).map(DiscoverySelectors::selectClass).toList())
        .build();
    SummaryGeneratingListener luisteraar = new SummaryGeneratingListener();
    LauncherFactory.create().execute(verzoek, luisteraar);
    TestExecutionSummary s = luisteraar.getSummary();
    if (s.getTotalFailureCount() > 0 || s.getTestsSucceededCount() == 0) {
      StringWriter w = new StringWriter();
      s.printTo(new PrintWriter(w));
      s.printFailuresTo(new PrintWriter(w), 15);
      throw new AssertionError("tests failed in the copy:\n" + w);
    }
    return s.getTestsSucceededCount() + " tests passed in " + String.join(", ", klassen);
  }
}
