package nl.lea.rapport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.json.LeaJson;
import org.junit.jupiter.api.Test;

/**
 * RAPPORT.md and labels.json: every table carries the title and every row the label the printed
 * report gives it, and the heading people read carries the year and n as the report prints them.
 */
class WoordingTest {

  private static final Vragenlijst V =
      LeaJson.readVragenlijst(Path.of("..", "examples", "data", "vragenlijst-2022.json"));
  private static final Map<String, Tabel> TABELLEN =
      Rapport.van(V).tabellen().stream().collect(Collectors.toMap(Tabel::id, Function.identity()));
  private static final nl.lea.core.toezicht.Beoordelingen B = LeaJson.readToezicht(
      Path.of("..", "examples", "data", "toezicht-2022.json"), V, nl.lea.rapport.risico.Risicoanalyse.standaard());

  private static JsonNode labels(String bestand) throws IOException {
    try (InputStream in = Labels.class.getResourceAsStream(bestand)) {
      return new ObjectMapper().readTree(in);
    }
  }

  @Test
  void everyTitleAndRowLabelIsTheReportsWording() throws IOException {
    Map<String, Tabel> tabellen = new java.util.HashMap<>(TABELLEN);
    Rapport.van(V, B).tabellen().forEach(t -> tabellen.put(t.id(), t));
    java.util.Set<String> gewoord = new java.util.TreeSet<>();
    int rijen = 0;
    for (String bestand : Labels.BESTANDEN) {
      assertEquals("lea-labels/1", labels(bestand).get("schema").asText(), bestand);
      for (Iterator<Map.Entry<String, JsonNode>> it = labels(bestand).get("tabellen").fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        assertTrue(gewoord.add(e.getKey()), e.getKey() + " is worded once");
        Tabel t = tabellen.get(e.getKey());
        assertTrue(t != null, e.getKey() + " is worded but not in the registry");
        assertEquals(e.getValue().get("titel").asText(), t.titel(), e.getKey());
        Labels.Tekst tekst = Labels.of(e.getKey()).orElseThrow();
        assertEquals(e.getValue().get("titelMetJaarEnN").asText(), tekst.titelMetJaarEnN(), e.getKey());
        for (Iterator<Map.Entry<String, JsonNode>> r = e.getValue().get("rijen").fields(); r.hasNext(); rijen++) {
          Map.Entry<String, JsonNode> rij = r.next();
          Rij gevonden = t.rij(rij.getKey()).orElseThrow(() -> new AssertionError(e.getKey() + " has no row " + rij.getKey()));
          assertEquals(rij.getValue().get("label").asText(), gevonden.label(), e.getKey() + " " + rij.getKey());
        }
      }
    }
    assertTrue(gewoord.containsAll(Tabellen.idsMetToezicht()), "every registered table is worded: " + Tabellen.idsMetToezicht());
    assertTrue(rijen > 100, "labels.json names " + rijen + " rows");
  }

  @Test
  void aGroupedRowIsItsGroupsLabelAndItsOwn() {
    for (Tabel t : Rapport.van(V, B).tabellen()) {
      Map<String, String> groepen = new java.util.HashMap<>();
      for (Rij rij : t.rijen()) {
        rij.groep().ifPresent(g -> {
          assertEquals(g.label() + ": " + rij.onderdeel(), rij.label(), t.id() + " " + rij.sleutel());
          assertTrue(rij.sleutel().startsWith(g.sleutel() + "/"), rij.sleutel());
          assertEquals(g.label(), groepen.computeIfAbsent(g.sleutel(), k -> g.label()), "one label per group in " + t.id());
        });
      }
    }
    assertEquals("Bestrijden onderwijsachterstanden",
        TABELLEN.get("F1.3").rij("BESTRIJDEN_ONDERWIJSACHTERSTANDEN/ALLE_BEHAALD").orElseThrow().groep().orElseThrow().label());
    assertEquals("Alle doelen behaald", TABELLEN.get("F1.3").rij("BESTRIJDEN_ONDERWIJSACHTERSTANDEN/ALLE_BEHAALD").orElseThrow().onderdeel());
  }

  /** The headings of the printed report, 2022 (seed lines 361–1547), with n as printed there. */
  @Test
  void headingsCarryYearAndNAsPrinted() {
    Map<String, String> gedrukt = Map.ofEntries(
        Map.entry("1.1", "Aantal gemeenten dat overlegde over onderwijsachterstandenbeleid in 2022 (n=340)"),
        Map.entry("F1.2", "Percentage gemeenten dat doelen stelde voor de verschillende LEA-thema’s in 2022 (n=340)"),
        Map.entry("1.4", "Redenen om de doelgroepdefinitie in 2022 niet aan te passen (n=294)"),
        Map.entry("1.5", "Redenen om geen overleg te voeren over de doelgroepdefinitie (n=51)"),
        Map.entry("1.6", "Redenen om geen afspraken te maken over toeleiding (n=249)"),
        Map.entry("1.7", "Redenen om geen overleg te voeren over toeleiding (n=22, meerdere antwoorden mogelijk)"),
        Map.entry("1.8", "Redenen om geen afspraken te maken over doorgaande lijn (n=232)"),
        Map.entry("1.9", "Redenen om geen overleg te voeren over doorgaande lijn (n=24)"),
        Map.entry("F2.1", "Onderwerpen van de afspraken (n=232)"),
        Map.entry("2.2", "Inhoud van de afspraken (n=232, in %, meerdere antwoorden mogelijk)"),
        Map.entry("F2.2", "Doelbereik resultaatafspraken (n=232)"),
        Map.entry("F2.3", "Redenen waarom de doelen niet of niet helemaal zijn bereikt (meerdere antwoorden mogelijk, n=78)"));
    gedrukt.forEach((id, kop) -> assertEquals(kop, TABELLEN.get(id).koptekst(), id));
  }

  /**
   * The shipped labels.json is the specification's file byte for byte (checked where ../shared
   * exists).
   */
  @Test
  void shippedLabelsEqualTheSpecification() throws IOException {
    Path spec = Path.of("..", "..", "shared", "spec", "labels.json");
    assumeTrue(Files.exists(spec), "no ../shared/spec in this checkout");
    try (InputStream in = Labels.class.getResourceAsStream(Labels.BESTANDEN[0])) {
      assertEquals(Files.readString(spec), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    }
  }

  private static java.util.Set<String> iterable(Iterator<String> it) {
    java.util.Set<String> s = new java.util.TreeSet<>();
    it.forEachRemaining(s::add);
    return s;
  }
}
