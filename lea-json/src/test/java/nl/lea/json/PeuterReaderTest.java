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
}
