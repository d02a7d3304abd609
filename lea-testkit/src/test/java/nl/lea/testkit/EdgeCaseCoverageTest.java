package nl.lea.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.lea.core.doel.Doelbereik;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Each listed boundary appears in the first 1,000 samples of its generator with a fixed seed. */
class EdgeCaseCoverageTest {

  private static final long SEED = 20_221_231L;

  private static <T> List<T> eerste1000(Gen<T> gen) {
    List<T> samples = new ArrayList<>();
    qt().withFixedSeed(SEED).withExamples(1_000).forAll(gen).checkAssert(samples::add);
    return samples;
  }

  private static <T> void bevat(List<T> samples, Set<T> verwacht) {
    Set<T> gezien = new HashSet<>(samples);
    for (T t : verwacht) {
      assertTrue(gezien.contains(t), "missing " + t + " in " + samples.size() + " samples");
    }
  }

  @Test
  void countsZeroOneAndOneMillion() {
    bevat(eerste1000(LeaGenerators.aantallen()), Set.of(0, 1, 1_000_000));
    List<Integer> doelgroep = new ArrayList<>();
    eerste1000(LeaGenerators.aanbod()).forEach(a -> a.doelgroeppeuters().ifPresent(doelgroep::add));
    bevat(doelgroep, Set.of(0, 1, 1_000_000));
  }

  @Test
  void exactlyHalfOfTheGoalsAchieved() {
    List<Doelbereik> categorieen = new ArrayList<>();
    eerste1000(LeaGenerators.doelLijsten()).forEach(d -> categorieen.add(Doelbereik.evalueer(d)));
    bevat(categorieen, Set.of(Doelbereik.DE_HELFT, Doelbereik.GEEN_DOELEN, Doelbereik.ALLE_BEHAALD));
  }

  @Test
  void widthsThreeFourSixAndSeven() {
    List<Integer> breedtes = new ArrayList<>();
    eerste1000(LeaGenerators.doelgroepdefinities()).forEach(d -> breedtes.add(d.aantalIndicatoren()));
    bevat(breedtes, Set.of(0, 3, 4, 6, 7, 9));
  }

  @Test
  void ageTwentyNineThirtyFortySevenAndFortyEightMonths() {
    bevat(eerste1000(LeaGenerators.leeftijdenInMaanden()), Set.of(29, 30, 47, 48));
    List<Integer> leeftijden = new ArrayList<>();
    eerste1000(LeaGenerators.peuters()).forEach(p -> leeftijden.add(p.leeftijdInMaanden()));
    bevat(leeftijden, Set.of(29, 30, 47, 48));
  }

  @Test
  void awkwardDocuments() {
    boolean nietIngevuld = false;
    boolean ontbrekend = false;
    boolean bovenHonderd = false;
    boolean metCriteria = false;
    boolean zonderCriteria = false;
    for (var v : eerste1000(LeaGenerators.vragenlijsten())) {
      for (var a : v.gemeenten()) {
        if (a.vve().isEmpty()) {
          nietIngevuld = true;
          continue;
        }
        var aanbod = a.vve().get().aanbod();
        ontbrekend |= !aanbod.isVolledig();
        bovenHonderd |= aanbod.doelgroeppeuters().orElse(0) > 0
            && aanbod.bereikteDoelgroeppeuters().orElse(0) > aanbod.doelgroeppeuters().getAsInt();
        metCriteria |= a.vve().get().doelgroepdefinitie().criteria().isPresent();
        zonderCriteria |= a.vve().get().doelgroepdefinitie().criteria().isEmpty();
      }
    }
    assertTrue(nietIngevuld && ontbrekend && bovenHonderd && metCriteria && zonderCriteria);
  }
}
