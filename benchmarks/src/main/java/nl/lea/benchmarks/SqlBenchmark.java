package nl.lea.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
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
 * The SQL baseline: the same records loaded into an in-memory DuckDB table (load time excluded, in
 * the setup) and one {@code GROUP BY} query per definition. DuckDB uses all cores by default.
 * Needs the {@code bench} profile, which adds the DuckDB JDBC driver.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g"})
@State(Scope.Benchmark)
public class SqlBenchmark {

  @Param({"SMAL", "MIDDEN", "BREED"})
  public String definitie;

  @Param({"1000000"})
  public int n;

  Connection db;
  String query;

  @Setup(Level.Trial)
  public void laad() throws IOException, SQLException {
    Registerdata data = new Registerdata(n, 42);
    Path csv = Files.createTempFile("peuters", ".csv");
    try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      w.write("gemeente,leeftijd,masker,ve\n");
      for (int i = 0; i < n; i++) {
        w.write(data.gemeente[i] + "," + data.leeftijd[i] + "," + data.masker[i] + "," + data.ve[i] + "\n");
      }
    }
    db = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = db.createStatement()) {
      s.execute("CREATE TABLE peuters AS SELECT * FROM read_csv('" + csv + "', header = true, "
          + "columns = {'gemeente': 'SMALLINT', 'leeftijd': 'TINYINT', 'masker': 'SMALLINT', 've': 'BOOLEAN'})");
    }
    Files.delete(csv);
    StringBuilder of = new StringBuilder();
    for (int c : Baselines.clausules(Registerdata.definitie(definitie))) {
      of.append(of.length() == 0 ? "" : " OR ").append("(masker & ").append(c).append(") = ").append(c);
    }
    query = "SELECT gemeente, count(*) AS doelgroep, count(*) FILTER (WHERE ve) AS bereikt FROM peuters "
        + "WHERE leeftijd >= 30 AND leeftijd < 48 AND (" + of + ") GROUP BY gemeente";
  }

  @Benchmark
  public long sql() throws SQLException {
    long som = 0;
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(query)) {
      while (r.next()) {
        som += r.getInt(1) + r.getLong(2) + r.getLong(3);
      }
    }
    return som;
  }

  @TearDown(Level.Trial)
  public void sluit() throws SQLException {
    db.close();
  }
}
