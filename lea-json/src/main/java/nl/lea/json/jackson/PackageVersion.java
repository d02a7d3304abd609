package nl.lea.json.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.Versioned;
import com.fasterxml.jackson.core.util.VersionUtil;
import nl.lea.json.internal.Versie;

/**
 * The version of lea this module belongs to, as Jackson's own modules report theirs: read from
 * {@code versie.properties}, which the build fills in. Not API.
 */
final class PackageVersion implements Versioned {

  /** The version, such as {@code 0.1.0-SNAPSHOT} of {@code nl.lea:lea-json}. */
  static final Version VERSION = VersionUtil.parseVersion(
      Versie.lees(PackageVersion.class.getResourceAsStream("versie.properties"), "lea-json"), "nl.lea", "lea-json");

  @Override
  public Version version() {
    return VERSION;
  }
}
