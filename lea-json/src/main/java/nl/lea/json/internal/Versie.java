package nl.lea.json.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Reads the version of lea that a module belongs to from its {@code versie.properties}, which the
 * build fills in; both Jackson modules report it. Not API.
 */
public final class Versie {

  private Versie() {}

  /**
   * Reads the version.
   *
   * @param in the module's {@code versie.properties}, opened by a class of that module (on the
   *     module path only it may read the module's resources), or null if it is missing
   * @param module the module, for the message of a broken build
   * @return the version, such as {@code 0.1.0-SNAPSHOT}
   * @throws IllegalStateException if the resource is missing (a broken build)
   */
  public static String lees(InputStream in, String module) {
    if (in == null) {
      throw new IllegalStateException("resource versie.properties is missing from " + module);
    }
    Properties p = new Properties();
    try (in) {
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("versie");
  }
}
