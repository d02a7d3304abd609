package nl.lea.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import nl.lea.bereik.Registeroverzicht;
import nl.lea.core.peuter.Peuter;
import nl.lea.core.peuter.PeuterConsumer;
import nl.lea.json.PeuterReader;
import nl.lea.json.internal.Errors;
import nl.lea.json.internal.PeuterParallel;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a 1,000,000-line {@code lea-peuters/1} file (119 MB) from the page cache, with 1 and 2
 * threads: the parallel reader alone (every record counted, no summary), the reader with the
 * register summary {@code indicatie} builds, the memory-bandwidth reference (the same file read in
 * the same blocks by the same threads, one byte in 64 touched), and the sequential streaming reader
 * (one thread, a {@code Peuter} per record) that {@code indicatie} used before. Divide the file size
 * by the time for MB/s.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@State(Scope.Benchmark)
public class RegisterLezenBenchmark {

  @Param({"1", "2"})
  public int draden;

  Path bestand;
  long grootte;

  @Setup(Level.Trial)
  public void maak() throws IOException {
    bestand = Files.createTempFile("lea-register", ".jsonl");
    Files.write(bestand, new Registerdata(1_000_000, 42).jsonLines());
    grootte = Files.size(bestand);
  }

  @TearDown(Level.Trial)
  public void ruimOp() throws IOException {
    Files.deleteIfExists(bestand);
  }

  private long[] grenzen() {
    long[] g = new long[draden - 1];
    for (int k = 1; k < draden; k++) {
      g[k - 1] = grootte / draden * k;
    }
    return g;
  }

  /** Counts what it receives. */
  static final class Teller implements PeuterConsumer {
    long n;

    @Override
    public void accept(int gemeentenummer, int leeftijdInMaanden, int indicatoren, boolean veDeelname) {
      n += leeftijdInMaanden;
    }
  }

  @Benchmark
  public long lezen() throws IOException {
    try (FileChannel kanaal = FileChannel.open(bestand)) {
      return PeuterParallel.lees(kanaal, grenzen(), PeuterParallel.BLOK, PeuterReader.MAX_LINE_BYTES, Teller::new,
          (a, b) -> {
            a.n += b.n;
            return a;
          }, new Errors()).n;
    }
  }

  @Benchmark
  public Registeroverzicht lezenEnOverzicht() throws IOException {
    try (FileChannel kanaal = FileChannel.open(bestand)) {
      return PeuterParallel.lees(kanaal, grenzen(), PeuterParallel.BLOK, PeuterReader.MAX_LINE_BYTES, Registeroverzicht::builder,
          Registeroverzicht.Builder::merge, new Errors()).build();
    }
  }

  @Benchmark
  public long bandbreedte() throws Exception {
    long[] g = grenzen();
    long[] sommen = new long[draden];
    Thread[] t = new Thread[draden];
    try (FileChannel kanaal = FileChannel.open(bestand)) {
      for (int k = 0; k < draden; k++) {
        final int deel = k;
        final long van = k == 0 ? 0 : g[k - 1];
        final long tot = k == draden - 1 ? grootte : g[k];
        t[k] = new Thread(() -> {
          byte[] buf = new byte[PeuterParallel.BLOK];
          long s = 0;
          try {
            for (long p = van; p < tot; p += buf.length) {
              int n = (int) Math.min(buf.length, tot - p);
              ByteBuffer b = ByteBuffer.wrap(buf, 0, n);
              long q = p;
              while (b.hasRemaining()) {
                q += kanaal.read(b, q);
              }
              for (int i = 0; i < n; i += 64) {
                s += buf[i];
              }
            }
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
          sommen[deel] = s;
        });
        t[k].start();
      }
      for (Thread d : t) {
        d.join();
      }
    }
    long s = 0;
    for (long x : sommen) {
      s += x;
    }
    return s;
  }

  /** The streaming reader, one thread (whatever {@code draden} says): a record object per line. */
  @Benchmark
  public long sequentieel() throws IOException {
    long n = 0;
    try (InputStream in = Files.newInputStream(bestand); PeuterReader reader = PeuterReader.of(in)) {
      for (Optional<Peuter> p = reader.next(); p.isPresent(); p = reader.next()) {
        n += p.get().leeftijdInMaanden();
      }
    }
    return n;
  }
}
