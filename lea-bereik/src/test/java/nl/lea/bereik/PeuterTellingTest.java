package nl.lea.bereik;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.lea.core.Gemeentecode;
import nl.lea.core.peuter.Peuter;
import nl.lea.core.vve.DoelgroepIndicator;
import nl.lea.core.vve.Doelgroepdefinitie;
import nl.lea.testkit.LeaGenerators;
import org.junit.jupiter.api.Test;

/** docs/domein.md §3.13: counts per gemeente from toddler records. */
class PeuterTellingTest {

  private static final Gemeentecode A = Gemeentecode.of(14);
  private static final Gemeentecode B = Gemeentecode.of(34);
  private static final Doelgroepdefinitie THUISTAAL = Doelgroepdefinitie.of(Set.of(DoelgroepIndicator.THUISTAAL));

  @Test
  void countsToddlersOfVeAgeInTheDoelgroep() {
    List<Peuter> peuters = List.of(
        Peuter.of("1", A, 29, Set.of(DoelgroepIndicator.THUISTAAL), true),   // too young
        Peuter.of("2", A, 30, Set.of(DoelgroepIndicator.THUISTAAL), true),   // counts, reached
        Peuter.of("3", A, 47, Set.of(DoelgroepIndicator.THUISTAAL), false),  // counts
        Peuter.of("4", A, 48, Set.of(DoelgroepIndicator.THUISTAAL), true),   // too old
        Peuter.of("5", A, 36, Set.of(DoelgroepIndicator.HERKOMST_KIND), true), // not in the doelgroep
        Peuter.of("6", B, 12, Set.of(), false));                               // B occurs, counts 0
    PeuterTelling telling = PeuterTelling.van(peuters, THUISTAAL);
    PeuterTelling.Gemeente a = telling.gemeente(A).orElseThrow();
    assertEquals(2, a.doelgroeppeuters());
    assertEquals(1, a.bereikteDoelgroeppeuters());
    assertEquals(Optional.of(Ratio.of(1, 2)), a.bereik());
    assertEquals(0, telling.gemeente(B).orElseThrow().doelgroeppeuters());
    assertEquals(Optional.empty(), telling.gemeente(B).orElseThrow().bereik());
    assertEquals(List.of(A, B), List.copyOf(telling.perGemeente().keySet()));
  }

  @Test
  void collectorParallelEqualsTheLoopAndTheOracle() {
    List<Gemeentecode> codes = List.of(A, B, Gemeentecode.of(363));
    qt().withExamples(200).forAll(
        lists().of(LeaGenerators.peuters().gemeenten(codes)).ofSizeBetween(0, 300),
        LeaGenerators.doelgroepdefinities()).checkAssert((peuters, def) -> {
          PeuterTelling lus = PeuterTelling.van(peuters, def);
          assertEquals(lus, peuters.parallelStream().collect(PeuterTelling.collector(def)));
          for (Gemeentecode code : codes) {
            long doelgroep = peuters.stream().filter(p -> p.gemeente().equals(code))
                .filter(p -> p.leeftijdInMaanden() >= 30 && p.leeftijdInMaanden() < 48 && def.isDoelgroep(p.indicatoren())).count();
            long bereikt = peuters.stream().filter(p -> p.gemeente().equals(code))
                .filter(p -> p.leeftijdInMaanden() >= 30 && p.leeftijdInMaanden() < 48 && def.isDoelgroep(p.indicatoren()) && p.veDeelname()).count();
            boolean komtVoor = peuters.stream().anyMatch(p -> p.gemeente().equals(code));
            assertEquals(komtVoor, lus.gemeente(code).isPresent());
            lus.gemeente(code).ifPresent(g -> {
              assertEquals(doelgroep, g.doelgroeppeuters());
              assertEquals(bereikt, g.bereikteDoelgroeppeuters());
            });
          }
        });
  }

  @Test
  void mergeOfSplitsEqualsTheWhole() {
    qt().withExamples(200).forAll(lists().of(LeaGenerators.peuters().gemeenten(List.of(A, B))).ofSizeBetween(0, 100))
        .checkAssert(peuters -> {
          int k = peuters.size() / 3;
          assertEquals(PeuterTelling.van(peuters, THUISTAAL),
              PeuterTelling.van(peuters.subList(0, k), THUISTAAL).merge(PeuterTelling.van(peuters.subList(k, peuters.size()), THUISTAAL)));
          assertEquals(PeuterTelling.van(peuters, THUISTAAL), PeuterTelling.van(peuters, THUISTAAL).merge(PeuterTelling.LEEG));
        });
  }
}
