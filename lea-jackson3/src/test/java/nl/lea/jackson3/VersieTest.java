package nl.lea.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import tools.jackson.core.Version;

/** The module reports lea's version, as Jackson's own modules report theirs. */
class VersieTest {

  @Test
  void reportsLeasVersion() {
    Version v = new LeaModule().version();
    assertEquals("nl.lea", v.getGroupId());
    assertEquals("lea-jackson3", v.getArtifactId());
    assertEquals(System.getProperty("lea.versie"), v.toString());
  }
}
