package nl.lea.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.lea.core.Gemeentecode;
import nl.lea.core.peuter.Peuter;
import nl.lea.core.vve.DoelgroepIndicator;
import nl.lea.json.internal.PeuterSnelProperties;
import nl.lea.testkit.LeaGenerators;
import org.junit.jupiter.api.Test;

/** {@code lea-peuters/1}: JSON Lines, streamed, errors prefixed by their line. */
class PeuterReaderTest {

  static InputStream stroom(String tekst) {
    return new ByteArrayInputStream(tekst.getBytes(StandardCharsets.UTF_8));
  }

  private static List<Peuter> alle(String tekst) {
    List<Peuter> peuters = new ArrayList<>();
    PeuterReader.readAll(stroom(tekst), peuters::add);
    return peuters;
  }

  @Test
  void theSpecsExampleLine() {
    List<Peuter> p = alle("{\"id\":\"p-000001\",\"gemeente\":\"GM0014\",\"leeftijdInMaanden\":34,\"indicatoren\":[\"THUISTAAL\"],\"veDeelname\":true}\n");
    assertEquals(List.of(Peuter.of("p-000001", Gemeentecode.of(14), 34, Set.of(DoelgroepIndicator.THUISTAAL), true)), p);
  }

  @Test
  void indicatorenMayBeOmittedAndBlankLinesAreSkipped() {
    List<Peuter> p = alle("\n{\"id\":\"a\",\"gemeente\":\"GM0014\",\"leeftijdInMaanden\":34,\"veDeelname\":false}\r\n   \n"
        + "{\"id\":\"b\",\"gemeente\":\"GM0014\",\"leeftijdInMaanden\":35,\"veDeelname\":true}");
    assertEquals(2, p.size());
    assertTrue(p.get(0).indicatoren().isEmpty());
  }

  @Test
  void errorsArePrefixedByTheirLineAndEveryLineIsChecked() {
    String tekst = String.join("\n",
        "{\"id\":\"a\",\"gemeente\":\"GM0014\",\"leeftijdInMaanden\":34,\"veDeelname\":true}",
        "{\"id\":\"b\",\"gemeente\":\"GM0014\",\"leeftijdInMaanden\":97,\"veDeelname\":true}",
        "{\"id\":\"c\",\"gemeente\":\"GM14\",\"leeftijdInMaanden\":3,\"veDeelname\":true,\"x\":1}",
        "{\"id\":\"d\",",
        "{\"id\":\"e\",\"gemeente\":\"GM0014\",\"leeftijdInMaanden\":34,\"indicatoren\":[\"THUISTAAL\",\"THUISTAAL\"],\"veDeelname\":true}",
        "{\"id\":\"f\",\"gemeente\":\"GM0014\",\"leeftijdInMaanden\":34,\"veDeelname\":true} {}",
        "{\"id\":\"g\",\"gemeente\":\"GM0014\",\"leeftijdInMaanden\":34,\"veDeelname\":true}");
    List<Peuter> geldig = new ArrayList<>();
    JsonReadException e = assertThrows(JsonReadException.class, () -> PeuterReader.readAll(stroom(tekst), geldig::add));
    assertEquals(List.of("a", "g"), geldig.stream().map(Peuter::id).collect(Collectors.toList()));
    List<String> regels = e.errors().stream().map(JsonError::toString).collect(Collectors.toList());
    assertEquals(6, regels.size(), regels.toString());
    assertTrue(regels.get(0).startsWith("line 2: /leeftijdInMaanden: must be an integer 0..96, was 97"), regels.get(0));
    assertTrue(regels.get(1).startsWith("line 3: /gemeente: "), regels.get(1));
    assertTrue(regels.get(2).startsWith("line 3: /x: unknown field"), regels.get(2));
    assertTrue(regels.get(3).startsWith("line 4, column "), regels.get(3));
    assertTrue(regels.get(4).startsWith("line 5: /indicatoren/1: duplicate"), regels.get(4));
    assertTrue(regels.get(5).startsWith("line 6, column 73: malformed JSON"), regels.get(5));
  }

