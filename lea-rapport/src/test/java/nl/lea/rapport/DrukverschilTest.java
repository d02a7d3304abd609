package nl.lea.rapport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.lea.core.DomainValidationException;
import nl.lea.core.toezicht.Beoordelingen;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.json.LeaJson;
import nl.lea.rapport.risico.Risicoanalyse;
import org.junit.jupiter.api.Test;

/** The places the report differs on purpose from the printed one, and its source lines. */
class DrukverschilTest {

  private static final Path DATA = Path.of("..", "examples", "data");
  private static final Vragenlijst V = LeaJson.readVragenlijst(DATA.resolve("vragenlijst-2022.json"));

  @Test
  void theNotesOf2022NameTheirRowAndThePrintedFigure() {
    Beoordelingen b = LeaJson.readToezicht(DATA.resolve("toezicht-2022.json"), V, Risicoanalyse.standaard());
    Rapport r = Rapport.van(V, b);
    for (Drukverschil d : r.drukverschillen()) {
      Tabel t = r.tabel(d.tabel()).orElseThrow();
      d.sleutel().ifPresent(s -> assertTrue(t.rij(s).isPresent(), d + " names a row of its table"));
    }
    Drukverschil tabel12 = r.drukverschillen().get(1);
    assertEquals(new Drukverschil("1.2", Optional.of("INSCHRIJVING_EN_TOELATING"), tabel12.tekst()), tabel12);
    Telrij rij = (Telrij) r.tabel("1.2").orElseThrow().rij("INSCHRIJVING_EN_TOELATING").orElseThrow();
    assertEquals(82, rij.percentage().getAsInt(), "the row the note is about is the corrected one");
    assertTrue(tabel12.tekst().contains("48%") && tabel12.tekst().contains("82%"));
    // The rows Tabel 1.5, 1.7 and 1.9 print beyond the printed report: labels.json words them "derived".
    List<Drukverschil> zonderSleutel = r.drukverschillen().stream().filter(d -> d.sleutel().isEmpty()).toList();
    assertEquals(List.of("1.5", "1.7", "1.9"), zonderSleutel.stream().map(Drukverschil::tabel).toList());
    assertTrue(zonderSleutel.get(0).tekst().contains("3 antwoorden"), zonderSleutel.get(0).tekst());
    // Without the judgement, no note on the toezicht tables.
    assertEquals(List.of("1.1-geen", "1.2", "1.5", "1.7", "1.9"), Rapport.van(V).drukverschillen().stream().map(Drukverschil::tabel).toList());
  }

  @Test
  void onlyThePrintedYearHasNotes() {
    assertEquals(List.of(), Rapport.van(LeaJson.readVragenlijst(DATA.resolve("vragenlijst-2021.json"))).drukverschillen());
    assertEquals(List.of(), Rapport.van(LeaJson.readVragenlijst(DATA.resolve("vragenlijst-2020.json"))).drukverschillen());
  }

  @Test
  void sourceLinesNameTheYearTheGemeentenAnswered() {
    Rapport r = Rapport.van(V);
    assertEquals(Optional.of("Bron: vragenlijst gemeenten, 2023"), r.tabel("1.11").orElseThrow().bron());
    assertEquals(Optional.empty(), r.tabel("2.1").orElseThrow().bron(), "part 2 prints no source line");
    assertEquals(r.tabel("1.1").orElseThrow().bron(), r.onderdruk(10).tabel("1.1").orElseThrow().bron(), "suppression keeps it");
    assertEquals(12, r.tabellen().stream().filter(t -> t.bron().isPresent()).count());
  }

  @Test
  void rejectsABlankNote() {
    assertThrows(DomainValidationException.class, () -> new Drukverschil("1.2", Optional.empty(), " "));
    assertThrows(DomainValidationException.class, () -> new Drukverschil(null, Optional.empty(), "x"));
  }
}
