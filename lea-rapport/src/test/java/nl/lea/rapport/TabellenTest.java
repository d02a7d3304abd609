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
}
