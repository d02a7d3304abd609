package nl.lea.bereik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import nl.lea.core.Gemeente;
import nl.lea.core.Gemeentecode;
import nl.lea.core.resultaat.Resultaatafspraken;
import nl.lea.core.thema.AfspraakStatus;
import nl.lea.core.thema.LeaAntwoord;
import nl.lea.core.thema.LeaThema;
import nl.lea.core.thema.ThemaAntwoord;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.core.vve.Aanbod;
import nl.lea.core.vve.DoelgroepIndicator;
import nl.lea.core.vve.Doelgroepdefinitie;
import nl.lea.core.vve.Omvang;
import nl.lea.core.vve.OnderwerpAntwoord;
import nl.lea.core.vve.VveAntwoord;
import nl.lea.core.vve.VveOnderwerp;
import nl.lea.core.vve.VveUitkomst;
import org.junit.jupiter.api.Test;

/** Tabel 1.10 and 1.11 and §2.2 on small hand-built sets, and overflow behaviour. */
class AggregatenTest {

  static GemeenteAntwoord antwoord(Gemeente g, Aanbod aanbod, Doelgroepdefinitie def) {
    Map<LeaThema, ThemaAntwoord> lea = new EnumMap<>(LeaThema.class);
    for (LeaThema t : LeaThema.values()) {
      lea.put(t, ThemaAntwoord.geenOverleg(Set.of(), AfspraakStatus.GEEN));
    }
    VveAntwoord vve = VveAntwoord.of(
        OnderwerpAntwoord.of(VveOnderwerp.DOELGROEPDEFINITIE, VveUitkomst.VOLDOET), def,
        OnderwerpAntwoord.of(VveOnderwerp.TOELEIDING, VveUitkomst.VOLDOET),
        OnderwerpAntwoord.of(VveOnderwerp.DOORGAANDE_LIJN, VveUitkomst.VOLDOET),
        aanbod, Resultaatafspraken.geen());
    return GemeenteAntwoord.ingevuld(g, LeaAntwoord.of(lea), vve);
  }

  private static Gemeente g(int n) {
    return Gemeente.of(Gemeentecode.of(n), "Gemeente " + n);
  }

  private static Doelgroepdefinitie breedte(int k) {
    java.util.EnumSet<DoelgroepIndicator> set = java.util.EnumSet.noneOf(DoelgroepIndicator.class);
    for (int i = 0; i < k; i++) {
      set.add(DoelgroepIndicator.values()[i]);
    }
    return Doelgroepdefinitie.of(set);
  }

  @Test
  void tabel110SumsWithTheirSuppliers() {
    List<GemeenteAntwoord> lijst = List.of(
        antwoord(g(1), Aanbod.of(100, 120, 80), breedte(2)),
        antwoord(g(2), Aanbod.of(OptionalInt.of(50), OptionalInt.empty(), OptionalInt.of(60), Set.of(), Set.of()), breedte(5)),
        antwoord(g(3), Aanbod.onbekend(), breedte(8)),
        GemeenteAntwoord.nietIngevuld(g(4)));
    Bereikstatistiek stat = Bereikstatistiek.van(lijst);
    assertEquals(Som.of(150, 2), stat.doelgroeppeuters());
    assertEquals(Som.of(120, 1), stat.kindplaatsen());
    assertEquals(Som.of(140, 2), stat.bereikteDoelgroeppeuters());
    assertEquals(4, stat.aantalGemeenten());
    assertEquals(3, stat.aantalIngevuld());
    // pooled 140/150; mean (80/100 + 60/50) / 2 = (0.8 + 1.2) / 2 = 1
    assertEquals(Optional.of(Ratio.of(14, 15)), stat.gewogenBereik().waarde());
    assertEquals(Optional.of(Ratio.ONE), stat.gemiddeldBereik().waarde());
    assertEquals(1, stat.aantalOnderHonderdProcent());
    assertEquals(1, stat.aantalBovenHonderdProcent());
    // Tabel 1.11: per width class; gemeente 3 has no bereik, so BREED is empty
    assertEquals(Optional.of(Ratio.of(4, 5)), stat.gemiddeldBereik(Omvang.SMAL).waarde());
    assertEquals(Optional.of(Ratio.of(6, 5)), stat.gemiddeldBereik(Omvang.MIDDEN).waarde());
    assertEquals(Gemiddelde.LEEG, stat.gemiddeldBereik(Omvang.BREED));
    assertEquals(1, stat.aantal(Toereikendheid.VOLDOENDE));
    assertEquals(2, stat.aantal(Toereikendheid.ONBEKEND));
  }

