package nl.lea.rapport.toezicht;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.lea.core.Gemeente;
import nl.lea.core.Verslagjaar;
import nl.lea.core.toezicht.Domein;
import org.junit.jupiter.api.Test;

/** docs/toezicht.md §2: the supervision dossier per domein as a state machine. */
class ToezichtdossierTest {

  private static final Gemeente G = Gemeente.of("GM0014", "Groningen");
  private static final Verslagjaar JAAR = Verslagjaar.of(2022);
  private static final LocalDate D = LocalDate.of(2023, 3, 1);

  /** The allowed transitions, typed from docs/toezicht.md §2. */
  private static final Map<Toestand, Set<Toestand>> TOEGESTAAN = Map.of(
      Toestand.VRAGENLIJST_ONTVANGEN, EnumSet.of(Toestand.RISICOANALYSE),
      Toestand.RISICOANALYSE, EnumSet.of(Toestand.GEEN_RISICO, Toestand.MOGELIJK_RISICO),
      Toestand.MOGELIJK_RISICO, EnumSet.of(Toestand.CONTACTGEMEENTE, Toestand.GEEN_CONTACT),
      Toestand.GEEN_CONTACT, EnumSet.noneOf(Toestand.class),
      Toestand.CONTACTGEMEENTE, EnumSet.of(Toestand.GEEN_RISICO_MEER, Toestand.VERBETERAFSPRAKEN, Toestand.ONDERZOEK),
      Toestand.VERBETERAFSPRAKEN, EnumSet.of(Toestand.GEEN_RISICO_MEER, Toestand.ONDERZOEK),
      Toestand.GEEN_RISICO, EnumSet.noneOf(Toestand.class),
      Toestand.GEEN_RISICO_MEER, EnumSet.noneOf(Toestand.class),
      Toestand.ONDERZOEK, EnumSet.noneOf(Toestand.class));

  @Test
  void theReportsPath() {
    Toezichtdossier d = Toezichtdossier.open(G, JAAR, Domein.LEA, true, D)
        .naar(Toestand.RISICOANALYSE, D.plusDays(30))
        .naar(Toestand.MOGELIJK_RISICO, D.plusDays(31))
        .naar(Toestand.CONTACTGEMEENTE, D.plusDays(60), "Geen overleg over onderwijsachterstanden")
        .naar(Toestand.VERBETERAFSPRAKEN, D.plusDays(90));
    assertEquals(Afhandeling.VERBETERAFSPRAKEN, d.afhandeling().orElseThrow());
    d = d.naar(Toestand.GEEN_RISICO_MEER, D.plusDays(200));
    assertEquals(Toestand.GEEN_RISICO_MEER, d.toestand());
    assertEquals(Domein.LEA, d.domein());
    assertEquals(6, d.geschiedenis().size());
    assertEquals("Geen overleg over onderwijsachterstanden", d.geschiedenis().get(3).notitie().orElseThrow());
    assertTrue(d.toestand().isEindtoestand());
    // docs/toezicht.md §6: a dossier that ends at GEEN_RISICO_MEER after VERBETERAFSPRAKEN has that outcome.
    assertEquals(Afhandeling.GEEN_RISICO_MEER, d.afhandeling().orElseThrow());
  }

  @Test
  void theAfhandelingFollowsFromTheLastState() {
    Toezichtdossier analyse = Toezichtdossier.open(G, JAAR, Domein.VVE, true, D).naar(Toestand.RISICOANALYSE, D);
    assertTrue(analyse.afhandeling().isEmpty());
    assertEquals(Afhandeling.GEEN_RISICO, analyse.naar(Toestand.GEEN_RISICO, D).afhandeling().orElseThrow());
    Toezichtdossier mogelijk = analyse.naar(Toestand.MOGELIJK_RISICO, D);
    assertTrue(mogelijk.afhandeling().isEmpty());
    assertEquals(Afhandeling.MOGELIJK_RISICO, mogelijk.naar(Toestand.GEEN_CONTACT, D).afhandeling().orElseThrow());
    Toezichtdossier contact = mogelijk.naar(Toestand.CONTACTGEMEENTE, D);
    assertTrue(contact.afhandeling().isEmpty());
    assertEquals(Afhandeling.ONDERZOEK, contact.naar(Toestand.ONDERZOEK, D).afhandeling().orElseThrow());
    assertTrue(Toestand.GEEN_CONTACT.isEindtoestand());
    assertTrue(!Toestand.MOGELIJK_RISICO.isEindtoestand());
  }

