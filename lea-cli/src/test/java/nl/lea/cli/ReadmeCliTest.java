package nl.lea.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the README shows the command line printing on the shipped data is what it prints: every
 * example whose input files exist is run, and its shown output (with {@code ...} for left-out
 * lines) must appear in the real output, in order.
 */
class ReadmeCliTest {

  private static final Path README = Path.of("..", "README.md");
  private static final Pattern BLOK = Pattern.compile("```([a-z]*)\n(.*?)```", Pattern.DOTALL);

  record Blok(String taal, String tekst) {}

  private static List<Blok> blokken() throws IOException {
    List<Blok> lijst = new ArrayList<>();
    Matcher m = BLOK.matcher(Files.readString(README, StandardCharsets.UTF_8));
    while (m.find()) {
      lijst.add(new Blok(m.group(1), m.group(2)));
    }
    return lijst;
  }

  /** Runs {@code ./lea …} from the repository root as the README does, with its {@code head}/{@code sed -n} pipe. */
  private static String voerUit(String opdracht) {
    String[] delen = opdracht.split(" \\| ", 2);
    List<String> args = new ArrayList<>(Arrays.asList(delen[0].trim().split(" +")));
    assertEquals("./lea", args.remove(0));
    List<String> echt = args.stream().map(a -> a.startsWith("examples/") ? Path.of("..").resolve(a).toString() : a).toList();
    LeaCliTest.Uitkomst u = LeaCliTest.lea(echt.toArray(String[]::new));
    assertEquals(0, u.status(), opdracht + "\n" + u.err());
    List<String> regels = u.out().lines().toList();
    if (delen.length == 1) {
      return u.out();
    }
    Matcher head = Pattern.compile("head -(\\d+)").matcher(delen[1]);
    Matcher sed = Pattern.compile("sed -n '((?:\\d+p;?)+)'").matcher(delen[1]);
    List<String> gekozen = new ArrayList<>();
    if (head.matches()) {
      gekozen.addAll(regels.subList(0, Math.min(regels.size(), Integer.parseInt(head.group(1)))));
    } else if (sed.matches()) {
      for (String p : sed.group(1).split(";")) {
        gekozen.add(regels.get(Integer.parseInt(p.replace("p", "")) - 1));
      }
    } else {
      throw new AssertionError("a pipe this test does not know: " + delen[1]);
    }
    return String.join("\n", gekozen) + "\n";
  }

  /** Each run of shown lines between {@code ...} lines is in the output, the runs in order. */
  private static void toont(String getoond, String uitvoer, String waar) {
    int vanaf = 0;
    for (String stuk : getoond.split("(?m)^\\.\\.\\.\n")) {
      if (stuk.isBlank()) {
        continue;
      }
      int i = uitvoer.indexOf(stuk, vanaf);
      assertTrue(i >= 0, waar + ": the README shows\n" + stuk + "\nbut the output after position " + vanaf + " is\n"
          + uitvoer.substring(vanaf));
      vanaf = i + stuk.length();
    }
  }

  private static boolean invoerBestaat(String opdracht) {
    return Arrays.stream(opdracht.split(" \\| ")[0].split(" +"))
        .filter(a -> a.endsWith(".json") || a.endsWith(".jsonl"))
        .allMatch(a -> Files.exists(Path.of("..").resolve(a)));
  }

  @Test
  void everyShownOutputOfTheShippedDataIsWhatLeaPrints() throws IOException {
    List<Blok> blokken = blokken();
    int getoetst = 0;
    for (int i = 0; i < blokken.size(); i++) {
      Blok b = blokken.get(i);
      if (b.taal().equals("sh") && b.tekst().startsWith("$ ./lea ")) {
        // A session: the command, then what it prints.
        String opdracht = b.tekst().lines().findFirst().orElseThrow().substring(2);
        if (!invoerBestaat(opdracht) || b.tekst().contains("\n$ ")) {
          continue;
        }
        toont(b.tekst().substring(b.tekst().indexOf('\n') + 1), voerUit(opdracht), opdracht);
        getoetst++;
      } else if (b.taal().equals("sh") && b.tekst().lines().count() == 1 && b.tekst().startsWith("./lea ")
          && i + 1 < blokken.size() && blokken.get(i + 1).taal().isEmpty() && invoerBestaat(b.tekst().trim())) {
        // A command, and its output in the next block.
        toont(blokken.get(i + 1).tekst(), voerUit(b.tekst().trim()), b.tekst().trim());
        getoetst++;
      }
    }
    assertTrue(getoetst >= 6, "examples checked: " + getoetst);
  }

  @Test
  void theMainJobShowsTheReportsSeventyFromTheShippedData() throws IOException {
    Blok overleg = blokken().stream().filter(b -> b.tekst().startsWith("1.1-lea-overleg ")).findFirst().orElseThrow();
    assertTrue(overleg.tekst().contains("Geen overleg onder de naam LEA      70         21%  340"), overleg.tekst());
    toont(overleg.tekst(), voerUit("./lea rapport examples/data/vragenlijst-2022.json"), "1.1-lea-overleg");
  }
}
