package nl.lea.benchmarks;

import java.util.concurrent.TimeUnit;
import nl.lea.bereik.Indicatie;
import nl.lea.bereik.PeuterTelling;
import nl.lea.bereik.Peuterregister;
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

/** How the library's cost grows with the register: 10^5, 10^6 and 10^7 records, MIDDEN definition. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@State(Scope.Benchmark)
public class SchaalBenchmark {

  @Param({"100000", "1000000", "10000000"})
  public int n;

  Peuterregister register;
  Indicatie indicatie;

  @Setup(Level.Trial)
  public void maak() {
    Registerdata data = new Registerdata(n, 42);
    register = data.register();
    indicatie = Indicatie.van(Registerdata.definitie("MIDDEN"));
  }

  @Benchmark
  public PeuterTelling library() {
    return register.tel(indicatie);
  }
}
