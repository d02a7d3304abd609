package nl.gemeente.lea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README's Spring Boot section is this application's code, verbatim. */
class ReadmeTest {

  static final boolean BOOT_3 = false;

  static String sectie() throws IOException {
    String readme = Files.readString(Path.of("..", "..", "README.md"));
    int begin = readme.indexOf("## Using lea from Spring Boot");
    assertTrue(begin >= 0, "the README has a Spring Boot section");
    return readme.substring(begin, readme.indexOf("\n## ", begin + 1));
  }

  static List<String> blokken(String sectie, String taal) {
    List<String> blokken = new ArrayList<>();
    Matcher m = Pattern.compile("```" + taal + "\n(.*?)```", Pattern.DOTALL).matcher(sectie);
    while (m.find()) {
      blokken.add(m.group(1));
    }
    return blokken;
  }

  @Test
  void everyClassTheReadmeShowsIsInThisApplicationAsShown() throws IOException {
    String bronnen;
    try (Stream<Path> s = Files.walk(Path.of("src", "main", "java"))) {
      StringBuilder b = new StringBuilder();
      for (Path p : s.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        b.append(Files.readString(p));
      }
      bronnen = b.toString();
    }
    List<String> klassen = blokken(sectie(), "java").stream().filter(b -> b.contains("class ")).toList();
    assertEquals(2, klassen.size(), klassen::toString);
    for (String blok : klassen) {
      String verwacht = BOOT_3
          ? blok.replace("LeaProblemen.van(e).orElseGet(LeaProblem::leeg);   // Boot 3: LeaProblem.van(e)",
              "LeaProblem.van(e).orElseGet(LeaProblem::leeg);")
          : blok;
      assertTrue(bronnen.contains(verwacht), () -> "not in src/main/java:\n" + verwacht);
    }
  }

  @Test
  void theDependencyTheReadmeNamesIsThisApplicationsLeaDependency() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"));
    String blok = blokken(sectie(), "xml").get(0);
    assertTrue(blok.contains(BOOT_3 ? "<!-- Boot 3: lea-json -->" : "<artifactId>lea-jackson3</artifactId>"), blok);
    assertTrue(pom.contains(BOOT_3 ? "<artifactId>lea-json</artifactId>" : "<artifactId>lea-jackson3</artifactId>"));
    assertFalse(pom.contains(BOOT_3 ? "lea-jackson3" : "<artifactId>lea-json</artifactId>"));
  }

  /** The problem response the README shows, as JSON. */
  static String problemVoorbeeld() throws IOException {
    List<String> json = blokken(sectie(), "json");
    assertEquals(1, json.size());
    return json.get(0);
  }
}
