package nl.lea.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A 1,000,000-line {@code lea-peuters/1} stream goes through the reader in a JVM whose heap is
 * capped at 64 MB: the records are generated on the fly, so only the reader's own memory counts.
 */
class PeuterStreamMemoryTest {

  /** Generates {@code n} valid lines on the fly, without holding them. */
  static final class Regels extends InputStream {
    private final long n;
    private long i;
    private byte[] huidig = new byte[0];
    private int pos;

    Regels(long n) {
      this.n = n;
    }

    @Override
    public int read() {
      if (pos == huidig.length) {
        if (i == n) {
          return -1;
        }
        huidig = String.format("{\"id\":\"p-%07d\",\"gemeente\":\"GM%04d\",\"leeftijdInMaanden\":%d,"
            + "\"indicatoren\":[\"THUISTAAL\",\"KIND_IN_AZC\"],\"veDeelname\":%b}%n",
            i, i % 400, i % 97, i % 3 == 0).getBytes(StandardCharsets.UTF_8);
        i++;
        pos = 0;
      }
      return huidig[pos++];
    }

    @Override
    public int read(byte[] b, int off, int len) {
      int k = 0;
      while (k < len) {
        int c = read();
        if (c < 0) {
          return k == 0 ? -1 : k;
        }
        b[off + k++] = (byte) c;
      }
      return k;
    }
  }

  /** Run in the child JVM: reads one million generated lines and prints the count. */
  public static void main(String[] args) {
    long n = Long.parseLong(args[0]);
    long gelezen = PeuterReader.readAll(new Regels(n), p -> { });
    System.out.println("gelezen " + gelezen);
  }

  @Test
  void oneMillionLinesWithTheHeapCappedAt64Mb() throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(List.of(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
        PeuterStreamMemoryTest.class.getName(), "1000000"))
        .redirectErrorStream(true).start();
    String uitvoer = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "did not finish");
    assertEquals(0, p.exitValue(), uitvoer);
    assertTrue(uitvoer.contains("gelezen 1000000"), uitvoer);
  }
}
