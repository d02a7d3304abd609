package nl.lea.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import nl.lea.core.peuter.Peuter;
import nl.lea.core.peuter.PeuterConsumer;
import nl.lea.json.JsonError;
import nl.lea.json.PeuterReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parallel reader gives exactly the sequential reader's result: the same records and every
 * error with its line number, in the same order, wherever the file is split (lines straddling a
 * split, CRLF, a last line without a line end, blank lines, a byte-order mark, lines too long).
 */
class PeuterParallelProperties {

  @TempDir
  static Path map;

  /** Every record it receives, as "gemeente/leeftijd/masker/ve"; merged by appending. */
  static final class Verzamelaar implements PeuterConsumer {
    final List<String> records = new ArrayList<>();

    @Override
    public void accept(int gemeentenummer, int leeftijdInMaanden, int indicatoren, boolean veDeelname) {
      records.add(gemeentenummer + "/" + leeftijdInMaanden + "/" + indicatoren + "/" + veDeelname);
    }

    Verzamelaar samen(Verzamelaar ander) {
      records.addAll(ander.records);
      return this;
    }
  }

  /** The sequential reader's verdict: the sorted records, then the errors. */
  static List<String> sequentieel(byte[] bestand) {
    Verzamelaar v = new Verzamelaar();
    List<JsonError> errors;
    try (PeuterReader reader = PeuterReader.of(new ByteArrayInputStream(bestand))) {
      for (Optional<Peuter> p = reader.next(); p.isPresent(); p = reader.next()) {
        PeuterConsumer.accept(p.get(), v);
      }
      errors = reader.errors();
    }
    return uitkomst(v, errors);
  }

