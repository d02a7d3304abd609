package nl.lea.benchmarks;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import nl.lea.core.peuter.Peuter;
import nl.lea.json.PeuterReader;
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
 * Reading the same 1,000,000 {@code lea-peuters/1} lines from memory: lea's streaming reader (every
 * rule validated, domain records built) against plain Jackson databind into a simple class.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@State(Scope.Benchmark)
public class JsonLinesBenchmark {

  @Param({"1000000"})
  public int n;

  byte[] regels;
  ObjectReader jackson;

  @Setup(Level.Trial)
  public void maak() {
    regels = new Registerdata(n, 42).jsonLines();
    jackson = new ObjectMapper().readerFor(Baselines.Regel.class);
  }

  @Benchmark
  public long leaReader() {
    long n = 0;
    try (PeuterReader reader = PeuterReader.of(new ByteArrayInputStream(regels))) {
      for (Optional<Peuter> p = reader.next(); p.isPresent(); p = reader.next()) {
        n += p.get().leeftijdInMaanden();
      }
      if (!reader.errors().isEmpty()) {
        throw new IllegalStateException(reader.errors().get(0).toString());
      }
    }
    return n;
  }

  @Benchmark
  public long jacksonDatabind() throws IOException {
    long n = 0;
    try (MappingIterator<Baselines.Regel> it = jackson.readValues(regels)) {
      while (it.hasNext()) {
        n += it.next().leeftijdInMaanden;
      }
    }
    return n;
  }
}
