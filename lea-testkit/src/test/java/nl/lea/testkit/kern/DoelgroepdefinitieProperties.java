package nl.lea.testkit.kern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Optional;
import java.util.Set;
import nl.lea.core.vve.*;
import nl.lea.testkit.LeaGenerators;
import org.junit.jupiter.api.Test;

/** docs/domein.md §3.10 stated as laws: width classification and DNF membership. */
class DoelgroepdefinitieProperties {

  private static int rang(Optional<Omvang> omvang) {
    return omvang.map(o -> o.ordinal() + 1).orElse(0);
  }

  @Test
  void standardClassificationIsATotalMonotonePartitionOfOneToNine() {
    qt().forAll(integers().between(0, 9), integers().between(0, 9)).checkAssert((a, b) -> {
      Optional<Omvang> ca = OmvangIndeling.standaard().classificeer(a);
      assertEquals(a == 0, ca.isEmpty(), "only 0 indicators has no class");
      if (a <= b) {
        assertTrue(rang(ca) <= rang(OmvangIndeling.standaard().classificeer(b)), a + " vs " + b);
      }
    });
  }

  @Test
  void customClassificationIsATotalMonotonePartitionBeyondNine() {
    qt().forAll(integers().between(1, 50), integers().between(1, 50), integers().between(0, 120), integers().between(0, 120))
        .checkAssert((maxSmal, breedteMidden, a, b) -> {
          int maxMidden = maxSmal + breedteMidden;
          OmvangIndeling indeling = OmvangIndeling.of(maxSmal, maxMidden);
          Optional<Omvang> ca = indeling.classificeer(a);
          // Exactly one class per positive k, and the class is the one whose interval holds k.
          Omvang verwacht = a <= maxSmal ? Omvang.SMAL : a <= maxMidden ? Omvang.MIDDEN : Omvang.BREED;
          assertEquals(a == 0 ? Optional.empty() : Optional.of(verwacht), ca);
          if (a <= b) {
            assertTrue(rang(ca) <= rang(indeling.classificeer(b)));
          }
        });
  }

  @Test
  void membershipIsSomeClauseContainedInTheToddlersIndicators() {
    qt().forAll(LeaGenerators.doelgroepdefinities(), LeaGenerators.deelverzamelingen(DoelgroepIndicator.class)).checkAssert((def, kenmerken) -> {
      boolean oracle = false;
      for (Set<DoelgroepIndicator> clausule : def.criteria().orElse(null) == null
          ? singletons(def.indicatoren()) : def.criteria().get()) {
        boolean alle = true;
        for (DoelgroepIndicator i : clausule) {
          alle &= kenmerken.contains(i);
        }
        oracle |= alle;
      }
      assertEquals(oracle, def.isDoelgroep(kenmerken));
    });
  }

  @Test
  void membershipIsMonotoneInTheToddlersIndicators() {
    qt().forAll(LeaGenerators.doelgroepdefinities(), LeaGenerators.deelverzamelingen(DoelgroepIndicator.class), LeaGenerators.deelverzamelingen(DoelgroepIndicator.class))
        .checkAssert((def, a, b) -> {
          java.util.EnumSet<DoelgroepIndicator> groter = java.util.EnumSet.noneOf(DoelgroepIndicator.class);
          groter.addAll(a);
          groter.addAll(b);
          assertTrue(!def.isDoelgroep(a) || def.isDoelgroep(groter));
        });
  }

  @Test
  void parseReadsBackToString() {
    qt().forAll(LeaGenerators.doelgroepdefinities()).checkAssert(def -> {
      assertEquals(def, Doelgroepdefinitie.parse(def.toString()));
      assertEquals(def.hashCode(), Doelgroepdefinitie.parse(def.toString()).hashCode());
    });
  }

  @Test
  void anotherSpellingOfTheSameRuleIsEqualAndDecidesAlike() {
    // Clauses reversed and one repeated: the same rule, so the same definition.
    qt().forAll(LeaGenerators.doelgroepdefinities()).checkAssert(def -> {
      if (def.clausules().isEmpty()) {
        return;
      }
      java.util.List<java.util.Set<DoelgroepIndicator>> anders = new java.util.ArrayList<>(def.clausules());
      java.util.Collections.reverse(anders);
      anders.add(anders.get(0));
      Doelgroepdefinitie b = Doelgroepdefinitie.metCriteria(anders);
      assertEquals(def, b);
      assertEquals(def.hashCode(), b.hashCode());
      assertEquals(def.toString(), b.toString());
      for (int masker = 0; masker < 512; masker++) {
        java.util.Set<DoelgroepIndicator> k = java.util.EnumSet.noneOf(DoelgroepIndicator.class);
        for (DoelgroepIndicator i : DoelgroepIndicator.values()) {
          if ((masker & (1 << i.ordinal())) != 0) {
            k.add(i);
          }
        }
        assertEquals(def.isDoelgroep(k), b.isDoelgroep(k));
      }
    });
  }

  @Test
  void theUnionOfTheClausesIsTheIndicatorSet() {
    qt().forAll(LeaGenerators.doelgroepdefinities()).checkAssert(def -> {
      java.util.EnumSet<DoelgroepIndicator> vereniging = java.util.EnumSet.noneOf(DoelgroepIndicator.class);
      def.clausules().forEach(vereniging::addAll);
      assertEquals(def.indicatoren(), vereniging);
      assertEquals(def.omvang(), OmvangIndeling.standaard().classificeer(def.indicatoren().size()));
    });
  }

  private static java.util.List<Set<DoelgroepIndicator>> singletons(Set<DoelgroepIndicator> indicatoren) {
    java.util.List<Set<DoelgroepIndicator>> lijst = new java.util.ArrayList<>();
    indicatoren.forEach(i -> lijst.add(Set.of(i)));
    return lijst;
  }
}
