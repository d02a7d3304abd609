package nl.lea.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import nl.lea.core.Gemeente;
import nl.lea.core.Verslagjaar;
import nl.lea.core.jaren.Cijfer;
import nl.lea.core.jaren.Cijfers;
import nl.lea.core.jaren.Herindeling;
import nl.lea.core.jaren.Herindelingen;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * docs/jaren.md §2–§3: {@code lea-herindelingen/1} and {@code lea-cijfers/1} read strictly, one
 * test document per rule with its exact pointer, written canonically and read back.
 */
class JarenRulesTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static String met(String json, Consumer<ObjectNode> wijziging) {
    try {
      ObjectNode root = (ObjectNode) MAPPER.readTree(json);
      wijziging.accept(root);
      return MAPPER.writeValueAsString(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String herindelingen(Consumer<ObjectNode> wijziging) {
    return met(LeaJson.writeHerindelingen(LeaJson.herindelingenNl(), false), wijziging);
  }

  private static String cijfers(Consumer<ObjectNode> wijziging) {
    return met(LeaJson.writeCijfers(LeaJson.cijfersNl(), false), wijziging);
  }

  private static ObjectNode at(ObjectNode root, String pointer) {
    return (ObjectNode) root.at(pointer);
  }

  private static List<String> fouten(Runnable lezen) {
    return assertThrows(JsonReadException.class, lezen::run).errors().stream().map(JsonError::toString).toList();
  }

  @Test
  void theShippedDocumentsAreWhatTheSpecLists() {
    Herindelingen h = LeaJson.herindelingenNl();
    assertEquals(List.of(LocalDate.of(2022, 3, 24), LocalDate.of(2023, 1, 1)), h.herindelingen().stream().map(Herindeling::datum).toList());
    assertEquals(Gemeente.of("GM1992", "Voorne aan Zee"), h.herindelingen().get(1).naar());
    assertEquals(3, h.herindelingen().get(1).van().size());
    Cijfer c = LeaJson.cijfersNl().cijfer(Verslagjaar.of(2021), "1.1-lea-overleg", "GEEN_LEA_OVERLEG").orElseThrow();
    assertEquals(List.of(35, 325), List.of(c.aantal(), c.noemer()));
    assertEquals(Optional.of("lea-herindelingen/1"), LeaJson.schema(LeaJson.writeHerindelingen(h, true).getBytes()));
    assertEquals(Optional.of("lea-cijfers/1"), LeaJson.schema(LeaJson.writeCijfers(LeaJson.cijfersNl(), true).getBytes()));
  }

  @Test
  void theSchemaOfADocumentIsFoundWithoutReadingItAsAFormat() {
    assertEquals(Optional.of("iets/9"), LeaJson.schema("{\"x\":[1,{}],\"schema\":\"iets/9\"}".getBytes()));
    assertEquals(Optional.empty(), LeaJson.schema("{\"schema\":2}".getBytes()));
    assertEquals(Optional.empty(), LeaJson.schema("[\"schema\"]".getBytes()));
    assertEquals(Optional.empty(), LeaJson.schema("{\"schema\":".getBytes()));
    assertEquals(Optional.empty(), LeaJson.schema(new byte[] {(byte) 0xff, '{', '}'}));
  }

  @Test
  void everyHerindelingenRuleWithItsPointer() {
    assertEquals(List.of("/schema: must be \"lea-herindelingen/1\", was \"lea-herindelingen/2\""),
        fouten(() -> LeaJson.readHerindelingen(herindelingen(r -> r.put("schema", "lea-herindelingen/2")))));
    assertEquals(List.of("/herindelingen/1/datum: must be a calendar date written YYYY-MM-DD, year 0001..9999, was \"2023-02-29\""),
        fouten(() -> LeaJson.readHerindelingen(herindelingen(r -> at(r, "/herindelingen/1").put("datum", "2023-02-29")))));
    assertEquals(List.of("/herindelingen/1/van: must name at least one gemeente"),
        fouten(() -> LeaJson.readHerindelingen(herindelingen(r -> at(r, "/herindelingen/1").putArray("van")))));
    assertEquals(List.of("/herindelingen/1/van/2/code: repeats the code of /herindelingen/1/van/0, was \"GM0501\""),
        fouten(() -> LeaJson.readHerindelingen(herindelingen(r -> at(r, "/herindelingen/1/van/2").put("code", "GM0501")))));
    assertEquals(List.of("/herindelingen/1/naar/code: must be \"GM\" followed by four digits 0-9, was \"GM19\""),
        fouten(() -> LeaJson.readHerindelingen(herindelingen(r -> at(r, "/herindelingen/1/naar").put("code", "GM19")))));
    // Weesp stops to exist again in 2023, in the entry later in date order, though it comes first in the file.
    String tweemaal = herindelingen(r -> {
      at(r, "/herindelingen/1/van/0").put("code", "GM0457").put("naam", "Weesp");
      var lijst = r.withArray("herindelingen");
      var eerste = lijst.remove(0);
      lijst.add(eerste);
    });
    assertEquals(List.of("/herindelingen/0/van/0/code: stops to exist a second time, after /herindelingen/1, was \"GM0457\""),
        fouten(() -> LeaJson.readHerindelingen(tweemaal)));
    assertEquals(List.of("/herindelingen/0/aantal: unknown field \"aantal\""),
        fouten(() -> LeaJson.readHerindelingen(herindelingen(r -> at(r, "/herindelingen/0").put("aantal", 2)))));
    assertEquals(List.of("/herindelingen: is required"),
        fouten(() -> LeaJson.readHerindelingen(herindelingen(r -> r.remove("herindelingen")))));
  }

  @Test
  void everyCijfersRuleWithItsPointer() {
    assertEquals(List.of("/schema: must be \"lea-cijfers/1\", was \"lea-vragenlijst/1\""),
        fouten(() -> LeaJson.readCijfers(cijfers(r -> r.put("schema", "lea-vragenlijst/1")))));
    assertEquals(List.of("/cijfers/0/aantal: must be 0..325 (the noemer), was 326"),
        fouten(() -> LeaJson.readCijfers(cijfers(r -> at(r, "/cijfers/0").put("aantal", 326)))));
    assertEquals(List.of("/cijfers/0/noemer: must be an integer 0..1000000, was 1000001"),
        fouten(() -> LeaJson.readCijfers(cijfers(r -> at(r, "/cijfers/0").put("noemer", 1_000_001)))));
    assertEquals(List.of("/cijfers/0/noemer: must be an integer written without fraction or exponent, was 325.0"),
        fouten(() -> LeaJson.readCijfers(cijfers(r -> at(r, "/cijfers/0").put("noemer", 325.0)))));
    assertEquals(List.of("/cijfers/0/verslagjaar: must be an integer 2000..2100, was 1999"),
        fouten(() -> LeaJson.readCijfers(cijfers(r -> at(r, "/cijfers/0").put("verslagjaar", 1999)))));
    assertEquals(List.of("/cijfers/0/bron: must contain a non-blank character, was \" \""),
        fouten(() -> LeaJson.readCijfers(cijfers(r -> at(r, "/cijfers/0").put("bron", " ")))));
    assertEquals(List.of("/cijfers/0/bron: is required"),
        fouten(() -> LeaJson.readCijfers(cijfers(r -> at(r, "/cijfers/0").remove("bron")))));
    assertEquals(List.of("/cijfers/1: gives a second figure for the verslagjaar, tabel and sleutel of /cijfers/0, was {…}"),
        fouten(() -> LeaJson.readCijfers(cijfers(r -> r.withArray("cijfers").add(r.at("/cijfers/0").deepCopy())))));
  }

  private static Gen<Herindelingen> herindelingenGen() {
    // Each entry joins codes of its own block (so no code stops to exist twice) into a code of that block.
    Gen<Herindeling> entry = integers().between(0, 20).zip(integers().between(1, 4), integers().between(0, 3),
        integers().between(0, 3000), (blok, aantal, naarIndex, dag) -> {
          List<Gemeente> van = new ArrayList<>();
          for (int j = 0; j < aantal; j++) {
            van.add(Gemeente.of(String.format("GM%04d", blok * 10 + j), "G \"" + blok + "\\" + j));
          }
          Gemeente naar = naarIndex < aantal ? van.get(naarIndex) : Gemeente.of(String.format("GM%04d", 5000 + blok), "Nieuw " + blok);
          return Herindeling.of(LocalDate.of(2015, 1, 1).plusDays(dag), van, naar);
        });
    return lists().of(entry).ofSizeBetween(0, 6).assuming(l -> l.stream().map(h -> h.van().get(0).code().toString().substring(0, 5))
        .distinct().count() == l.size()).map(Herindelingen::of);
  }

  @Test
  void generatedHerindelingenAndCijfersRoundTrip() {
    qt().withExamples(300).forAll(herindelingenGen(), integers().between(0, 1)).checkAssert((h, pretty) -> {
      String json = LeaJson.writeHerindelingen(h, pretty == 1);
      assertEquals(h, LeaJson.readHerindelingen(json));
      assertEquals(json, LeaJson.writeHerindelingen(LeaJson.readHerindelingen(json), pretty == 1));
    });
    Gen<Cijfer> cijfer = integers().between(2000, 2100).zip(integers().between(0, 1_000_000), integers().between(0, 100),
        (jaar, noemer, deel) -> Cijfer.of(Verslagjaar.of(jaar), "t" + (jaar % 7), "S\u00e9" + (noemer % 5), (int) ((long) noemer * deel / 100),
            noemer, "bron \"" + deel + "\"\n"));
    qt().withExamples(300).forAll(lists().of(cijfer).ofSizeBetween(0, 8)).checkAssert(lijst -> {
      List<Cijfer> uniek = new ArrayList<>();
      lijst.stream().filter(c -> uniek.stream().noneMatch(u -> u.verslagjaar().equals(c.verslagjaar()) && u.tabel().equals(c.tabel())
          && u.sleutel().equals(c.sleutel()))).forEach(uniek::add);
      Cijfers c = Cijfers.of(uniek);
      assertEquals(c, LeaJson.readCijfers(LeaJson.writeCijfers(c, false)));
    });
  }
}