  @Test
  void aByteOrderMarkIsReported() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '}'};
    JsonReadException e = assertThrows(JsonReadException.class, () -> PeuterReader.readAll(new ByteArrayInputStream(bom), p -> { }));
    assertTrue(e.errors().get(0).toString().startsWith("line 1, column 1"));
  }

  @Test
  void streamsWhatWasWritten() {
    qt().withExamples(200).forAll(lists().of(LeaGenerators.peuters()).ofSizeBetween(0, 50)).checkAssert(peuters -> {
      String tekst = peuters.stream().map(PeuterSnelProperties::regel).collect(Collectors.joining("\n"));
      try (PeuterReader reader = PeuterReader.of(stroom(tekst))) {
        assertEquals(peuters, reader.stream().collect(Collectors.toList()));
        assertTrue(reader.errors().isEmpty());
      }
    });
  }

  /**
   * A file of more than a megabyte is read in parallel (one part per processor): the records of a
   * sequential read, and on a bad line the same errors, thrown after the whole file.
   */
  @Test
  void aFileIsReadInParallelAsItIsReadLineByLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path map) throws Exception {
    List<Peuter> peuters = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    java.util.Random r = new java.util.Random(5);
    for (int i = 0; b.length() < 1_500_000; i++) {
      Peuter p = Peuter.of("p-" + i, Gemeentecode.of(14 + r.nextInt(5)), r.nextInt(97),
          r.nextBoolean() ? Set.of(DoelgroepIndicator.THUISTAAL) : Set.of(), r.nextBoolean());
      peuters.add(p);
      b.append(PeuterSnelProperties.regel(p)).append(i % 3 == 0 ? "\r\n" : "\n");
    }
    java.nio.file.Path bestand = map.resolve("register.jsonl");
    java.nio.file.Files.writeString(bestand, b);
    Teller teller = PeuterReader.readAll(bestand, Teller::new, Teller::samen);
    assertEquals(peuters.size(), teller.n);
    assertEquals(peuters.stream().mapToLong(Peuter::leeftijdInMaanden).sum(), teller.leeftijden);

    String slecht = b.toString().replaceFirst("\"leeftijdInMaanden\":\\d+", "\"leeftijdInMaanden\":97") + "{\n";
    java.nio.file.Files.writeString(bestand, slecht);
    JsonReadException e = assertThrows(JsonReadException.class, () -> PeuterReader.readAll(bestand, Teller::new, Teller::samen));
    List<JsonError> sequentieel;
    try (PeuterReader reader = PeuterReader.of(new ByteArrayInputStream(slecht.getBytes(StandardCharsets.UTF_8)))) {
      reader.stream().count();
      sequentieel = reader.errors();
    }
    assertEquals(sequentieel, e.errors());
    assertEquals(2, e.errors().size(), e.errors()::toString);
    assertEquals("line 1: /leeftijdInMaanden: must be an integer 0..96, was 97", e.errors().get(0).toString());

    // A named pipe has no size to split: it is read as a stream.
    java.nio.file.Path fifo = map.resolve("fifo");
    if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
      String regels = PeuterSnelProperties.regel(peuters.get(0)) + "\n" + PeuterSnelProperties.regel(peuters.get(1)) + "\n";
      Thread schrijver = new Thread(() -> {
        try {
          java.nio.file.Files.writeString(fifo, regels);
        } catch (java.io.IOException ex) {
          throw new java.io.UncheckedIOException(ex);
        }
      });
      schrijver.start();
      Teller uitPijp = PeuterReader.readAll(fifo, Teller::new, Teller::samen);
      schrijver.join();
      assertEquals(2, uitPijp.n);
      assertEquals(peuters.get(0).leeftijdInMaanden() + peuters.get(1).leeftijdInMaanden(), uitPijp.leeftijden);
    }

    java.io.UncheckedIOException weg = assertThrows(java.io.UncheckedIOException.class,
        () -> PeuterReader.readAll(map.resolve("weg.jsonl"), Teller::new, Teller::samen));
    assertTrue(weg.getCause() instanceof java.nio.file.NoSuchFileException, weg.toString());
  }

  /** Counts records and sums their ages. */
  static final class Teller implements nl.lea.core.peuter.PeuterConsumer {
    long n;
    long leeftijden;

    @Override
    public void accept(int gemeentenummer, int leeftijdInMaanden, int indicatoren, boolean veDeelname) {
      n++;
      leeftijden += leeftijdInMaanden;
    }

    Teller samen(Teller ander) {
      n += ander.n;
      leeftijden += ander.leeftijden;
      return this;
    }
  }
}
