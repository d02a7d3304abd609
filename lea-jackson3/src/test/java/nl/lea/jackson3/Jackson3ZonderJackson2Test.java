package nl.lea.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A consumer with Jackson 3 only — this module's class path without Jackson 2's {@code
 * jackson-databind} — reads and writes a whole vragenlijst through {@code findAndAddModules()}, and
 * a bad value fails with its pointer.
 */
class Jackson3ZonderJackson2Test {

  @Test
  void aJackson3OnlyApplicationWorks() throws Exception {
    String pad = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(p -> !p.contains("com" + File.separator + "fasterxml" + File.separator + "jackson" + File.separator + "core"
            + File.separator + "jackson-databind"))
        .collect(Collectors.joining(File.pathSeparator));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-cp", pad, Jackson3Consument.class.getName(),
        Path.of("..", "examples", "data", "vragenlijst-2022.json").toString()).redirectErrorStream(true).start();
    String uit = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(60, TimeUnit.SECONDS);
    assertEquals(0, p.exitValue(), uit);
    assertEquals(List.of("jackson2 afwezig", "gemeenten 342", "rondreis true",
        "fout /gemeenten/0/ingevuld: must be a boolean, not a string, was \"ja\"".replace("/gemeenten/0", "")), uit.lines().toList());
  }
}
