package nl.lea.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A JPMS application ({@code requires nl.lea.core; requires nl.lea.rapport; …}) compiles against
 * lea's modules and runs on the module path: reads the 2022 data and its toezicht document,
 * computes the report, finds both Jackson modules (2 and 3) as services, and cannot see lea-json's
 * internals.
 */
class ModulePathTest {

  /** The jars (or class directories) of lea and of what its modules require, from this test's class path. */
  private static String modulePad() {
    List<String> nodig = List.of("lea-core", "lea-bereik", "lea-json", "lea-rapport", "unit-api", "indriya",
        "uom-lib-common", "jakarta.inject-api", "jackson-core", "jackson-databind", "jackson-annotations", "lea-jackson3", "apiguardian-api");
    return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(p -> nodig.stream().anyMatch(n -> p.contains(File.separator + n + File.separator) || Path.of(p).getFileName().toString().startsWith(n + "-")))
        .filter(p -> !p.contains("test-classes"))
        .collect(Collectors.joining(File.pathSeparator));
  }

  @Test
  void aConsumerRunsOnTheModulePath(@TempDir Path tmp) throws IOException, InterruptedException {
    Path bron = Path.of("src", "test", "resources", "consument");
    Path uit = tmp.resolve("classes");
    List<String> bestanden;
    try (Stream<Path> s = Files.walk(bron)) {
      bestanden = s.filter(p -> p.toString().endsWith(".java")).map(Path::toString).collect(Collectors.toList());
    }
    String pad = modulePad();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> opties = new ArrayList<>(List.of("--release", "17", "--module-path", pad, "-d", uit.toString()));
    opties.addAll(bestanden);
    assertEquals(0, javac.run(null, null, null, opties.toArray(String[]::new)), "the consumer compiles against lea's modules");

    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "--module-path", uit + File.pathSeparator + pad,
        "-m", "nl.lea.consument/nl.lea.consument.Main", Path.of("data").toAbsolutePath().toString())
        .redirectErrorStream(true).start();
    String uitvoer = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(60, TimeUnit.SECONDS);
    assertEquals(0, p.exitValue(), uitvoer);
    assertEquals(List.of("1.1 319", "3.contact 93", "parse true", "fout code",
        "jackson {\"code\":\"GM0014\",\"naam\":\"Groningen\"}", "jackson3 true", "internal false", "module nl.lea.rapport"), uitvoer.lines().toList());
  }
}
