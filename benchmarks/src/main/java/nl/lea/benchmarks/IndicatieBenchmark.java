package nl.lea.benchmarks;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.lea.bereik.Indicatie;
import nl.lea.bereik.PeuterTelling;
import nl.lea.bereik.Peuterregister;
import nl.lea.core.vve.DoelgroepIndicator;
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
 * Indicatie and per-gemeente aggregation over 1,000,000 records and three definitions: the library
 * (sequential and parallel) against the fastest hand loop over the same packed ints (the limit), a
 * pass that only sums them (memory bandwidth), the branchy loop over plain arrays, and the naive
 * stream.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
public class IndicatieBenchmark {

  /** The packed register and the compiled definition; the naive objects live in their own state. */
  @State(Scope.Benchmark)
  public static class Register {
    @Param({"SMAL", "MIDDEN", "BREED"})
    public String definitie;

    @Param({"1000000"})
    public int n;

    Registerdata data;
    Peuterregister register;
    Indicatie indicatie;
    int[] clausules;
    int[] gepakt;
    Baselines.Gegroepeerd gegroepeerd;
    long[] tabel;

    @Setup(Level.Trial)
    public void maak() {
      data = new Registerdata(n, 42);
      register = data.register();
      indicatie = Indicatie.van(Registerdata.definitie(definitie));
      clausules = Baselines.clausules(Registerdata.definitie(definitie));
      gepakt = Baselines.gepakt(data);
      gegroepeerd = Baselines.gegroepeerd(gepakt);
      tabel = Baselines.tabel(clausules);
    }
  }

  /** The same records as objects, for the naive baseline only. */
  @State(Scope.Benchmark)
  public static class Objecten {
    @Param({"SMAL", "MIDDEN", "BREED"})
    public String definitie;

    @Param({"1000000"})
    public int n;

    List<Baselines.Kind> kinderen;
    List<EnumSet<DoelgroepIndicator>> enumClausules;

    @Setup(Level.Trial)
    public void maak() {
      kinderen = Baselines.kinderen(new Registerdata(n, 42));
      enumClausules = Baselines.enumClausules(Registerdata.definitie(definitie));
    }
  }

  @Benchmark
  public PeuterTelling library(Register r) {
    return r.register.tel(r.indicatie);
  }

  @Benchmark
  public PeuterTelling libraryParallel(Register r) {
    return r.register.telParallel(r.indicatie);
  }

  @Benchmark
  public long[][] limit(Register r) {
    return Baselines.limiet(r.gegroepeerd, r.tabel);
  }

  @Benchmark
  public long bandwidth(Register r) {
    return Baselines.bandbreedte(r.gepakt);
  }

  @Benchmark
  public long[][] branchyLoop(Register r) {
    return Baselines.lus(r.data, r.clausules);
  }

  @Benchmark
  public Map<String, long[]> naive(Objecten o) {
    return Baselines.naief(o.kinderen, o.enumClausules);
  }
}
