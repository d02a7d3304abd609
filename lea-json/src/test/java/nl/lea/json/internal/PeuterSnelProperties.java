package nl.lea.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.lea.core.peuter.Peuter;
import nl.lea.json.JsonTextWriter;
import nl.lea.testkit.LeaGenerators;
import org.junit.jupiter.api.Test;

/**
 * The fast path for toddler lines never disagrees with the full reader: whatever it accepts, the
 * full reader accepts as the same record; and the plain lines registers export take the fast path.
 */
public class PeuterSnelProperties {

  private static final String TEKENS = "{}[]\",:\\ \t0123456789-.eEtrufalsnGMid\u00e9";

  /** One record as a canonical {@code lea-peuters/1} line. */
  public static String regel(Peuter p) {
    StringWriter w = new StringWriter();
    try {
      new DomainWriter(new JsonTextWriter(w, false)).peuter(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w.toString();
  }

  /** The full reader's verdict: the record, or null when it reports an error. */
  static Peuter volledig(byte[] b) {
    Errors errors = new Errors();
    Node n = Parsing.tree(b, 0, b.length, errors, 0);
    Peuter p = n == null ? null : new DomainReader(errors).peuter(n, "");
    return errors.isEmpty() ? p : null;
  }

  @Test
  void plainLinesTakeTheFastPathAndReadTheSame() {
    qt().forAll(LeaGenerators.peuters()).checkAssert(p -> {
      byte[] b = regel(p).getBytes(StandardCharsets.UTF_8);
      Peuter snel = PeuterSnel.lees(b, 0, b.length);
      assertNotNull(snel, regel(p));
      assertEquals(p, snel);
      assertEquals(p, volledig(b));
    });
  }

  /** A line with one byte deleted (soort 0), a character inserted (1) or a stretch repeated (2). */
  static String gemuteerd(String r, int soort, int plek, int teken) {
    int k = plek % (r.length() + 1);
    if (soort == 0) {
      return r.substring(0, Math.min(k, r.length() - 1)) + r.substring(Math.min(k, r.length() - 1) + 1);
    }
    if (soort == 1) {
      return r.substring(0, k) + TEKENS.charAt(teken) + r.substring(k);
    }
    int l = Math.min(r.length(), k + 1 + teken % 12);
    return r.substring(0, l) + r.substring(k, l) + r.substring(l);
  }

  @Test
  void whateverTheFastPathAcceptsTheFullReaderAcceptsAsTheSameRecord() {
    qt().withExamples(20_000).forAll(LeaGenerators.peuters(), integers().between(0, 2), integers().between(0, 10_000),
        integers().between(0, TEKENS.length() - 1)).checkAssert((p, soort, plek, teken) -> {
          String gemuteerd = gemuteerd(regel(p), soort, plek, teken);
          byte[] b = gemuteerd.getBytes(StandardCharsets.UTF_8);
          Peuter snel = PeuterSnel.lees(b, 0, b.length);
          if (snel != null) {
            assertEquals(snel, volledig(b), gemuteerd);
          }
        });
  }

  /** The values of a record as the parallel reader's consumer receives them. */
  static int[] waarden(Peuter p) {
    int[][] w = new int[1][];
    nl.lea.core.peuter.PeuterConsumer.accept(p, (g, l, m, v) -> w[0] = new int[] {g, l, m, v ? 1 : 0});
    return w[0];
  }

  /**
   * What {@link PeuterSnel#verwerk} hands on for a line in a buffer, followed by a line end (or at
   * the end of the data) and by stale bytes it must not read as part of the line; null when it does
   * not take the line.
   */
  static int[] verwerk(byte[] regel, boolean regeleinde, byte vulling) {
    byte[] buf = new byte[regel.length + 48];
    System.arraycopy(regel, 0, buf, 0, regel.length);
    java.util.Arrays.fill(buf, regel.length, buf.length, vulling);
    int limiet = regel.length;
    if (regeleinde) {
      buf[limiet++] = '\n';
    }
    int[][] w = new int[1][];
    int e = new PeuterSnel(buf).verwerk(buf, 0, limiet, (g, l, m, v) -> w[0] = new int[] {g, l, m, v ? 1 : 0});
    if (e < 0) {
      assertNull(w[0]);
      return null;
    }
    assertEquals(regel.length, e, "the line end");
    return w[0];
  }

  @Test
  void exportedLinesTakeTheEightBytesAtATimeFormAndReadTheSame() {
    qt().forAll(LeaGenerators.peuters(), integers().between(0, 3)).checkAssert((p, vorm) -> {
      String r = regel(p) + (vorm == 1 ? "\r" : vorm == 2 ? " \t" : "");
      byte[] b = r.getBytes(StandardCharsets.UTF_8);
      boolean ascii = r.chars().allMatch(c -> c >= 0x20 && c < 0x7F || c == '\r' || c == '\t');
      if (ascii && !p.id().contains("\\") && !p.id().contains("\"")) {
        byte[] metEinde = java.util.Arrays.copyOf(b, b.length + 1);
        metEinde[b.length] = '\n';
        assertTrue(PeuterSnel.viaSjabloon(metEinde, 0, metEinde.length), r);
        assertEquals(java.util.Arrays.toString(waarden(p)), java.util.Arrays.toString(verwerk(b, vorm != 3, (byte) '"')), r);
      }
      int[] w = verwerk(b, true, (byte) '}');
      if (w != null) {
        assertEquals(java.util.Arrays.toString(waarden(p)), java.util.Arrays.toString(w), r);
      }
    });
  }

  @Test
  void whateverTheParallelPathTakesTheFullReaderAcceptsAsTheSameRecord() {
    qt().withExamples(20_000).forAll(LeaGenerators.peuters(), integers().between(0, 2), integers().between(0, 10_000),
        integers().between(0, TEKENS.length() - 1)).checkAssert((p, soort, plek, teken) -> {
          String gemuteerd = gemuteerd(regel(p), soort, plek, teken);
          byte[] b = gemuteerd.getBytes(StandardCharsets.UTF_8);
          int[] w = verwerk(b, plek % 2 == 0, (byte) (plek % 3 == 0 ? ']' : plek % 3 == 1 ? '"' : '9'));
          if (w != null) {
            Peuter v = volledig(b);
            assertNotNull(v, gemuteerd);
            assertEquals(java.util.Arrays.toString(waarden(v)), java.util.Arrays.toString(w), gemuteerd);
          }
        });
  }

  @Test
  void edgeCasesFallBack() {
    for (String r : List.of(
        "{}",
        "{\"id\":\"a\",\"gemeente\":\"GM0014\",\"leeftijdInMaanden\":34,\"veDeelname\":true,}",
        "{\"id\":\"a\",\"gemeente\":\"GM0014\",\"leeftijdInMaanden\":034,\"veDeelname\":true}",
        "{\"id\":\"a\",\"gemeente\":\"GM0014\",\"leeftijdInMaanden\":34.0,\"veDeelname\":true}",
        "{\"id\":\"a\",\"gemeente\":\"GM0014\",\"leeftijdInMaanden\":-0,\"veDeelname\":true}",
        "{\"id\":\"a\\u0041\",\"gemeente\":\"GM0014\",\"leeftijdInMaanden\":34,\"veDeelname\":true}",
        "{\"id\":\" \",\"gemeente\":\"GM0014\",\"leeftijdInMaanden\":34,\"veDeelname\":true}",
        "{\"id\":\"a\",\"id\":\"b\",\"gemeente\":\"GM0014\",\"leeftijdInMaanden\":34,\"veDeelname\":true}",
        "{\"id\":\"a\",\"gemeente\":\"GM0014\",\"leeftijdInMaanden\":34,\"veDeelname\":true} x",
        "{\"id\":\"a\",\"gemeente\":\"GM0014\",\"leeftijdInMaanden\":34,\"indicatoren\":[\"THUISTAAL\",\"THUISTAAL\"],\"veDeelname\":true}")) {
      byte[] b = r.getBytes(StandardCharsets.UTF_8);
      assertNull(PeuterSnel.lees(b, 0, b.length), r);
    }
    byte[] spaties = " { \"veDeelname\" : false , \"indicatoren\" : [ ] , \"leeftijdInMaanden\" : 0 , \"gemeente\" : \"GM9999\" , \"id\" : \"x y\" } \t".getBytes(StandardCharsets.UTF_8);
    Peuter p = PeuterSnel.lees(spaties, 0, spaties.length);
    assertNotNull(p);
    assertEquals(p, volledig(spaties));
    assertTrue(p.indicatoren().isEmpty());
  }
}
