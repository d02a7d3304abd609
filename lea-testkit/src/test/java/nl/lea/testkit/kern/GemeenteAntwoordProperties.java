package nl.lea.testkit.kern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import nl.lea.core.Gemeente;
import nl.lea.core.vragenlijst.*;
import nl.lea.testkit.LeaGenerators;
import org.junit.jupiter.api.Test;

/** The per-gemeente answer as laws over generated LEA and vve answers. */
class GemeenteAntwoordProperties {

  private static final Gemeente GRONINGEN = Gemeente.of("GM0014", "Groningen");

  @Test
  void filledInAnswersCarryLeaAndVveAndHaveValueEquality() {
    qt().withExamples(300).forAll(LeaGenerators.leaAntwoorden(), LeaGenerators.vveAntwoorden()).checkAssert((lea, vve) -> {
      GemeenteAntwoord a = GemeenteAntwoord.ingevuld(GRONINGEN, lea, vve);
      assertTrue(a.isIngevuld());
      assertEquals(lea, a.lea().orElseThrow());
      assertEquals(vve, a.vve().orElseThrow());
      assertEquals(a, GemeenteAntwoord.ingevuld(Gemeente.of("GM0014", "Groningen"), lea, vve));
      assertEquals(a.hashCode(), GemeenteAntwoord.ingevuld(Gemeente.of("GM0014", "Groningen"), lea, vve).hashCode());
    });
  }
}
