package nl.lea.jackson3;

import tools.jackson.core.Version;
import tools.jackson.core.Versioned;
import nl.lea.json.internal.Versie;
import tools.jackson.core.util.VersionUtil;

/**
 * The version of lea this module belongs to, as Jackson's own modules report theirs: read from
 * {@code versie.properties}, which the build fills in. Not API.
 */
final class PackageVersion implements Versioned {

  /** The version, such as {@code 0.1.0-SNAPSHOT} of {@code nl.lea:lea-jackson3}. */
  static final Version VERSION = VersionUtil.parseVersion(
      Versie.lees(PackageVersion.class.getResourceAsStream("versie.properties"), "lea-jackson3"), "nl.lea", "lea-jackson3");

  @Override
  public Version version() {
    return VERSION;
  }
}
