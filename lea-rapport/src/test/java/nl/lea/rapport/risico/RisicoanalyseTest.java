package nl.lea.rapport.risico;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeente;
import nl.lea.core.toezicht.Domein;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.testkit.LeaGenerators;
import org.junit.jupiter.api.Test;

/** docs/domein.md §5.1: the risk analysis and its default rules. */
class RisicoanalyseTest {

  /** The default rules' codes, in the order of docs/toezicht.md §3 (L5: docs/jaarverantwoording.md §5). */
  private static final List<String> CODES = List.of("L0", "L1", "L2", "L3", "L4", "L5", "V1", "V2", "V3", "V4", "V5");

  @Test
  void theDefaultRulesInTableOrder() {
    assertEquals(CODES,
        Risicoregels.standaard().stream().map(Risicoregel::code).collect(Collectors.toList()));
    Risicoregels.standaard().forEach(r -> assertTrue(r.uitleg().endsWith("."), r.code()));
  }

  @Test
  void aGemeenteThatReturnedNothingFiresL0OnlyInBothDomains() {
    Risicoprofiel p = Risicoanalyse.standaard().profiel(GemeenteAntwoord.nietIngevuld(Gemeente.of("GM0072", "Harlingen")));
    assertEquals(List.of(Risicoregels.L0), p.regels());
    assertEquals(Risicocategorie.LEA_EN_VVE, p.categorie());
  }

  @Test
  void categoryIsGeenIffNoRuleFiredAndFollowsTheDomains() {
    qt().forAll(LeaGenerators.gemeenteAntwoorden().aandeelNietIngevuld(10)).checkAssert(a -> {
      Risicoprofiel p = Risicoanalyse.standaard().profiel(a);
      assertEquals(p.regels().isEmpty(), p.categorie() == Risicocategorie.GEEN);
      boolean lea = p.regels().stream().anyMatch(r -> r.domeinen().contains(Domein.LEA));
      boolean vve = p.regels().stream().anyMatch(r -> r.domeinen().contains(Domein.VVE));
      assertEquals(lea && vve ? Risicocategorie.LEA_EN_VVE : lea ? Risicocategorie.LEA : vve ? Risicocategorie.VVE : Risicocategorie.GEEN,
          p.categorie());
      // Rules are independent: L1 implies L2 and L4, and all are listed.
      assertTrue(!p.heeftGevuurd("L1") || p.heeftGevuurd("L2"));
      assertTrue(!p.heeftGevuurd("L1") || p.heeftGevuurd("L4"));
      assertTrue(!p.heeftGevuurd("L2") || p.heeftGevuurd("L4"));
      // L4 (docs/toezicht.md §3): some thema without overleg.
      assertEquals(a.lea().map(l -> l.perThema().values().stream().anyMatch(t -> !t.overleg())).orElse(false), p.heeftGevuurd("L4"));
      assertEquals(!a.isIngevuld(), p.heeftGevuurd("L0"));
      if (!a.isIngevuld()) {
        assertEquals(1, p.regels().size());
      }
    });
  }

  @Test
  void l5FiresExactlyWhenAJaarverantwoordingHadNoLeaOverlegAndNeverOnVersion1() {
    qt().forAll(LeaGenerators.gemeenteAntwoorden().jaarverantwoording(nl.lea.core.Verslagjaar.of(2023))).checkAssert(a ->
        assertEquals(a.jaarlijksOverleg().map(o -> !o.leaOverlegGevoerd()).orElse(false),
            Risicoanalyse.standaard().profiel(a).heeftGevuurd("L5")));
    qt().forAll(LeaGenerators.gemeenteAntwoorden()).checkAssert(a -> assertTrue(!Risicoanalyse.standaard().profiel(a).heeftGevuurd("L5")));
    assertEquals(Set.of(Domein.LEA), Risicoanalyse.standaard().domeinen("L5"));
  }

  @Test
  void asRegelsetTheAnalysisGivesCodesDomeinenAndFiredRules() {
    Risicoanalyse a = Risicoanalyse.standaard();
    assertEquals(CODES, a.codes());
    assertEquals(Set.of(Domein.LEA, Domein.VVE), a.domeinen("L0"));
    assertEquals(Set.of(Domein.LEA), a.domeinen("L4"));
    assertEquals(List.of("L0"), a.gevuurd(GemeenteAntwoord.nietIngevuld(Gemeente.of("GM0072", "Harlingen"))));
    DomainValidationException e = assertThrows(DomainValidationException.class, () -> a.domeinen("X9"));
    assertEquals("code", e.field());
  }

  @Test
  void rulesAreReplaceableValues() {
    Risicoregel altijd = Risicoregel.of("X1", Set.of(Domein.VVE), "Altijd.", a -> true);
    Risicoanalyse eigen = Risicoanalyse.met(List.of(altijd, Risicoregels.L1));
    assertEquals(Risicocategorie.VVE, eigen.profiel(GemeenteAntwoord.nietIngevuld(Gemeente.of("GM0001", "X"))).categorie());
    assertThrows(DomainValidationException.class, () -> Risicoanalyse.met(List.of(altijd, altijd)));
    assertThrows(DomainValidationException.class, () -> Risicoregel.of(" ", Set.of(Domein.LEA), "x", a -> true));
    assertThrows(DomainValidationException.class, () -> Risicoregel.of("X", Set.of(), "x", a -> true));
  }
}
