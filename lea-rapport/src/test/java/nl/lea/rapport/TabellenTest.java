package nl.lea.rapport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import nl.lea.core.toezicht.Beoordelingen;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.json.LeaJson;
import nl.lea.rapport.render.RapportFormaat;
import nl.lea.rapport.risico.Risicoanalyse;
import org.junit.jupiter.api.Test;

/**
 * The registry is the one list of tables: the report computes exactly the registered tables, in
 * order, and every format renders every one of them — so a table added to the registry needs no
 * other change, and a format added needs none per table.
 */
class TabellenTest {

  private static final Path DATA = Path.of("..", "examples", "data");
  private static final Vragenlijst V = LeaJson.readVragenlijst(DATA.resolve("vragenlijst-2022.json"));
  private static final Beoordelingen B = LeaJson.readToezicht(DATA.resolve("toezicht-2022.json"), V, Risicoanalyse.standaard());

  @Test
  void theReportHoldsTheRegisteredTablesInOrder() {
    assertEquals(Tabellen.ids(), Rapport.van(V).tabellen().stream().map(Tabel::id).collect(Collectors.toList()));
    assertEquals(Tabellen.idsMetToezicht(), Rapport.van(V, B).tabellen().stream().map(Tabel::id).collect(Collectors.toList()));
    assertEquals(Tabellen.ids(), Tabellen.idsMetToezicht().subList(0, Tabellen.ids().size()));
    assertEquals("risico", Tabellen.ids().get(Tabellen.ids().size() - 1));
  }

  @Test
  void everyFormatRendersEveryTable() throws IOException {
    Rapport r = Rapport.van(V, B);
    List<RapportFormaat> formaten = RapportFormaat.alle();
    // lea-rapport's own first; other modules' (lea-publicatie's, when on the class path) after them.
    assertEquals(List.of("tekst", "markdown", "json", "csv"),
        formaten.stream().map(RapportFormaat::naam).limit(4).collect(Collectors.toList()));
    // lea-publicatie's tests check its own formats.
    for (RapportFormaat f : formaten.subList(0, 4)) {
      java.io.ByteArrayOutputStream w = new java.io.ByteArrayOutputStream();
      f.render(r, w);
      String uit = w.toString(java.nio.charset.StandardCharsets.UTF_8);
      for (Tabel t : r.tabellen()) {
        String teken = switch (f.naam()) {
          case "json" -> "\"id\": \"" + t.id() + "\"";
          case "csv" -> "\r\n" + t.id() + "," + t.rijen().get(0).sleutel() + ",";
          case "markdown" -> "## " + t.id() + " " + t.koptekst();
          default -> "\n" + t.id() + "  " + t.koptekst() + "\n";
        };
        assertTrue(uit.contains(teken), f.naam() + " lacks table " + t.id());
        for (Rij rij : t.rijen()) {
          assertTrue(uit.contains(f.naam().equals("markdown") ? rij.label().replace("|", "\\|") : rij.label()),
              f.naam() + " lacks " + t.id() + " " + rij.sleutel());
        }
      }
    }
  }

  @Test
  void formatsAreFoundByName() {
    assertEquals("csv", RapportFormaat.of("csv").orElseThrow().naam());
    assertTrue(RapportFormaat.of("pdf").isEmpty());
  }

  @Test
  void aPublishedFigureNamesACountRowOfTheRegistry() {
    nl.lea.core.Verslagjaar j = nl.lea.core.Verslagjaar.of(2021);
    // The shipped figure, a toezicht table's row, a rule's row: all count rows.
    nl.lea.core.jaren.Cijfers goed = nl.lea.core.jaren.Cijfers.of(List.of(LeaJson.cijfersNl().cijfers().get(0),
        nl.lea.core.jaren.Cijfer.of(j, "3.contact", "CONTACTGEMEENTEN", 93, 342, "b"),
        nl.lea.core.jaren.Cijfer.of(j, "risico", "L5", 70, 342, "b")));
    assertEquals(List.of(), Tabellen.controleer(goed));
    nl.lea.core.jaren.Cijfers fout = nl.lea.core.jaren.Cijfers.of(List.of(
        nl.lea.core.jaren.Cijfer.of(j, "1.1-lea-overlog", "GEEN_LEA_OVERLEG", 1, 2, "b"),
        nl.lea.core.jaren.Cijfer.of(j, "1.1", "GEEN_LEA_OVERLEG", 1, 2, "b"),
        nl.lea.core.jaren.Cijfer.of(j, "1.10", "KINDPLAATSEN", 1, 2, "b"),
        nl.lea.core.jaren.Cijfer.of(j, "bereik", "GEMIDDELD", 1, 2, "b")));
    List<String> regels = Tabellen.controleer(fout).stream().map(v -> v.field() + ": " + v.rule()).collect(Collectors.toList());
    assertEquals(4, regels.size(), regels.toString());
    // The allowed ids are the registry's, the toezicht tables included.
    assertEquals("cijfers[0].tabel: names no table of the report; allowed: " + String.join(", ", Tabellen.idsMetToezicht()), regels.get(0));
    assertTrue(regels.get(0).contains(", 1.1-lea-overleg, ") && regels.get(0).endsWith(", 3.afhandeling"), regels.get(0));
    assertEquals("cijfers[1].sleutel: names no row of table 1.1; allowed: BESTRIJDEN_ONDERWIJSACHTERSTANDEN, VOORKOMEN_SEGREGATIE, "
        + "BEVORDEREN_INTEGRATIE, INSCHRIJVING_EN_TOELATING", regels.get(1));
    assertEquals("cijfers[2].sleutel: is a sum row; a published figure is a count row", regels.get(2));
    assertEquals("cijfers[3].sleutel: is a mean row; a published figure is a count row", regels.get(3));
  }

  /**
   * The numbers readers see are the printed report's: its tables 1.1–1.11 (there is no 1.3), 2.1
   * and 2.2, and the figures whose data are tables (1.2, 1.3, 2.1–2.4; Figuur 1.4 is the cohort's
   * and 1.5 the judgement's, drawn from elsewhere). Every other table has its plain title.
   */
  @Test
  void theNumbersReadersSeeAreThePrintedReports() {
    Rapport r = Rapport.van(V, B);
    List<String> nummers = r.tabellen().stream().flatMap(t -> t.nummer().stream()).sorted().collect(Collectors.toList());
    assertEquals(List.of("Figuur 1.2", "Figuur 1.3", "Figuur 2.1", "Figuur 2.2", "Figuur 2.3", "Figuur 2.4",
        "Tabel 1.1", "Tabel 1.10", "Tabel 1.11", "Tabel 1.2", "Tabel 1.4", "Tabel 1.5", "Tabel 1.6", "Tabel 1.7",
        "Tabel 1.8", "Tabel 1.9", "Tabel 2.1", "Tabel 2.2"), nummers);
    Tabel f13 = r.tabel("F1.3").orElseThrow();
    assertEquals("Figuur 1.3: " + f13.titel(), f13.bijschrift());
    Tabel geen = r.tabel("1.1-geen").orElseThrow();
    assertEquals(geen.titel(), geen.bijschrift());
    assertTrue(r.tabellen().stream().noneMatch(t -> t.bijschrift().startsWith(t.id() + " ")), "no heading starts with an internal id");
  }
}