  static List<String> parallel(byte[] bestand, long[] grenzen, int blok, int maxRegel) {
    try {
      Path p = Files.createTempFile(map, "peuters", ".jsonl");
      Files.write(p, bestand);
      List<String> u = parallel(p, grenzen, blok, maxRegel);
      Files.delete(p);
      return u;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> parallel(Path p, long[] grenzen, int blok, int maxRegel) {
    Errors errors = new Errors();
    try (FileChannel kanaal = FileChannel.open(p)) {
      Verzamelaar v = PeuterParallel.lees(kanaal, grenzen, blok, maxRegel, Verzamelaar::new, Verzamelaar::samen, errors);
      return uitkomst(v, errors.list());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> uitkomst(Verzamelaar v, List<JsonError> errors) {
    List<String> u = new ArrayList<>(v.records);
    u.sort(null);
    u.add("--");
    errors.forEach(e -> u.add(e.toString()));
    return u;
  }

  private static final String GOED = "{\"id\":\"p-1\",\"gemeente\":\"GM0014\",\"leeftijdInMaanden\":34,\"indicatoren\":[\"THUISTAAL\"],\"veDeelname\":true}";

  /** One line of each kind the readers meet, without its line end. */
  static String regel(int soort, Random r) {
    String id = "p-" + r.nextInt(1000);
    String gemeente = String.format("GM%04d", r.nextInt(3) * 349 + 14);
    int leeftijd = r.nextInt(61);
    String ind = List.of("[]", "[\"THUISTAAL\"]", "[\"KIND_IN_AZC\",\"HERKOMST_OUDERS\"]", "[\"ACHTERSTAND_KINDERDAGVERBLIJF\"]").get(r.nextInt(4));
    String plat = "{\"id\":\"" + id + "\",\"gemeente\":\"" + gemeente + "\",\"leeftijdInMaanden\":" + leeftijd
        + ",\"indicatoren\":" + ind + ",\"veDeelname\":" + r.nextBoolean() + "}";
    return switch (soort) {
      case 0, 1, 2 -> plat;                                                    // as registers export
      case 3 -> "{ " + plat.substring(1).replace(",", ", ");                     // valid, with spaces
      case 4 -> plat.replace("\"id\":\"p-", "\"id\":\"\\u0070-");                 // valid, an escape
      case 5 -> plat.replace("\"id\":\"p-", "\"id\":\"\u00e9-");                  // valid, not ASCII
      case 6 -> plat.replace(gemeente, "GM14");                                  // a bad value
      case 7 -> plat.substring(0, plat.length() - 1 - r.nextInt(5));             // malformed
      case 8 -> List.of("", "  ", "\t", " \r").get(r.nextInt(4));                // blank
      case 9 -> plat.replace("{", "{\"extra\":1,");                              // an unknown field
      default -> plat.replace("\"leeftijdInMaanden\":" + leeftijd, "\"leeftijdInMaanden\":" + (97 + leeftijd)); // out of range
    };
  }

  /** A file of these kinds of lines, with LF or CRLF, with or without a last line end and a byte-order mark. */
  static byte[] bestand(List<Integer> soorten, long zaad) {
    Random r = new Random(zaad);
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    if (r.nextInt(8) == 0) {
      b.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    for (int i = 0; i < soorten.size(); i++) {
      b.writeBytes(regel(soorten.get(i), r).getBytes(StandardCharsets.UTF_8));
      if (i < soorten.size() - 1 || r.nextBoolean()) {
        b.writeBytes((r.nextInt(3) == 0 ? "\r\n" : "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    return b.toByteArray();
  }

  @Test
  void equalsTheSequentialReaderWhereverTheFileIsSplit() {
    qt().withExamples(400).forAll(lists().of(integers().between(0, 10)).ofSizeBetween(0, 40), integers().all(),
        lists().of(integers().between(0, 100_000)).ofSizeBetween(0, 4), integers().between(0, 3))
        .checkAssert((soorten, zaad, splitsingen, blokKeuze) -> {
          byte[] b = bestand(soorten, zaad);
          long[] grenzen = splitsingen.stream().mapToLong(s -> b.length == 0 ? 0 : s % (b.length + 1)).sorted().toArray();
          int blok = List.of(16, 90, 300, PeuterParallel.BLOK).get(blokKeuze);
          assertEquals(sequentieel(b), parallel(b, grenzen, blok, PeuterReader.MAX_LINE_BYTES),
              new String(b, StandardCharsets.UTF_8) + " split at " + Arrays.toString(grenzen) + ", blocks of " + blok);
        });
  }

  @Test
  void equalsTheSequentialReaderSplitAtEveryByte() throws IOException {
    Random r = new Random(7);
    for (byte[] b : List.of(
        bestand(List.of(0, 8, 3, 6, 0, 4, 7, 8, 5, 0, 9, 10, 1), 11),
        ("\uFEFF" + GOED + "\r\n\r\n" + GOED + "\n" + GOED).getBytes(StandardCharsets.UTF_8),
        (GOED + "\n{\n" + GOED + "\r\n").getBytes(StandardCharsets.UTF_8))) {
      List<String> verwacht = sequentieel(b);
      Path p = Files.createTempFile(map, "peuters", ".jsonl");
      Files.write(p, b);
      for (int g = 0; g <= b.length; g++) {
        for (int blok : List.of(16, PeuterParallel.BLOK)) {
          String waar = "split at " + g + ", blocks of " + blok;
          assertEquals(verwacht, parallel(p, new long[] {g}, blok, PeuterReader.MAX_LINE_BYTES), waar);
          int h = Math.min(b.length, g + r.nextInt(120));
          assertEquals(verwacht, parallel(p, new long[] {g, h}, blok, PeuterReader.MAX_LINE_BYTES), waar + " and " + h);
        }
      }
    }
  }

  @Test
  void linesTooLongAreReportedWhereverTheyAreSplit() {
    int max = PeuterReader.MAX_LINE_BYTES;
    String lang = "{\"id\":\"" + "x".repeat(max) + "\"}";
    String precies = " ".repeat(max - GOED.length()) + GOED;   // exactly the longest allowed line: valid
    String eenTeVeel = " " + precies;
    assertEquals(max, precies.length());
    byte[] b = (GOED + "\n" + lang + "\r\n" + precies + "\n" + eenTeVeel + "\n" + GOED + "\n" + lang).getBytes(StandardCharsets.UTF_8);
    List<String> verwacht = sequentieel(b);
    assertEquals(3, verwacht.indexOf("--"), verwacht.toString());   // GOED twice and the longest allowed line
    assertTrue(verwacht.contains("line 2: the line is longer than " + max + " bytes"), verwacht.toString());
    assertTrue(verwacht.contains("line 4: the line is longer than " + max + " bytes"), verwacht.toString());
    assertTrue(verwacht.contains("line 6: the line is longer than " + max + " bytes"), verwacht.toString());
    Random r = new Random(3);
    for (int i = 0; i < 12; i++) {
      long[] grenzen = {r.nextInt(b.length + 1), r.nextInt(b.length + 1)};
      Arrays.sort(grenzen);
      for (int blok : List.of(1024, PeuterParallel.BLOK)) {
        assertEquals(verwacht, parallel(b, grenzen, blok, max), Arrays.toString(grenzen) + ", blocks of " + blok);
      }
    }
  }
}
