package nl.lea.testkit.kern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import nl.lea.core.doel.*;
import nl.lea.testkit.LeaGenerators;
import org.junit.jupiter.api.Test;

/** docs/domein.md §3.6 stated as laws over generated goal lists. */
class DoelbereikProperties {

  /** Rank of the categories that have at least one evaluated goal, from worst to best. */
  private static int rang(Doelbereik d) {
    switch (d) {
      case GEEN_BEHAALD: return 0;
      case MINDER_DAN_DE_HELFT: return 1;
      case DE_HELFT: return 2;
      case MEER_DAN_DE_HELFT: return 3;
      case ALLE_BEHAALD: return 4;
      default: throw new AssertionError(d + " has no evaluated goal");
    }
  }

  private static long tel(List<Doel> doelen, DoelStatus status) {
    return doelen.stream().filter(d -> d.status() == status).count();
  }

  @Test
  void evaluationIsTotal() {
    qt().forAll(LeaGenerators.doelLijsten().maxAantal(20)).checkAssert(doelen -> assertNotNull(Doelbereik.evalueer(doelen)));
  }

  @Test
  void alleBehaaldIffEveryGoalIsBehaald() {
    qt().forAll(LeaGenerators.doelLijsten().maxAantal(12)).checkAssert(doelen -> assertEquals(
        !doelen.isEmpty() && doelen.stream().allMatch(d -> d.status() == DoelStatus.BEHAALD),
        Doelbereik.evalueer(doelen) == Doelbereik.ALLE_BEHAALD));
  }

  @Test
  void agreesWithAnOracleThatComparesTheFractionExactly() {
    qt().forAll(LeaGenerators.doelLijsten().maxAantal(15)).checkAssert(doelen -> {
      long g = doelen.size();
      long b = tel(doelen, DoelStatus.BEHAALD);
      long e = b + tel(doelen, DoelStatus.NIET_BEHAALD);
      Doelbereik verwacht;
      if (g == 0) {
        verwacht = Doelbereik.GEEN_DOELEN;
      } else if (e == 0) {
        verwacht = tel(doelen, DoelStatus.EVALUATIE_LOOPT) > 0 ? Doelbereik.EVALUATIE_LOOPT : Doelbereik.NIET_GEEVALUEERD;
      } else {
        // b/g against 1/2 as an exact comparison of cross products.
        int half = BigInteger.valueOf(b).multiply(BigInteger.TWO).compareTo(BigInteger.valueOf(g));
        verwacht = b == g ? Doelbereik.ALLE_BEHAALD
            : half > 0 ? Doelbereik.MEER_DAN_DE_HELFT
            : half == 0 ? Doelbereik.DE_HELFT
            : b > 0 ? Doelbereik.MINDER_DAN_DE_HELFT : Doelbereik.GEEN_BEHAALD;
      }
      assertEquals(verwacht, Doelbereik.evalueer(doelen));
    });
  }

  @Test
  void achievingOneMoreGoalNeverLowersTheCategory() {
    // One NIET_BEHAALD goal is always added, so at least one goal is evaluated and the rank exists.
    qt().forAll(LeaGenerators.doelLijsten().maxAantal(12), integers().between(0, 12)).checkAssert((gegenereerd, i) -> {
      List<Doel> doelen = new ArrayList<>(gegenereerd);
      doelen.add(Doel.of(DoelStatus.NIET_BEHAALD));
      List<Doel> beter = new ArrayList<>(doelen);
      beter.set(i % doelen.size(), Doel.of(DoelStatus.BEHAALD));
      assertTrue(rang(Doelbereik.evalueer(beter)) >= rang(Doelbereik.evalueer(doelen)), doelen + " -> " + beter);
    });
  }

  @Test
  void orderOfTheGoalsDoesNotMatter() {
    qt().forAll(LeaGenerators.doelLijsten().maxAantal(12)).checkAssert(doelen -> {
      List<Doel> omgekeerd = new ArrayList<>(doelen);
      java.util.Collections.reverse(omgekeerd);
      assertEquals(Doelbereik.evalueer(doelen), Doelbereik.evalueer(omgekeerd));
    });
  }

  @Test
  void exactlyHalfIsDeHelftAndCountsAsHelftOfMeer() {
    qt().forAll(integers().between(1, 50)).checkAssert(n -> {
      List<Doel> doelen = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        doelen.add(Doel.of(DoelStatus.BEHAALD));
        doelen.add(Doel.of(i % 2 == 0 ? DoelStatus.NIET_BEHAALD : DoelStatus.NIET_GEEVALUEERD));
      }
      Doelbereik d = Doelbereik.evalueer(doelen);
      assertEquals(Doelbereik.DE_HELFT, d);
      assertTrue(d.helftOfMeer());
    });
  }
}
