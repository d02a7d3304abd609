package nl.lea.core.vragenlijst;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeente;
import nl.lea.core.Gemeentecode;
import nl.lea.core.Verslagjaar;
import org.junit.jupiter.api.Test;

/** The per-gemeente answer and the questionnaire document (docs/formaten.md rules 2 and 3). */
class VragenlijstTest {

  private static final Gemeente GRONINGEN = Gemeente.of("GM0014", "Groningen");
  private static final Gemeente ALMERE = Gemeente.of("GM0034", "Almere");

  @Test
  void aGemeenteThatDidNotReturnTheQuestionnaireHasNoAnswers() {
    GemeenteAntwoord a = GemeenteAntwoord.nietIngevuld(ALMERE);
    assertFalse(a.isIngevuld());
    assertTrue(a.lea().isEmpty());
    assertTrue(a.vve().isEmpty());
  }

  @Test
  void answerEqualityIncludesTheGemeentesName() {
    assertNotEquals(GemeenteAntwoord.nietIngevuld(ALMERE), GemeenteAntwoord.nietIngevuld(Gemeente.of("GM0034", "Almere-Stad")));
  }

  @Test
  void gemeenteCodesAreUniqueAndTheErrorPointsAtTheSecond() {
    List<GemeenteAntwoord> lijst = List.of(
        GemeenteAntwoord.nietIngevuld(GRONINGEN), GemeenteAntwoord.nietIngevuld(ALMERE),
        GemeenteAntwoord.nietIngevuld(Gemeente.of("GM0014", "Groningen (dubbel)")));
    DomainValidationException e = assertThrows(DomainValidationException.class, () -> Vragenlijst.of(Verslagjaar.of(2022), lijst));
    assertEquals("gemeenten[2].gemeente.code", e.field());
    assertEquals("GM0014", e.value());
  }

  @Test
  void keepsDocumentOrderAndFindsByCode() {
    Vragenlijst v = Vragenlijst.of(Verslagjaar.of(2022),
        List.of(GemeenteAntwoord.nietIngevuld(ALMERE), GemeenteAntwoord.nietIngevuld(GRONINGEN)));
    assertEquals(ALMERE, v.gemeenten().get(0).gemeente());
    assertEquals(GRONINGEN, v.gemeente(Gemeentecode.of("GM0014")).orElseThrow().gemeente());
    assertTrue(v.gemeente(Gemeentecode.of("GM0363")).isEmpty());
    assertTrue(v.ingevuld().isEmpty());
    assertTrue(Vragenlijst.of(Verslagjaar.of(2022), List.of()).gemeenten().isEmpty());
  }

  @Test
  void nullElementsAreDomainErrors() {
    List<GemeenteAntwoord> lijst = new ArrayList<>();
    lijst.add(null);
    assertEquals("gemeenten[0]", assertThrows(DomainValidationException.class,
        () -> Vragenlijst.of(Verslagjaar.of(2022), lijst)).field());
  }
}
