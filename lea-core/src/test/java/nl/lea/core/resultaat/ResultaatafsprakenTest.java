package nl.lea.core.resultaat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import nl.lea.core.DomainValidationException;
import nl.lea.core.doel.Doel;
import nl.lea.core.doel.DoelStatus;
import nl.lea.core.doel.DoelbereikGrof;
import org.junit.jupiter.api.Test;

/** docs/domein.md §3.12: resultaatafspraken vroegschoolse educatie and their cross-field rules. */
class ResultaatafsprakenTest {

  @Test
  void theSpecsExample() {
    Resultaatafspraken r = Resultaatafspraken.wel()
        .reikwijdte(Reikwijdte.ALLE_SCHOOLBESTUREN)
        .ontwikkelingsgebieden(Ontwikkelingsgebied.TAAL, Ontwikkelingsgebied.REKENEN)
        .inhoud(Inhoud.of(InhoudType.EINDE_GROEP_2, Ontwikkelingsgebied.TAAL))
        .aanlevering(Aanlevering.VAST_FORMAT)
        .doelen(Doel.of(DoelStatus.NIET_BEHAALD))
        .redenenNietBehaald(RedenNietBehaald.PERSONEELSTEKORT)
        .gesprekspartners(Gesprekspartner.SCHOOLBESTUREN, Gesprekspartner.HOUDERS_KINDEROPVANG)
        .frequentie(Frequentie.JAARLIJKS)
        .build();
    assertEquals(ResultaatafsprakenStatus.WEL, r.status());
    assertEquals(Optional.of(Reikwijdte.ALLE_SCHOOLBESTUREN), r.reikwijdte());
    assertEquals(DoelbereikGrof.NIET_BEHAALD, r.doelbereikGrof());
  }

  @Test
  void geenAndOnbekendCarryNothingElse() {
    assertTrue(Resultaatafspraken.geen().ontwikkelingsgebieden().isEmpty());
    assertEquals(ResultaatafsprakenStatus.ONBEKEND, Resultaatafspraken.onbekend().status());
    DomainValidationException e = assertThrows(DomainValidationException.class, () ->
        Resultaatafspraken.builder(ResultaatafsprakenStatus.GEEN).gesprekspartners(Gesprekspartner.SCHOOLBESTUREN).build());
    assertEquals("gesprekspartners", e.field());
    assertTrue(e.getMessage().contains("GEEN"), e.getMessage());
    assertEquals("frequentie", assertThrows(DomainValidationException.class, () ->
        Resultaatafspraken.builder(ResultaatafsprakenStatus.ONBEKEND).frequentie(Frequentie.ANDERS).build()).field());
  }

  @Test
  void eachInhoudGebiedMustBeAnOntwikkelingsgebied() {
    DomainValidationException e = assertThrows(DomainValidationException.class, () -> Resultaatafspraken.wel()
        .ontwikkelingsgebieden(Ontwikkelingsgebied.TAAL)
        .inhoud(Inhoud.of(InhoudType.EINDE_PEUTERPERIODE, Ontwikkelingsgebied.MOTORIEK))
        .build());
    assertEquals("inhoud[0].gebied", e.field());
    assertEquals("must be one of ontwikkelingsgebieden [TAAL]", e.rule());
  }

  @Test
  void redenenNietBehaaldOnlyWhenGoalsWereNotAllAchieved() {
    // DEELS_BEHAALD and NIET_BEHAALD allow reasons.
    Resultaatafspraken.wel().doelen(Doel.of(DoelStatus.BEHAALD), Doel.of(DoelStatus.NIET_BEHAALD))
        .redenenNietBehaald(RedenNietBehaald.CORONA).build();
    for (List<Doel> doelen : List.of(
        List.<Doel>of(),
        List.of(Doel.of(DoelStatus.BEHAALD)),
        List.of(Doel.of(DoelStatus.NIET_GEEVALUEERD)),
        List.of(Doel.of(DoelStatus.EVALUATIE_LOOPT)))) {
      DomainValidationException e = assertThrows(DomainValidationException.class, () ->
          Resultaatafspraken.wel().doelen(doelen).redenenNietBehaald(RedenNietBehaald.TE_AMBITIEUS).build());
      assertEquals("redenenNietBehaald", e.field());
    }
  }

  @Test
  void nullsAreDomainErrorsNotNullPointers() {
    assertEquals("status", assertThrows(DomainValidationException.class, () -> Resultaatafspraken.builder(null)).field());
    assertEquals("aanlevering[0]", assertThrows(DomainValidationException.class,
        () -> Resultaatafspraken.wel().aanlevering((Aanlevering) null)).field());
    assertEquals("doelen", assertThrows(DomainValidationException.class,
        () -> Resultaatafspraken.wel().doelen((List<Doel>) null)).field());
  }

  @Test
  void inhoudIsOrderedByTypeThenGebied() {
    assertTrue(Inhoud.of(InhoudType.EINDE_PEUTERPERIODE, Ontwikkelingsgebied.ANDERS)
        .compareTo(Inhoud.of(InhoudType.EINDE_GROEP_2, Ontwikkelingsgebied.TAAL)) < 0);
    assertTrue(Inhoud.of(InhoudType.EINDE_GROEP_2, Ontwikkelingsgebied.TAAL)
        .compareTo(Inhoud.of(InhoudType.EINDE_GROEP_2, Ontwikkelingsgebied.REKENEN)) < 0);
  }

  @Test
  void everyBrokenRuleIsReportedNotOnlyTheFirst() {
    DomainValidationException e = assertThrows(DomainValidationException.class, () ->
        Resultaatafspraken.builder(ResultaatafsprakenStatus.GEEN).reikwijdte(Reikwijdte.ANDERS)
            .ontwikkelingsgebieden(Ontwikkelingsgebied.TAAL)
            .inhoud(Inhoud.of(InhoudType.EINDE_PEUTERPERIODE, Ontwikkelingsgebied.MOTORIEK))
            .frequentie(Frequentie.ANDERS).build());
    assertEquals(java.util.List.of("reikwijdte", "ontwikkelingsgebieden", "inhoud", "frequentie", "inhoud[0].gebied"),
        e.violations().stream().map(DomainValidationException.Violation::field).toList());
    assertEquals("must be absent with status GEEN", e.violations().get(0).rule());
  }
}
