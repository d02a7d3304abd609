package nl.lea.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the generated register of {@link Registerdata} as a {@code lea-peuters/1} file, for the
 * whole-process comparison with DuckDB ({@code benchmarks/duckdb-vergelijking.sh}).
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar nl.lea.benchmarks.Registerbestand N FILE}
 */
public final class Registerbestand {

  private Registerbestand() {}

  /**
   * Writes the file.
   *
   * @param args the number of records and the file
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: Registerbestand N FILE");
    }
    Files.write(Path.of(args[1]), new Registerdata(Integer.parseInt(args[0]), 42).jsonLines());
  }
}
