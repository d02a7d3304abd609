package nl.lea.cli.uitbreiden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.lea.cli.uitbreiden.Proef.Uitkomst;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/uitbreiden.md tells the truth: each of its recipes, applied to a copy of the sources exactly
 * as its code blocks say, builds, passes the tests it names and their neighbours, reaches what the
 * recipe promises through {@code ./lea}, and touches the number of files its <b>Touched</b> line
 * gives, within the targets of issue 19 (a table 1 declaration, a risk rule 1, an input field at
 * most 4, a format 1 class, a figure 1 attribute).
 */
class UitbreidenTest {

  private static final Path DOC = Kopie.REPO.resolve("docs").resolve("uitbreiden.md");
  private static final String DATA = Kopie.REPO.resolve("examples/data/vragenlijst-2022.json").toString();
  private static final String TOEZICHT = Kopie.REPO.resolve("examples/data/toezicht-2022.json").toString();

  /** One code block: where it goes and what it holds. */
  record Blok(String pad, String op, String anker, String tekst) {}

  /** One recipe: its blocks and its Touched line. */
  record Recept(String titel, List<Blok> blokken, int bronnen, int hulpbronnen, int tests) {}

  private static final Pattern BLOK = Pattern.compile("(?m)^```\\w+ (\\S+) (new|line-before: |line-after: |after: )(.*)\\n((?s:.*?))^```$");
  private static final Pattern GERAAKT = Pattern.compile(
      "Touched: \\*\\*(\\d+)\\*\\* source files?, \\*\\*(\\d+)\\*\\* resources?, \\*\\*(\\d+)\\*\\* tests?\\.");

  static Map<String, Recept> recepten() throws IOException {
    String tekst = Files.readString(DOC, StandardCharsets.UTF_8);
    Map<String, Recept> recepten = new LinkedHashMap<>();
    for (String sectie : tekst.split("(?m)^## ")) {
      if (!sectie.startsWith("A new ")) {
        continue;
      }
      String titel = sectie.substring(0, sectie.indexOf('\n'));
      List<Blok> blokken = new ArrayList<>();
      Matcher b = BLOK.matcher(sectie);
      while (b.find()) {
        blokken.add(new Blok(b.group(1), b.group(2).replace(": ", ""), b.group(3), b.group(4)));
      }
      Matcher g = GERAAKT.matcher(sectie);
      assertTrue(g.find(), "no Touched line in " + titel);
      recepten.put(titel, new Recept(titel, blokken, Integer.parseInt(g.group(1)), Integer.parseInt(g.group(2)),
          Integer.parseInt(g.group(3))));
    }
    return recepten;
  }

  private static Recept recept(String titel) throws IOException {
    Recept r = recepten().get(titel);
    if (r == null || r.blokken().isEmpty()) {
      fail("docs/uitbreiden.md has no recipe with code blocks titled \"" + titel + "\"");
    }
    return r;
  }

  /** Copies the modules and applies every block of the recipe, as a contributor would by hand. */
  private static Kopie pasToe(Path map, Recept r, String... modules) throws IOException {
    Kopie k = Kopie.van(map, modules);
    for (Blok b : r.blokken()) {
      String pad = b.pad();
      switch (b.op()) {
        case "new" -> k.maak(pad, b.tekst());
        case "after" -> k.na(pad, b.anker(), b.tekst().stripTrailing());
        case "line-before", "line-after" -> {
          String inhoud = Files.readString(map.resolve(pad), StandardCharsets.UTF_8);
          List<String> regels = inhoud.lines().filter(l -> l.contains(b.anker())).toList();
          if (regels.size() != 1) {
            fail("the recipe \"" + r.titel() + "\" no longer applies: " + pad + " has " + regels.size() + " lines holding " + b.anker());
          }
          String regel = regels.get(0) + "\n";
          if (b.op().equals("line-before")) {
            k.voor(pad, regel, b.tekst());
          } else {
            k.na(pad, regel, b.tekst());
          }
        }
        default -> fail(b.op());
      }
    }
    return k;
  }

  /** The recipe touched what its Touched line says. */
  private static void geraakt(Recept r, Kopie k) {
    Set<String> hoofd = k.hoofdbestanden();
    long bronnen = hoofd.stream().filter(p -> p.contains("/src/main/java/")).count();
    long hulpbronnen = hoofd.size() - bronnen;
    String alle = String.join("\n", k.bewerkt());
    assertEquals(r.bronnen(), bronnen, r.titel() + ": source files in docs/uitbreiden.md vs touched:\n" + alle);
    assertEquals(r.hulpbronnen(), hulpbronnen, r.titel() + ": resources in docs/uitbreiden.md vs touched:\n" + alle);
    assertEquals(r.tests(), k.testbestanden().size(), r.titel() + ": tests in docs/uitbreiden.md vs touched:\n" + alle);
  }

