package nl.lea.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: outputs, exit codes 0/1/2, errors one per line, never a stack trace. */
class LeaCliTest {

  static final Path DATA = Path.of("..", "examples", "data", "vragenlijst-2022.json");

  /** The result of one run. */
  record Uitkomst(int status, String out, String err) {
    void geenStackTrace() {
      assertFalse(err.contains("Exception"), err);
      assertFalse(err.contains("\tat "), err);
      assertFalse(out.contains("\tat "), out);
    }
  }

  static Uitkomst lea(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Lea.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Uitkomst(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static Path kapot() throws URISyntaxException {
    return Path.of(LeaCliTest.class.getResource("kapot.json").toURI());
  }

  @Test
  void rapportPrintsTheReportsTables() {
    Uitkomst u = lea("rapport", DATA.toString());
    assertEquals(0, u.status(), u.err());
    assertTrue(u.out().contains("  Bestrijden onderwijsachterstanden     319         94%  340"), u.out());
    assertTrue(u.out().contains("  Doelgroepkinderen         53.257          297"), u.out());
    assertEquals("", u.err());
  }

  @Test
  void rapportToAFileAtomicallyAndNeverOverAnExistingOne(@TempDir Path tmp) throws IOException {
    Path xlsx = tmp.resolve("rapport.xlsx");
    Uitkomst zonder = lea("rapport", "--formaat", "xlsx", DATA.toString());
    assertEquals(2, zonder.status(), zonder.err());
    assertTrue(zonder.err().contains("--formaat xlsx needs --uitvoer FILE"), zonder.err());

    Uitkomst eerst = lea("rapport", "--formaat", "xlsx", "--uitvoer", xlsx.toString(), DATA.toString());
    assertEquals(0, eerst.status(), eerst.err());
    assertEquals("", eerst.out());
    byte[] inhoud = Files.readAllBytes(xlsx);
    assertEquals("PK", new String(inhoud, 0, 2, StandardCharsets.US_ASCII), "an xlsx is a zip");
    assertTrue(new String(inhoud, StandardCharsets.ISO_8859_1).contains("xl/workbook.xml"));

    Files.writeString(xlsx, "van iemand anders");
    Uitkomst weer = lea("rapport", "--formaat", "xlsx", "--uitvoer", xlsx.toString(), DATA.toString());
    assertEquals(1, weer.status());
    assertTrue(weer.err().contains("exists; give --overschrijf to replace it"), weer.err());
    weer.geenStackTrace();
    assertEquals("van iemand anders", Files.readString(xlsx), "the existing file is untouched");

    Uitkomst vervangen = lea("rapport", "--formaat", "xlsx", "--uitvoer", xlsx.toString(), "--overschrijf", DATA.toString());
    assertEquals(0, vervangen.status(), vervangen.err());
    assertEquals("PK", new String(Files.readAllBytes(xlsx), 0, 2, StandardCharsets.US_ASCII));

    Path html = tmp.resolve("rapport.html");
    assertEquals(0, lea("rapport", "--formaat", "html", "--uitvoer", html.toString(), DATA.toString()).status());
    assertTrue(Files.readString(html).startsWith("<!DOCTYPE html>"));
    try (var rest = Files.list(tmp)) {
      assertEquals(List.of("rapport.html", "rapport.xlsx"), rest.map(p -> p.getFileName().toString()).sorted().toList(),
          "no temporary files left behind");
    }
  }

  @Test
  void rapportInEveryFormat() {
    assertTrue(lea("rapport", "--formaat", "json", DATA.toString()).out().startsWith("{\n  \"schema\": \"lea-rapport/1\""));
    assertTrue(lea("rapport", "--formaat", "csv", DATA.toString()).out().startsWith("tabel,sleutel,label,aantal,noemer"));
    assertTrue(lea("rapport", "--formaat", "markdown", DATA.toString()).out().contains("| Bestrijden onderwijsachterstanden | 319 | 94% | 340 |"));
    Uitkomst html = lea("rapport", "--formaat", "html", DATA.toString());
    assertEquals(0, html.status());
    assertTrue(html.out().startsWith("<!DOCTYPE html>"), "html from the lea-publicatie module, found by ServiceLoader");
    assertTrue(html.out().contains("<section id=\"tabel-1.1\">"));
    Uitkomst onderdrukt = lea("rapport", "--formaat", "json", "--onderdruk", "10", DATA.toString());
    assertTrue(onderdrukt.out().contains("\"onderdrukt\": true"), onderdrukt.out());
  }

  @Test
  void valideerCountsAllGemeenten() {
    Uitkomst u = lea("valideer", DATA.toString());
    assertEquals(0, u.status());
    assertEquals("geldig: 342 gemeenten" + System.lineSeparator(), u.out());
  }

  @Test
  void valideerChecksHerindelingenAndPublishedFiguresByTheSchemaTheyName(@TempDir Path tmp) throws IOException {
    Path data = Path.of("..", "examples", "data");
    assertEquals("geldig: 2 herindelingen" + System.lineSeparator(), lea("valideer", data.resolve("herindelingen-nl.json").toString()).out());
    assertEquals("geldig: 1 cijfers" + System.lineSeparator(), lea("valideer", data.resolve("cijfers-nl.json").toString()).out());
    Path cijfers = tmp.resolve("cijfers.json");
    Files.writeString(cijfers, "{\"schema\":\"lea-cijfers/1\",\"cijfers\":["
        + "{\"verslagjaar\":2021,\"tabel\":\"1.10\",\"sleutel\":\"KINDPLAATSEN\",\"aantal\":1,\"noemer\":2,\"bron\":\"b\"},"
        + "{\"verslagjaar\":2021,\"tabel\":\"1.1\",\"sleutel\":\"X\\\"\",\"aantal\":3,\"noemer\":2,\"bron\":\"b\"}]}");
    Uitkomst u = lea("valideer", cijfers.toString());
    assertEquals(1, u.status());
    u.geenStackTrace();
    // The reader's errors first; the registry is consulted only for a document that reads.
    assertEquals(List.of("/cijfers/1/aantal: must be 0..2 (the noemer), was 3"), u.err().lines().toList());
    Files.writeString(cijfers, Files.readString(cijfers).replace("\"aantal\":3", "\"aantal\":1"));
    u = lea("valideer", cijfers.toString());
    assertEquals(1, u.status());
    assertEquals(List.of("/cijfers/0/sleutel: is a sum row; a published figure is a count row, was \"KINDPLAATSEN\"",
        "/cijfers/1/sleutel: names no row of table 1.1; allowed: BESTRIJDEN_ONDERWIJSACHTERSTANDEN, VOORKOMEN_SEGREGATIE, "
            + "BEVORDEREN_INTEGRATIE, INSCHRIJVING_EN_TOELATING, was \"X\\\"\""), u.err().lines().toList());
    Path herindelingen = tmp.resolve("h.json");
    Files.writeString(herindelingen, "{\"schema\":\"lea-herindelingen/1\",\"herindelingen\":[{\"datum\":\"2023-01-01\",\"van\":[],"
        + "\"naar\":{\"code\":\"GM1992\",\"naam\":\"Voorne aan Zee\"}}]}");
    u = lea("valideer", herindelingen.toString());
    assertEquals(1, u.status());
    assertEquals(List.of("/herindelingen/0/van: must name at least one gemeente"), u.err().lines().toList());
  }

  @Test
  void valideerOnABrokenFilePrintsEveryErrorWithItsPointer() throws Exception {
    Uitkomst u = lea("valideer", kapot().toString());
    assertEquals(1, u.status());
    assertEquals("", u.out());
    u.geenStackTrace();
    List<String> regels = u.err().lines().toList();
    assertEquals(List.of(
        "/verslagjaar: must be an integer 2000..2100, was 1999",
        "/gemeenten/0/lea/BESTRIJDEN_ONDERWIJSACHTERSTANDEN/redenenGeenOverleg: allowed only when overleg is false",
        "/gemeenten/0/lea/BEVORDEREN_INTEGRATIE/afspraken: unknown value; allowed: NIEUW, LOPEND, GEEN, was \"MISSCHIEN\"",
        "/gemeenten/0/vve/toeleiding/uitkomst: is not allowed for TOELEIDING, was \"NIET_NODIG\"",
        "/gemeenten/0/vve/doorgaandeLijn: is required",
        "/gemeenten/0/vve/aanbod/kindplaatsen: must be an integer written without fraction or exponent, was 9E2",
        "/gemeenten/1/gemeente/code: repeats the gemeente code of /gemeenten/0, was \"GM0014\""), regels);
  }

  @Test
  void malformedJsonIsOneErrorWithLineAndColumn(@TempDir Path tmp) throws IOException {
    Path f = tmp.resolve("half.json");
    Files.writeString(f, "{\n  \"schema\": \"lea-vragenlijst/1\",\n  \"verslagjaar\": 2022\n  \"gemeenten\": []\n}");
    Uitkomst u = lea("valideer", f.toString());
    assertEquals(1, u.status());
    assertTrue(u.err().startsWith("line 4, column 3: malformed JSON"), u.err());
    assertEquals(1, u.err().lines().count());
  }

  @Test
  void usageErrorsExitWithTwo() {
    for (String[] args : List.of(new String[] {}, new String[] {"bestaat-niet"}, new String[] {"rapport"},
        new String[] {"rapport", "--formaat", "pdf", "x.json"}, new String[] {"rapport", "--onderdruk", "1", DATA.toString()},
        new String[] {"risico", "--formaat", "tekst", DATA.toString()}, new String[] {"valideer", "--onbekend", "x"})) {
      Uitkomst u = lea(args);
      assertEquals(2, u.status(), String.join(" ", args) + ": " + u.err());
      assertTrue(u.err().contains("Usage: lea"), u.err());
      u.geenStackTrace();
    }
  }

  @Test
  void onlyTheCommandThatRunsIsBuiltYetHelpAndUsageStayComplete() {
    // Each entry of the command table is named as its class's @Command.
    Lea.COMMANDOS.forEach((naam, commando) ->
        assertEquals(naam, commando.get().getClass().getAnnotation(picocli.CommandLine.Command.class).name()));
    Uitkomst help = lea("--help");
    assertEquals(0, help.status());
    for (String naam : Lea.COMMANDOS.keySet()) {
      assertTrue(help.out().contains("\n  " + naam + " "), naam + " in " + help.out());
    }
    Uitkomst fout = lea("raport");
    assertEquals(2, fout.status());
    assertTrue(fout.err().contains("Did you mean: lea rapport"), fout.err());
    Uitkomst zonderBestand = lea("rapport");
    assertTrue(zonderBestand.err().contains("Usage: lea rapport"), zonderBestand.err());
  }

  @Test
  void aMissingFileIsInvalidInput() {
    Uitkomst u = lea("rapport", "bestaat/niet.json");
    assertEquals(1, u.status());
    assertEquals("bestaat/niet.json: cannot read: no such file", u.err().strip());
  }

  @Test
  void risicoAsJsonAndCsv() {
    Uitkomst json = lea("risico", "--formaat", "json", DATA.toString());
    assertEquals(0, json.status());
    assertTrue(json.out().startsWith("{\"schema\":\"lea-risico/1\",\"verslagjaar\":2022,\"gemeenten\":[{\"code\":\"GM0014\",\"naam\":\"Groningen\",\"categorie\":"), json.out());
    assertTrue(json.out().contains("{\"code\":\"GM0072\",\"naam\":\"Harlingen\",\"categorie\":\"LEA_EN_VVE\",\"regels\":[\"L0\"]}"));
    Uitkomst csv = lea("risico", "--formaat", "csv", DATA.toString());
    assertTrue(csv.out().startsWith("code,naam,categorie,regels\r\n"), csv.out());
    assertEquals(343, csv.out().lines().count());
  }

  @Test
  void cohortOverThreeYears(@TempDir Path tmp) throws IOException {
    String tekst = Files.readString(DATA);
    Path j2020 = tmp.resolve("2020.json");
    Path j2021 = tmp.resolve("2021.json");
    Files.writeString(j2020, tekst.replaceFirst("\"verslagjaar\": 2022", "\"verslagjaar\": 2020"));
    Files.writeString(j2021, tekst.replaceFirst("\"verslagjaar\": 2022", "\"verslagjaar\": 2021"));
    Uitkomst u = lea("cohort", DATA.toString(), j2020.toString(), j2021.toString());
    assertEquals(0, u.status(), u.err());
    assertTrue(u.out().startsWith("{\"schema\":\"lea-cohort/1\",\"jaren\":[2020,2021,2022],\"aantalGemeenten\":"), u.out());
    assertTrue(u.out().contains("{\"verslagjaar\":2022,\"doelgroeppeuters\":"), u.out());
    Uitkomst html = lea("cohort", "--formaat", "html", DATA.toString(), j2020.toString(), j2021.toString());
    assertEquals(0, html.status(), html.err());
    assertTrue(html.out().startsWith("<!DOCTYPE html>") && html.out().contains("<figure id=\"figuur-F1.4\">"), html.out());
    assertEquals(2, lea("cohort", "--formaat", "pdf", DATA.toString()).status());
    Uitkomst dubbel = lea("cohort", DATA.toString(), DATA.toString());
    assertEquals(1, dubbel.status());
    dubbel.geenStackTrace();
    assertTrue(dubbel.err().contains("verslagjaar"), dubbel.err());
  }

  @Test
  void theShippedCohortIsTheReports88WithTheBereikOfJarenSpec() throws IOException {
    Path data = Path.of("..", "examples", "data");
    Uitkomst u = lea("cohort", data.resolve("vragenlijst-2022.json").toString(), data.resolve("vragenlijst-2020.json").toString(),
        data.resolve("vragenlijst-2021.json").toString());
    assertEquals(0, u.status(), u.err());
    var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(u.out());
    assertEquals(88, json.get("aantalGemeenten").asInt());
    // JAREN.md §5a's example entry for 2020, number for number (fracties to the six decimals it prints).
    var j2020 = json.at("/reeks/0");
    assertEquals(List.of(2020, 11872, 15507, 9400), List.of(j2020.get("verslagjaar").asInt(), j2020.get("doelgroeppeuters").asInt(),
        j2020.get("kindplaatsen").asInt(), j2020.get("bereikteDoelgroeppeuters").asInt()));
    assertEquals(List.of(79, 88), List.of(j2020.at("/gewogenBereik/percentage").asInt(), j2020.at("/gewogenBereik/aantalGemeenten").asInt()));
    assertEquals(0.791779, j2020.at("/gewogenBereik/fractie").asDouble(), 5e-7);
    assertEquals(List.of(79, 88), List.of(j2020.at("/gemiddeldBereik/percentage").asInt(), j2020.at("/gemiddeldBereik/aantalGemeenten").asInt()));
    assertEquals(0.790918, j2020.at("/gemiddeldBereik/fractie").asDouble(), 5e-7);
    // The pooled bereik is Σ bereikt / Σ doelgroep of the same entry.
    for (var jaar : json.get("reeks")) {
      assertEquals(jaar.get("bereikteDoelgroeppeuters").asDouble() / jaar.get("doelgroeppeuters").asDouble(),
          jaar.at("/gewogenBereik/fractie").asDouble(), 1e-15);
    }
  }

  @Test
  void cohortReportsTheErrorsOfEveryFileWithItsName() throws Exception {
    Uitkomst u = lea("cohort", kapot().toString(), "ook/niet.json");
    assertEquals(1, u.status());
    u.geenStackTrace();
    List<String> regels = u.err().lines().toList();
    assertEquals(8, regels.size(), u.err());
    assertEquals(kapot() + ": /verslagjaar: must be an integer 2000..2100, was 1999", regels.get(0));
    assertEquals("ook/niet.json: cannot read: no such file", regels.get(7));
  }

  @Test
  void indicatieCountsPerGemeenteUnderTheDefinition(@TempDir Path tmp) throws IOException {
    Path f = tmp.resolve("peuters.jsonl");
    Files.writeString(f, String.join("\n",
        "{\"id\":\"1\",\"gemeente\":\"GM0034\",\"leeftijdInMaanden\":36,\"indicatoren\":[\"THUISTAAL\"],\"veDeelname\":true}",
        "{\"id\":\"2\",\"gemeente\":\"GM0014\",\"leeftijdInMaanden\":30,\"indicatoren\":[\"OPLEIDINGSNIVEAU_OUDERS\",\"HERKOMST_OUDERS\"],\"veDeelname\":false}",
        "{\"id\":\"3\",\"gemeente\":\"GM0014\",\"leeftijdInMaanden\":47,\"indicatoren\":[\"THUISTAAL\"],\"veDeelname\":true}",
        "{\"id\":\"4\",\"gemeente\":\"GM0014\",\"leeftijdInMaanden\":48,\"indicatoren\":[\"THUISTAAL\"],\"veDeelname\":true}",
        "{\"id\":\"5\",\"gemeente\":\"GM0363\",\"leeftijdInMaanden\":40,\"indicatoren\":[\"HERKOMST_OUDERS\"],\"veDeelname\":true}",
        ""));
    Uitkomst u = lea("indicatie", f.toString(), "--definitie", "THUISTAAL | OPLEIDINGSNIVEAU_OUDERS & HERKOMST_OUDERS");
    assertEquals(0, u.status(), u.err());
    assertEquals("{\"schema\":\"lea-indicatie/1\",\"definitie\":\"OPLEIDINGSNIVEAU_OUDERS & HERKOMST_OUDERS | THUISTAAL\","
        + "\"omvang\":\"SMAL\",\"gemeenten\":["
        + "{\"code\":\"GM0014\",\"doelgroeppeuters\":2,\"bereikteDoelgroeppeuters\":1,\"bereik\":0.5},"
        + "{\"code\":\"GM0034\",\"doelgroeppeuters\":1,\"bereikteDoelgroeppeuters\":1,\"bereik\":1},"
        + "{\"code\":\"GM0363\",\"doelgroeppeuters\":0,\"bereikteDoelgroeppeuters\":0,\"bereik\":null}]}",
        u.out().strip());
    Uitkomst csv = lea("indicatie", f.toString(), "--definitie", "THUISTAAL", "--formaat", "csv");
    assertEquals("code,doelgroeppeuters,bereikteDoelgroeppeuters,bereik\r\nGM0014,1,1,1\r\nGM0034,1,1,1\r\nGM0363,0,0,\r\n", csv.out());
  }

  @Test
  void indicatieRejectsABadDefinitionAsUsageAndBadLinesAsInput(@TempDir Path tmp) throws IOException {
    Path f = tmp.resolve("peuters.jsonl");
    Files.writeString(f, "{\"id\":\"1\",\"gemeente\":\"GM0034\",\"leeftijdInMaanden\":36,\"veDeelname\":true}\n{\"id\":\"2\"}\n");
    Uitkomst slecht = lea("indicatie", f.toString(), "--definitie", "THUISTAAL & SCHOENMAAT");
    assertEquals(2, slecht.status());
    assertTrue(slecht.err().contains("unknown indicator SCHOENMAAT"), slecht.err());
    slecht.geenStackTrace();
    assertEquals(2, lea("indicatie", f.toString()).status());
    Uitkomst fout = lea("indicatie", f.toString(), "--definitie", "THUISTAAL");
    assertEquals(1, fout.status());
    assertEquals("", fout.out());
    assertTrue(fout.err().lines().allMatch(r -> r.startsWith(f + ": line 2: /")), fout.err());
    assertEquals(3, fout.err().lines().count(), fout.err());
  }

  @Test
  void theRealMainClassAsAProcess() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    for (Object[] geval : List.of(
        new Object[] {0, List.of("valideer", DATA.toString())},
        new Object[] {1, List.of("valideer", kapot().toString())},
        new Object[] {2, List.of("rapport", "--formaat", "pdf", DATA.toString())})) {
      List<String> cmd = new java.util.ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), Lea.class.getName()));
      @SuppressWarnings("unchecked")
      List<String> args = (List<String>) geval[1];
      cmd.addAll(args);
      Process p = new ProcessBuilder(cmd).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(p.waitFor(60, TimeUnit.SECONDS));
      assertEquals(geval[0], p.exitValue(), args + ": " + err);
      new Uitkomst(p.exitValue(), out, err).geenStackTrace();
    }
  }

  @Test
  void schemaPrintsEachFormatsJsonSchema() {
    // vragenlijst is the current version, 2 (docs/jaarverantwoording.md §3); vragenlijst/1 the old one.
    for (String[] f : List.of(new String[] {"vragenlijst", "lea-vragenlijst/2"}, new String[] {"vragenlijst/1", "lea-vragenlijst/1"},
        new String[] {"peuters", "lea-peuters/1"}, new String[] {"toezicht", "lea-toezicht/1"})) {
      Uitkomst u = lea("schema", f[0]);
      assertEquals(0, u.status(), u.err());
      assertTrue(u.out().contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""), u.out());
      assertTrue(u.out().contains("\"title\": \"" + f[1]), u.out());
    }
    Uitkomst fout = lea("schema", "rapport");
    assertEquals(2, fout.status());
    assertTrue(fout.err().startsWith("Unknown format 'rapport'; allowed: vragenlijst, vragenlijst/1, peuters, toezicht"), fout.err());
  }
}