  @Test
  void gemeentenWithoutAWidthClassAreLeftOutOfTabel111() {
    Bereikstatistiek stat = Bereikstatistiek.van(List.of(antwoord(g(1), Aanbod.of(10, 10, 5), Doelgroepdefinitie.onbekend())));
    assertEquals(1, stat.gemiddeldBereik().aantal());
    for (Omvang o : Omvang.values()) {
      assertEquals(0, stat.gemiddeldBereik(o).aantal());
    }
  }

  /** Report §2.2: 209 / 54 / 77 through the aggregate, out of 340. */
  @Test
  void kindplaatsenCategoriesThroughTheAggregate() {
    List<GemeenteAntwoord> lijst = new ArrayList<>();
    int n = 0;
    for (int i = 0; i < 209; i++) {
      lijst.add(antwoord(g(n++), Aanbod.of(100, 100 + i, 50), Doelgroepdefinitie.onbekend()));
    }
    for (int i = 0; i < 54; i++) {
      lijst.add(antwoord(g(n++), Aanbod.of(100, 99 - i, 50), Doelgroepdefinitie.onbekend()));
    }
    for (int i = 0; i < 77; i++) {
      lijst.add(antwoord(g(n++), Aanbod.onbekend(), Doelgroepdefinitie.onbekend()));
    }
    Bereikstatistiek stat = lijst.parallelStream().collect(Bereikstatistiek.collector());
    assertEquals(209, stat.aantal(Toereikendheid.VOLDOENDE));
    assertEquals(54, stat.aantal(Toereikendheid.ONVOLDOENDE));
    assertEquals(77, stat.aantal(Toereikendheid.ONBEKEND));
  }

  @Test
  void theReportsPooledBereik() {
    // 43,334 of 53,257 doelgroeppeuters reached: 81.37%.
    GewogenBereik g = GewogenBereik.of(43_334, 53_257, 273);
    assertEquals(81, g.waarde().orElseThrow().procent());
    assertEquals(new java.math.BigDecimal("81.37"), g.waarde().orElseThrow().toBigDecimal(4).movePointRight(2));
  }

  @Test
  void sumsPassTwoToTheThirtyFirstWithoutLoss() {
    // 2,148 gemeenten of 1,000,000 doelgroeppeuters: 2,148,000,000 > 2^31 - 1.
    Som som = Som.LEEG;
    for (int i = 0; i < 2_148; i++) {
      som = som.plus(OptionalInt.of(1_000_000));
    }
    assertEquals(2_148_000_000L, som.waarde());
    assertTrue(som.waarde() > Integer.MAX_VALUE);
    assertEquals(2_148, som.aantal());
  }

  @Test
  void sumsPastLongMaxValueRaiseAClearException() {
    Som bijnaVol = Som.of(Long.MAX_VALUE - 10, 1);
    ArithmeticException e = assertThrows(ArithmeticException.class, () -> bijnaVol.plus(OptionalInt.of(11)));
    assertTrue(e.getMessage().contains("overflows a long"), e.getMessage());
    assertEquals(Long.MAX_VALUE, bijnaVol.plus(OptionalInt.of(10)).waarde());
    assertThrows(ArithmeticException.class,
        () -> GewogenBereik.of(1, Long.MAX_VALUE, 1).merge(GewogenBereik.of(1, 1, 1)));
  }
}