  @Test
  void theDocumentHasTheFiveRecipes() throws IOException {
    assertEquals(List.of("A new report table", "A new risk rule", "A new questionnaire field", "A new output format", "A new figure"),
        List.copyOf(recepten().keySet()));
  }

  @Test
  void aTableIsOneDeclarationWithItsWordingAndItsTest(@TempDir Path map) throws IOException {
    Recept r = recept("A new report table");
    Kopie k = pasToe(map, r, "lea-rapport", "lea-publicatie", "lea-cli");
    geraakt(r, k);
    assertEquals(Set.of("lea-rapport/src/main/java/nl/lea/rapport/Tabellen.java"),
        k.hoofdbestanden().stream().filter(p -> p.endsWith(".java")).collect(Collectors.toSet()), "one declaration");
    k.bouw("lea-rapport", "nl.lea.rapport.RapportJsonTest", "nl.lea.rapport.WoordingTest", "nl.lea.rapport.TabellenTest",
            "nl.lea.rapport.RapportSeedTest", "nl.lea.rapport.render.RenderersTest")
        .bouw("lea-publicatie", "nl.lea.publicatie.HtmlFormaatTest")
        .bouw("lea-cli", "nl.lea.cli.LeaCliTest");
    try (URLClassLoader kopie = k.laden()) {
      Proef.junit(kopie, "nl.lea.rapport.RapportJsonTest", "nl.lea.rapport.WoordingTest", "nl.lea.rapport.TabellenTest",
          "nl.lea.rapport.RapportSeedTest", "nl.lea.rapport.render.RenderersTest", "nl.lea.publicatie.HtmlFormaatTest",
          "nl.lea.cli.LeaCliTest");
      String titel = "Gemeenten die over alle vier LEA-thema’s overleg voerden";
      for (String formaat : List.of("tekst", "markdown", "html")) {
        String uit = rapport(kopie, "--formaat", formaat, DATA);
        assertTrue(uit.contains(titel) && uit.contains("Overleg over alle vier thema’s"), formaat);
      }
      assertTrue(rapport(kopie, "--formaat", "csv", DATA).contains("\n1.1-alle,ALLE_THEMAS,Overleg over alle vier thema’s,"));
      String json = rapport(kopie, "--formaat", "json", DATA);
      assertTrue(json.contains("\"id\": \"1.1-alle\"") && json.contains("\"sleutel\": \"ALLE_THEMAS\""), json);
    }
    try (URLClassLoader origineel = Kopie.origineel()) {
      assertFalse(rapport(origineel, "--formaat", "csv", DATA).contains("1.1-alle"), "the table is new");
    }
  }

  @Test
  void aRiskRuleIsOneValueAndItsTest(@TempDir Path map) throws IOException {
    Recept r = recept("A new risk rule");
    Kopie k = pasToe(map, r, "lea-rapport", "lea-cli");
    geraakt(r, k);
    k.bouw("lea-rapport", "nl.lea.rapport.risico.RisicoanalyseTest", "nl.lea.rapport.risico.SchemaRegelsTest",
            "nl.lea.rapport.RapportJsonTest", "nl.lea.rapport.WoordingTest", "nl.lea.rapport.toezicht.ToezichtSeedTest",
            "nl.lea.rapport.toezicht.ToezichtProperties", "nl.lea.rapport.render.BriefRendererTest")
        .bouw("lea-cli", "nl.lea.cli.ToezichtCliTest", "nl.lea.cli.LeaCliTest");
    try (URLClassLoader kopie = k.laden()) {
      Proef.junit(kopie, "nl.lea.rapport.risico.RisicoanalyseTest", "nl.lea.rapport.risico.SchemaRegelsTest",
          "nl.lea.rapport.RapportJsonTest", "nl.lea.rapport.WoordingTest", "nl.lea.rapport.toezicht.ToezichtSeedTest",
          "nl.lea.rapport.toezicht.ToezichtProperties", "nl.lea.rapport.render.BriefRendererTest", "nl.lea.cli.ToezichtCliTest",
          "nl.lea.cli.LeaCliTest");
      Uitkomst schema = Proef.lea(kopie, "schema", "toezicht");
      assertTrue(schema.out().contains("\"V6\"") && schema.out().contains("V1\\u2013V6"), "the schema lists the rule");
      assertTrue(rapport(kopie, "--formaat", "csv", DATA).contains("\nrisico,V6,"), "the risico table has its row");
      assertTrue(rapport(kopie, "--formaat", "csv", "--toezicht", TOEZICHT, DATA).contains("\n3.toelichting,V6,"),
          "the toezicht tables have its row");
      Uitkomst risico = Proef.lea(kopie, "risico", "--formaat", "csv", DATA);
      assertEquals(0, risico.status(), risico.err());
    }
  }

