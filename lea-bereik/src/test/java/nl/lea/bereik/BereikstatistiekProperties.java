package nl.lea.bereik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.lea.core.Gemeente;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.core.vve.Aanbod;
import nl.lea.core.vve.Omvang;
import nl.lea.testkit.LeaGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** docs/domein.md §3.11 aggregates stated as laws: merge, split, parallel, bounds. */
class BereikstatistiekProperties {

  private static final Gen<List<GemeenteAntwoord>> ANTWOORDEN =
      lists().of(LeaGenerators.gemeenteAntwoorden().aandeelNietIngevuld(10)).ofSizeBetween(0, 40);

  @Test
  void mergeIsAssociativeAndCommutativeWithAnIdentity() {
    qt().withExamples(300).forAll(ANTWOORDEN, ANTWOORDEN, ANTWOORDEN).checkAssert((a, b, c) -> {
      Bereikstatistiek x = Bereikstatistiek.van(a);
      Bereikstatistiek y = Bereikstatistiek.van(b);
      Bereikstatistiek z = Bereikstatistiek.van(c);
      assertEquals(x.merge(y).merge(z), x.merge(y.merge(z)));
      assertEquals(x.merge(y), y.merge(x));
      assertEquals(x, x.merge(Bereikstatistiek.LEEG));
      assertEquals(x, Bereikstatistiek.LEEG.merge(x));
    });
  }

  @Test
  void splittingAnywhereAndMergingEqualsTheWhole() {
    qt().withExamples(300).forAll(ANTWOORDEN, integers().between(0, 40)).checkAssert((lijst, i) -> {
      int k = Math.min(i, lijst.size());
      assertEquals(Bereikstatistiek.van(lijst),
          Bereikstatistiek.van(lijst.subList(0, k)).merge(Bereikstatistiek.van(lijst.subList(k, lijst.size()))));
    });
  }

  @Test
  void aParallelStreamGivesTheSameAnswerAsALoop() {
    qt().withExamples(100).forAll(lists().of(LeaGenerators.gemeenteAntwoorden()).ofSizeBetween(0, 400)).checkAssert(lijst -> {
      Bereikstatistiek lus = Bereikstatistiek.LEEG;
      for (GemeenteAntwoord a : lijst) {
        lus = lus.merge(Bereikstatistiek.van(a));
      }
      assertEquals(lus, lijst.parallelStream().collect(Bereikstatistiek.collector()));
      assertEquals(lus, lijst.stream().collect(Bereikstatistiek.collector()));
    });
  }

  @Test
  void thePooledBereikLiesBetweenTheSmallestAndLargestBereik() {
    qt().withExamples(500).forAll(ANTWOORDEN).checkAssert(lijst -> {
      List<Ratio> bereiken = bereiken(lijst);
      Optional<Ratio> gewogen = Bereikstatistiek.van(lijst).gewogenBereik().waarde();
      Optional<Ratio> gemiddeld = Bereikstatistiek.van(lijst).gemiddeldBereik().waarde();
      assertEquals(bereiken.isEmpty(), gewogen.isEmpty());
      if (!bereiken.isEmpty()) {
        Ratio min = bereiken.stream().min(Ratio::compareTo).orElseThrow();
        Ratio max = bereiken.stream().max(Ratio::compareTo).orElseThrow();
        for (Ratio r : List.of(gewogen.get(), gemiddeld.get())) {
          assertTrue(min.compareTo(r) <= 0 && r.compareTo(max) <= 0, min + " <= " + r + " <= " + max);
        }
      }
    });
  }

  @Test
  void theMeanOfEqualBereikenIsThatBereik() {
    qt().forAll(integers().between(1, 50), integers().between(1, 1_000), integers().between(0, 1_500)).checkAssert((n, d, b) -> {
      int bereikt = Math.min(b, Aanbod.MAX_AANTAL);
      List<GemeenteAntwoord> lijst = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        lijst.add(antwoord(i, Aanbod.of(d * (i + 1), 0, bereikt * (i + 1))));
      }
      Bereikstatistiek stat = Bereikstatistiek.van(lijst);
      assertEquals(Optional.of(Ratio.of(bereikt, d)), stat.gemiddeldBereik().waarde());
      assertEquals(Optional.of(Ratio.of(bereikt, d)), stat.gewogenBereik().waarde());
      assertEquals(n.longValue(), stat.gemiddeldBereik().aantal());
    });
  }

  @Test
  void theMeanIsTheExactAverageOfTheGemeenteBereiken() {
    qt().withExamples(500).forAll(ANTWOORDEN).checkAssert(lijst -> {
      List<Ratio> bereiken = bereiken(lijst);
      Gemiddelde g = Bereikstatistiek.van(lijst).gemiddeldBereik();
      assertEquals(bereiken.size(), g.aantal());
      Ratio som = bereiken.stream().reduce(Ratio.ZERO, Ratio::add);
      assertEquals(bereiken.isEmpty() ? Optional.empty() : Optional.of(som.divide(bereiken.size())), g.waarde());
    });
  }

  @Test
  void countsPartitionTheReturnedQuestionnaires() {
    qt().withExamples(500).forAll(ANTWOORDEN).checkAssert(lijst -> {
      Bereikstatistiek stat = Bereikstatistiek.van(lijst);
      long ingevuld = lijst.stream().filter(GemeenteAntwoord::isIngevuld).count();
      assertEquals(lijst.size(), stat.aantalGemeenten());
      assertEquals(ingevuld, stat.aantalIngevuld());
      assertEquals(ingevuld, stat.aantal(Toereikendheid.VOLDOENDE) + stat.aantal(Toereikendheid.ONVOLDOENDE)
          + stat.aantal(Toereikendheid.ONBEKEND));
      long perOmvang = 0;
      for (Omvang o : Omvang.values()) {
        perOmvang += stat.gemiddeldBereik(o).aantal();
      }
      assertTrue(perOmvang <= stat.gemiddeldBereik().aantal());
      assertTrue(stat.doelgroeppeuters().aantal() <= ingevuld);
      assertTrue(stat.aantalOnderHonderdProcent() + stat.aantalBovenHonderdProcent() <= stat.gemiddeldBereik().aantal());
    });
  }

  private static List<Ratio> bereiken(List<GemeenteAntwoord> lijst) {
    return lijst.stream().filter(GemeenteAntwoord::isIngevuld)
        .map(a -> Bereik.van(a.vve().get().aanbod())).filter(Optional::isPresent).map(Optional::get)
        .collect(Collectors.toList());
  }

  static GemeenteAntwoord antwoord(int i, Aanbod aanbod) {
    return AggregatenTest.antwoord(Gemeente.of(nl.lea.core.Gemeentecode.of(i), "G" + i), aanbod,
        nl.lea.core.vve.Doelgroepdefinitie.onbekend());
  }
}
