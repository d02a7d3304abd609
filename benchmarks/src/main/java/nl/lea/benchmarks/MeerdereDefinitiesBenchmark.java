package nl.lea.benchmarks;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import nl.lea.bereik.Indicatie;
import nl.lea.bereik.PeuterTelling;
import nl.lea.bereik.Peuterregister;
import nl.lea.core.vve.DoelgroepIndicator;
import nl.lea.core.vve.Doelgroepdefinitie;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Many candidate definitions over the same 1,000,000 records: one pass that summarises the register
 * and answers every definition ({@code overzicht}), against today's single-definition path run once
 * per definition ({@code perDefinitie}), one definition on its own ({@code eenDefinitie}), the
 * pass that makes the summary alone ({@code pas}), and one definition by the library's loop from
 * before the register was grouped ({@code eenDefinitieVoor14}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@State(Scope.Benchmark)
public class MeerdereDefinitiesBenchmark {

  @Param({"1", "10", "100", "1000"})
  public int definities;

  Peuterregister register;
  List<Indicatie> indicaties;
  int[] gepakt;
  byte[] beslissingen;

  @Setup(Level.Trial)
  public void maak() {
    Registerdata data = new Registerdata(1_000_000, 42);
    register = data.register();
    List<Doelgroepdefinitie> kandidaten = kandidaatDefinities(definities, 11);
    indicaties = kandidaten.stream().map(Indicatie::van).toList();
    gepakt = Baselines.gepakt(data);
    beslissingen = Baselines.beslissingen(Baselines.clausules(kandidaten.get(0)));
  }

  /** The {@link #kandidaatDefinities} compiled. */
  static List<Indicatie> kandidaten(int aantal, long seed) {
    return kandidaatDefinities(aantal, seed).stream().map(Indicatie::van).toList();
  }

  /**
   * Deterministic candidate definitions as an analyst writes them: 1 to 3 clauses of 1 to 3
   * indicators each.
   */
  static List<Doelgroepdefinitie> kandidaatDefinities(int aantal, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    DoelgroepIndicator[] alle = DoelgroepIndicator.values();
    List<Doelgroepdefinitie> lijst = new ArrayList<>(aantal);
    for (int i = 0; i < aantal; i++) {
      List<Set<DoelgroepIndicator>> clausules = new ArrayList<>();
      int k = 1 + r.nextInt(3);
      for (int c = 0; c < k; c++) {
        Set<DoelgroepIndicator> clausule = EnumSet.noneOf(DoelgroepIndicator.class);
        int m = 1 + r.nextInt(3);
        while (clausule.size() < m) {
          clausule.add(alle[r.nextInt(alle.length)]);
        }
        clausules.add(clausule);
      }
      lijst.add(Doelgroepdefinitie.metCriteria(clausules));
    }
    return lijst;
  }

  @Benchmark
  public List<PeuterTelling> overzicht() {
    return register.overzicht().tel(indicaties);
  }

  @Benchmark
  public List<PeuterTelling> perDefinitie() {
    List<PeuterTelling> uit = new ArrayList<>(indicaties.size());
    for (Indicatie i : indicaties) {
      uit.add(register.tel(i));
    }
    return uit;
  }

  @Benchmark
  public PeuterTelling eenDefinitie() {
    return register.tel(indicaties.get(0));
  }

  /**
   * The first definition by the loop from before the register was grouped, over the ungrouped
   * packed ints (see {@link Baselines#ongegroepeerd}).
   */
  @Benchmark
  public long[][] eenDefinitieVoor14() {
    return Baselines.ongegroepeerd(gepakt, beslissingen);
  }

  /** The one pass alone: the summary with its sums, no definition answered (the same for every parameter). */
  @Benchmark
  public Object pas() {
    return register.overzicht();
  }
}