  @Test
  void anInputFieldIsAtMostFourFiles(@TempDir Path map) throws IOException {
    Recept r = recept("A new questionnaire field");
    Kopie k = pasToe(map, r, "lea-core", "lea-testkit", "lea-json");
    geraakt(r, k);
    assertTrue(k.hoofdbestanden().size() <= 4, "at most four: " + k.hoofdbestanden());
    k.bouw("lea-core", "nl.lea.core.ConstructionProperties")
        .bouw("lea-testkit")
        .bouw("lea-json", "nl.lea.json.VragenlijstRulesTest", "nl.lea.json.RoundTripProperties", "nl.lea.json.SchemaTest");
    Path metOverige = map.resolve("overig.json");
    Path fout = map.resolve("fout.json");
    String data = Files.readString(Path.of(DATA), StandardCharsets.UTF_8);
    Files.writeString(metOverige, data.replaceFirst("\"aanbod\": \\{", "\"aanbod\": { \"overigePeuters\": 12,"), StandardCharsets.UTF_8);
    Files.writeString(fout, data.replaceFirst("\"aanbod\": \\{", "\"aanbod\": { \"overigePeuters\": -1,"), StandardCharsets.UTF_8);
    try (URLClassLoader kopie = k.laden()) {
      Proef.junit(kopie, "nl.lea.core.ConstructionProperties", "nl.lea.json.VragenlijstRulesTest",
          "nl.lea.json.RoundTripProperties", "nl.lea.json.SchemaTest");
      Uitkomst goed = Proef.lea(kopie, "valideer", metOverige.toString());
      assertEquals(0, goed.status(), goed.err());
      Uitkomst kapot = Proef.lea(kopie, "valideer", fout.toString());
      assertEquals(1, kapot.status());
      assertEquals("/gemeenten/0/vve/aanbod/overigePeuters: must be an integer 0..1000000, was -1", kapot.err().strip(),
          "the rule and its pointer, worded as for every count");
    }
    try (URLClassLoader origineel = Kopie.origineel()) {
      assertEquals(1, Proef.lea(origineel, "valideer", metOverige.toString()).status(), "the field is new");
    }
  }

  @Test
  void aFormatIsOneClass(@TempDir Path map) throws IOException {
    Recept r = recept("A new output format");
    Kopie k = pasToe(map, r);
    geraakt(r, k);
    k.bouw("voorbeeld");
    try (URLClassLoader kopie = k.laden()) {
      String inhoud = rapport(kopie, "--formaat", "inhoud", DATA);
      List<String> regels = inhoud.lines().toList();
      assertEquals("1.1\tAantal gemeenten dat overlegde over onderwijsachterstandenbeleid", regels.get(0));
      String csv = rapport(kopie, "--formaat", "csv", DATA);
      long tabellen = csv.lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).distinct().count();
      assertEquals(tabellen, regels.size(), "one line per table");
      Uitkomst onbekend = Proef.lea(kopie, "rapport", "--formaat", "pdf", DATA);
      assertTrue(onbekend.err().matches("(?s).*allowed: [^;]*\\binhoud\\b.*"), "listed among the formats: " + onbekend.err());
    }
    try (URLClassLoader origineel = Kopie.origineel()) {
      assertEquals(2, Proef.lea(origineel, "rapport", "--formaat", "inhoud", DATA).status(), "the format is new");
    }
  }

  @Test
  void aFigureIsOneAttribute(@TempDir Path map) throws IOException {
    Recept r = recept("A new figure");
    Kopie k = pasToe(map, r, "lea-rapport", "lea-publicatie");
    geraakt(r, k);
    k.bouw("lea-rapport", "nl.lea.rapport.TabellenTest").bouw("lea-publicatie", "nl.lea.publicatie.HtmlFormaatTest");
    String figuur = "<figure id=\"figuur-kindplaatsen\">";
    try (URLClassLoader kopie = k.laden()) {
      Proef.junit(kopie, "nl.lea.rapport.TabellenTest", "nl.lea.publicatie.HtmlFormaatTest");
      String html = rapport(kopie, "--formaat", "html", DATA);
      int begin = html.indexOf(figuur);
      assertTrue(begin > 0, "the figure is drawn");
      assertTrue(html.indexOf("<svg", begin) > begin, "as SVG");
    }
    try (URLClassLoader origineel = Kopie.origineel()) {
      assertFalse(rapport(origineel, "--formaat", "html", DATA).contains(figuur), "the figure is new");
    }
  }

  private static String rapport(URLClassLoader loader, String... args) {
    List<String> alle = new ArrayList<>(List.of("rapport"));
    alle.addAll(List.of(args));
    Uitkomst u = Proef.lea(loader, alle.toArray(String[]::new));
    assertEquals(0, u.status(), u.err());
    return u.out();
  }
}
