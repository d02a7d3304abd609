package nl.lea.json.jackson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.Versioned;
import com.fasterxml.jackson.core.util.VersionUtil;

/**
 * The version of lea this module belongs to, as Jackson's own modules report theirs: read from
 * {@code versie.properties}, which the build fills in. Not API.
 */
final class PackageVersion implements Versioned {

  /** The version, such as {@code 0.1.0-SNAPSHOT} of {@code nl.lea:lea-json}. */
  static final Version VERSION = VersionUtil.parseVersion(lees(), "nl.lea", "lea-json");

  private static String lees() {
    Properties p = new Properties();
    try (InputStream in = PackageVersion.class.getResourceAsStream("versie.properties")) {
      if (in == null) {
        throw new IllegalStateException("resource versie.properties is missing from the module");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p.getProperty("versie");
  }

  @Override
  public Version version() {
    return VERSION;
  }
}