  @Test
  void aGemeenteWithoutQuestionnaireStartsAtTheRiskAnalysis() {
    assertEquals(Toestand.RISICOANALYSE, Toezichtdossier.open(G, JAAR, Domein.LEA, false, D).toestand());
  }

  @Test
  void everyTransitionIsAcceptedIffTheSpecAllowsIt() {
    for (Toestand van : Toestand.values()) {
      assertEquals(TOEGESTAAN.get(van), van.volgende(), van.name());
    }
    qt().forAll(lists().of(integers().between(0, Toestand.values().length - 1)).ofSizeBetween(0, 8)).checkAssert(stappen -> {
      Toezichtdossier d = Toezichtdossier.open(G, JAAR, Domein.LEA, true, D);
      LocalDate datum = D;
      for (int s : stappen) {
        Toestand naar = Toestand.values()[s];
        datum = datum.plusDays(1);
        if (TOEGESTAAN.get(d.toestand()).contains(naar)) {
          d = d.naar(naar, datum);
          assertEquals(naar, d.toestand());
        } else {
          Toezichtdossier voor = d;
          LocalDate dd = datum;
          OngeldigeOvergangException e = assertThrows(OngeldigeOvergangException.class, () -> voor.naar(naar, dd));
          assertEquals(voor.toestand(), e.van());
          assertEquals(naar, e.naar());
          assertTrue(e.getMessage().contains(voor.toestand().name()) && e.getMessage().contains(naar.name()), e.getMessage());
        }
      }
    });
  }

  @Test
  void datesMayNotGoBack() {
    Toezichtdossier d = Toezichtdossier.open(G, JAAR, Domein.LEA, true, D);
    OngeldigeOvergangException e = assertThrows(OngeldigeOvergangException.class, () -> d.naar(Toestand.RISICOANALYSE, D.minusDays(1)));
    assertTrue(e.getMessage().contains("VRAGENLIJST_ONTVANGEN") && e.getMessage().contains("RISICOANALYSE"));
    assertEquals(Toestand.RISICOANALYSE, d.naar(Toestand.RISICOANALYSE, D).toestand());
  }

  @Test
  void aDossierBuiltDirectlyIsCheckedToo() {
    List<Toezichtdossier.Overgang> fout = new ArrayList<>(List.of(
        new Toezichtdossier.Overgang(Toestand.VRAGENLIJST_ONTVANGEN, D, java.util.Optional.empty()),
        new Toezichtdossier.Overgang(Toestand.ONDERZOEK, D, java.util.Optional.empty())));
    assertThrows(OngeldigeOvergangException.class, () -> new Toezichtdossier(G, JAAR, Domein.LEA, fout));
  }

  @Test
  void countsPerOutcome() {
    // Report §3: 65 LEA contactgemeenten; 31 (46%) got verbeterafspraken, the rest no risk any more.
    List<Toezichtdossier> dossiers = new ArrayList<>();
    for (int i = 0; i < 65; i++) {
      Toezichtdossier d = Toezichtdossier.open(G, JAAR, Domein.LEA, true, D).naar(Toestand.RISICOANALYSE, D)
          .naar(Toestand.MOGELIJK_RISICO, D).naar(Toestand.CONTACTGEMEENTE, D);
      dossiers.add(i < 31 ? d.naar(Toestand.VERBETERAFSPRAKEN, D) : d.naar(Toestand.GEEN_RISICO_MEER, D));
    }
    Map<Toestand, Long> telling = Toezichtdossier.tel(dossiers);
    assertEquals(31L, telling.get(Toestand.VERBETERAFSPRAKEN));
    assertEquals(34L, telling.get(Toestand.GEEN_RISICO_MEER));
    assertEquals(0L, telling.get(Toestand.ONDERZOEK));
    // The report prints "(31; 46%)", but 31 of 65 is 48% (30 would be 46%): the counts are what
    // this aggregate gives; percentages are the renderer's business.
    assertEquals(48, nl.lea.bereik.Ratio.procent(telling.get(Toestand.VERBETERAFSPRAKEN), 65).getAsInt());
  }
}
