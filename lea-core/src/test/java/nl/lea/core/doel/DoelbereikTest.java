package nl.lea.core.doel;

import static nl.lea.core.doel.DoelStatus.BEHAALD;
import static nl.lea.core.doel.DoelStatus.EVALUATIE_LOOPT;
import static nl.lea.core.doel.DoelStatus.NIET_BEHAALD;
import static nl.lea.core.doel.DoelStatus.NIET_GEEVALUEERD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.lea.core.DomainValidationException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** docs/domein.md §3.5 and §3.6: goals and the goal-attainment evaluation, by example. */
class DoelbereikTest {

  static List<Doel> doelen(DoelStatus... statussen) {
    List<Doel> doelen = new ArrayList<>();
    Arrays.stream(statussen).forEach(s -> doelen.add(Doel.of(s)));
    return doelen;
  }

  @Nested
  class Evalueer {
    @Test
    void noGoals() {
      assertEquals(Doelbereik.GEEN_DOELEN, Doelbereik.evalueer(List.of()));
    }

    @Test
    void nothingEvaluatedButAnEvaluationUnderWay() {
      assertEquals(Doelbereik.EVALUATIE_LOOPT, Doelbereik.evalueer(doelen(NIET_GEEVALUEERD, EVALUATIE_LOOPT)));
    }

    @Test
    void nothingEvaluated() {
      assertEquals(Doelbereik.NIET_GEEVALUEERD, Doelbereik.evalueer(doelen(NIET_GEEVALUEERD, NIET_GEEVALUEERD)));
    }

    @Test
    void allAchieved() {
      assertEquals(Doelbereik.ALLE_BEHAALD, Doelbereik.evalueer(doelen(BEHAALD, BEHAALD)));
    }

    @Test
    void theFractionIsOverAllGoalsSoAnUnevaluatedGoalNeverCountsAsAchieved() {
      // 1 of 2 achieved, the other not evaluated: half, not "all evaluated goals achieved".
      assertEquals(Doelbereik.DE_HELFT, Doelbereik.evalueer(doelen(BEHAALD, NIET_GEEVALUEERD)));
      // 2 of 3 achieved, the third still being evaluated.
      assertEquals(Doelbereik.MEER_DAN_DE_HELFT, Doelbereik.evalueer(doelen(BEHAALD, EVALUATIE_LOOPT, BEHAALD)));
      // 1 of 3.
      assertEquals(Doelbereik.MINDER_DAN_DE_HELFT, Doelbereik.evalueer(doelen(NIET_BEHAALD, BEHAALD, NIET_GEEVALUEERD)));
    }

    @Test
    void evaluatedAndNoneAchieved() {
      assertEquals(Doelbereik.GEEN_BEHAALD, Doelbereik.evalueer(doelen(NIET_BEHAALD, EVALUATIE_LOOPT)));
    }

    @Test
    void rejectsNullWithTheDomainException() {
      assertEquals("doelen", assertThrows(DomainValidationException.class, () -> Doelbereik.evalueer(null)).field());
      List<Doel> metNull = new ArrayList<>(doelen(BEHAALD));
      metNull.add(null);
      assertEquals("doelen[1]", assertThrows(DomainValidationException.class, () -> Doelbereik.evalueer(metNull)).field());
    }
  }

  @Nested
  class Views {
    @Test
    void helftOfMeerIsAllMoreThanHalfOrHalf() {
      for (Doelbereik d : Doelbereik.values()) {
        boolean verwacht = d == Doelbereik.ALLE_BEHAALD || d == Doelbereik.MEER_DAN_DE_HELFT || d == Doelbereik.DE_HELFT;
        assertEquals(verwacht, d.helftOfMeer(), d.name());
      }
    }

    @Test
    void theCoarseViewOfFiguur22() {
      assertEquals(DoelbereikGrof.ALLE_BEHAALD, Doelbereik.ALLE_BEHAALD.grof());
      assertEquals(DoelbereikGrof.DEELS_BEHAALD, Doelbereik.MEER_DAN_DE_HELFT.grof());
      assertEquals(DoelbereikGrof.DEELS_BEHAALD, Doelbereik.DE_HELFT.grof());
      assertEquals(DoelbereikGrof.DEELS_BEHAALD, Doelbereik.MINDER_DAN_DE_HELFT.grof());
      assertEquals(DoelbereikGrof.NIET_BEHAALD, Doelbereik.GEEN_BEHAALD.grof());
      assertEquals(DoelbereikGrof.NIET_GEEVALUEERD, Doelbereik.NIET_GEEVALUEERD.grof());
      assertEquals(DoelbereikGrof.ANDERS, Doelbereik.EVALUATIE_LOOPT.grof());
      assertEquals(DoelbereikGrof.GEEN_DOELEN, Doelbereik.GEEN_DOELEN.grof());
    }
  }

  @Nested
  class DoelValue {
    @Test
    void keepsTheDescription() {
      Doel doel = Doel.of(BEHAALD, "Meer peuters naar de voorschool");
      assertEquals("Meer peuters naar de voorschool", doel.omschrijving().orElseThrow());
      assertFalse(Doel.of(BEHAALD).omschrijving().isPresent());
      assertEquals(Doel.of(BEHAALD), Doel.of(BEHAALD));
      assertTrue(!Doel.of(BEHAALD).equals(Doel.of(BEHAALD, "x")));
    }

    @Test
    void rejectsMissingParts() {
      assertEquals("status", assertThrows(DomainValidationException.class, () -> Doel.of(null)).field());
      assertEquals("omschrijving", assertThrows(DomainValidationException.class, () -> Doel.of(BEHAALD, null)).field());
    }
  }
}
