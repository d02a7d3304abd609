package nl.lea.testkit.kern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import nl.lea.core.Gemeentecode;
import nl.lea.core.peuter.*;
import nl.lea.core.vve.DoelgroepIndicator;
import nl.lea.testkit.LeaGenerators;
import org.junit.jupiter.api.Test;

/** docs/domein.md §3.13 as laws over generated definitions and toddlers. */
class PeuterProperties {

  @Test
  void aToddlerBelongsExactlyWhenItsIndicatorsSatisfyTheDefinition() {
    qt().forAll(LeaGenerators.doelgroepdefinities(), LeaGenerators.deelverzamelingen(DoelgroepIndicator.class))
        .checkAssert((def, kenmerken) -> assertEquals(
            def.isDoelgroep(kenmerken),
            Peuter.of("x", Gemeentecode.of(14), 36, kenmerken, false).isDoelgroep(def)));
  }

  @Test
  void theVeAgeIsThirtyUpToFortyEight() {
    qt().forAll(LeaGenerators.peuters()).checkAssert(p ->
        assertEquals(p.leeftijdInMaanden() >= 30 && p.leeftijdInMaanden() < 48, p.isVeLeeftijd()));
  }
}
