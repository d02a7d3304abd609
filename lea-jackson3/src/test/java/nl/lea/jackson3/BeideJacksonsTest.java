package nl.lea.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.lea.core.Gemeente;
import nl.lea.core.Gemeentecode;
import nl.lea.core.Verslagjaar;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.core.vve.Aanbod;
import nl.lea.core.vve.Doelgroepdefinitie;
import nl.lea.core.vve.OnderwerpAntwoord;
import nl.lea.core.vve.VeAanbod;
import nl.lea.json.JsonError;
import nl.lea.json.LeaJson;
import nl.lea.testkit.LeaGenerators;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;
import tools.jackson.databind.json.JsonMapper;

/**
 * One suite, run against both Jackson modules — lea-json's for Jackson 2 and lea-jackson3's — so
 * that they behave alike: the same round trips, the same JSON, the same errors with the same
 * pointers.
 */
class BeideJacksonsTest {

  /** What the suite needs of an object mapper. */
  interface Mapper {
    String write(Object value) throws Exception;

    <T> T read(String json, Class<T> type) throws Exception;

    /** The errors of a failed read, or fails the test when the read did not fail that way. */
    List<JsonError> errors(String json, Class<?> type);
  }

  static final class Jackson2 implements Mapper {
    private final ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

    @Override
    public String write(Object value) throws Exception {
      return mapper.writeValueAsString(value);
    }

    @Override
    public <T> T read(String json, Class<T> type) throws Exception {
      return mapper.readValue(json, type);
    }

    @Override
    public List<JsonError> errors(String json, Class<?> type) {
      try {
        mapper.readValue(json, type);
      } catch (nl.lea.json.jackson.InvalidLeaJsonException e) {
        return e.errors();
      } catch (Exception e) {
        fail("not the module's exception: " + e);
      }
      return fail("read: " + json);
    }

    @Override
    public String toString() {
      return "Jackson 2";
    }
  }

  static final class Jackson3 implements Mapper {
    private final JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();

    @Override
    public String write(Object value) {
      return mapper.writeValueAsString(value);
    }

    @Override
    public <T> T read(String json, Class<T> type) {
      return mapper.readValue(json, type);
    }

    @Override
    public List<JsonError> errors(String json, Class<?> type) {
      try {
        mapper.readValue(json, type);
      } catch (InvalidLeaJsonException e) {
        return e.errors();
      } catch (Exception e) {
        fail("not the module's exception: " + e);
      }
      return fail("read: " + json);
    }

    @Override
    public String toString() {
      return "Jackson 3";
    }
  }

  static Stream<Mapper> mappers() {
    return Stream.of(new Jackson2(), new Jackson3());
  }

  /** An application's own type that holds lea values (Jackson reads public fields). */
  public static final class Rapportage {
    public Gemeente gemeente;
    public Verslagjaar jaar;
    public Aanbod aanbod;
    public List<Gemeentecode> buren;
  }

  private static <T> void rondreis(Mapper m, Gen<T> gen, Class<T> type) {
    qt().withExamples(1_000).forAll(gen).checkAssert(v -> {
      try {
        assertEquals(v, m.read(m.write(v), type));
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mappers")
  void roundTripsEveryDomainType(Mapper m) {
    rondreis(m, LeaGenerators.vragenlijsten().aantalGemeenten(0, 5), Vragenlijst.class);
    rondreis(m, LeaGenerators.vragenlijsten().aantalGemeenten(0, 5).jaarverantwoording(), Vragenlijst.class);
    rondreis(m, LeaGenerators.gemeenteAntwoorden(), nl.lea.core.vragenlijst.GemeenteAntwoord.class);
    rondreis(m, LeaGenerators.gemeenten(), Gemeente.class);
    rondreis(m, LeaGenerators.gemeentecodes(), Gemeentecode.class);
    rondreis(m, LeaGenerators.verslagjaren(), Verslagjaar.class);
    rondreis(m, LeaGenerators.doelen(), nl.lea.core.doel.Doel.class);
    rondreis(m, LeaGenerators.themaAntwoorden(), nl.lea.core.thema.ThemaAntwoord.class);
    rondreis(m, LeaGenerators.leaAntwoorden(), nl.lea.core.thema.LeaAntwoord.class);
    rondreis(m, LeaGenerators.vveAntwoorden(), nl.lea.core.vve.VveAntwoord.class);
    rondreis(m, LeaGenerators.onderwerpAntwoorden(nl.lea.core.vve.VveOnderwerp.TOELEIDING), OnderwerpAntwoord.class);
    rondreis(m, LeaGenerators.doelgroepdefinities(), Doelgroepdefinitie.class);
    rondreis(m, LeaGenerators.aanbod(), Aanbod.class);
    rondreis(m, LeaGenerators.resultaatafspraken(), nl.lea.core.resultaat.Resultaatafspraken.class);
    rondreis(m, LeaGenerators.peuters(), nl.lea.core.peuter.Peuter.class);
    rondreis(m, LeaGenerators.veAanbod(), VeAanbod.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mappers")
  void aWholeVragenlijstInTheShapeOfTheFormat(Mapper m) throws Exception {
    String tekst = Files.readString(Path.of("..", "examples", "data", "vragenlijst-2022.json"));
    Vragenlijst v = m.read(tekst, Vragenlijst.class);
    assertEquals(LeaJson.readVragenlijst(tekst), v);
    assertEquals(LeaJson.writeVragenlijst(v, false), m.write(v));
    assertEquals("{\"code\":\"GM0014\",\"naam\":\"Groningen\"}", m.write(Gemeente.of("GM0014", "Groningen")));
    assertEquals("\"GM0363\"", m.write(Gemeentecode.of(363)));
    assertEquals("2022", m.write(Verslagjaar.of(2022)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mappers")
  void aJaarverantwoordingAsLeaJsonReadsIt(Mapper m) throws Exception {
    // lea-json's example of the specification.
    String tekst = Files.readString(Path.of("..", "lea-json", "src", "test", "resources", "nl", "lea", "json", "voorbeeld-2.json"));
    Vragenlijst v = m.read(tekst, Vragenlijst.class);
    assertEquals(LeaJson.readVragenlijst(tekst), v);
    assertEquals(LeaJson.writeVragenlijst(v, false), m.write(v));
    assertTrue(m.write(v).startsWith("{\"schema\":\"lea-vragenlijst/2\""));
    // An answer alone has no verslagjaar, so its verantwoording cannot be read alone.
    String antwoord = m.write(v.gemeenten().get(0));
    assertEquals(List.of("/verantwoording"), m.errors(antwoord, nl.lea.core.vragenlijst.GemeenteAntwoord.class).stream()
        .map(JsonError::pointer).collect(Collectors.toList()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mappers")
  void worksInsideAnApplicationsOwnTypes(Mapper m) throws Exception {
    Rapportage r = m.read("{\"gemeente\":{\"code\":\"GM0014\",\"naam\":\"Groningen\"},\"jaar\":2022,"
        + "\"aanbod\":{\"doelgroeppeuters\":812},\"buren\":[\"GM0034\"]}", Rapportage.class);
    assertEquals(Gemeente.of("GM0014", "Groningen"), r.gemeente);
    assertEquals(812, r.aanbod.doelgroeppeuters().getAsInt());
    assertEquals(List.of(Gemeentecode.of(34)), r.buren);
    assertNull(m.read("{\"gemeente\":null}", Rapportage.class).gemeente);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mappers")
  void invalidValuesFailWithEveryErrorAndItsPointer(Mapper m) {
    List<JsonError> gemeente = m.errors(
        "{\"gemeente\":{\"code\":\"GM14\",\"naam\":\" \"},\"aanbod\":{\"kindplaatsen\":12.5,\"x\":1}}", Rapportage.class);
    assertEquals(List.of("/gemeente/code", "/gemeente/naam"), pointers(gemeente));
    assertEquals(List.of("/kindplaatsen", "/x"), pointers(m.errors("{\"kindplaatsen\":12.5,\"x\":1}", Aanbod.class)));
    assertEquals(List.of("/doelgroeppeuters"), pointers(m.errors("{\"doelgroeppeuters\":9E2}", Aanbod.class)));
    List<JsonError> dubbel = m.errors("{\"code\":\"GM0014\",\"naam\":\"G\",\"naam\":\"H\"}", Gemeente.class);
    assertEquals(List.of("/naam"), pointers(dubbel));
    assertTrue(dubbel.get(0).message().contains("duplicate key"), dubbel.toString());
    assertEquals(List.of("/buren/1"), pointers(m.errors("{\"buren\":[\"GM0034\",\"GM34\"]}", Rapportage.class)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mappers")
  void noTypeIdsAreReadFromInput(Mapper m) throws Exception {
    assertEquals(List.of("/@class"), pointers(m.errors("{\"@class\":\"java.lang.Runtime\",\"code\":\"GM0014\",\"naam\":\"G\"}", Gemeente.class)));
    assertEquals(Map.of(), m.read("{}", Map.class));
  }

  private static List<String> pointers(List<JsonError> errors) {
    return errors.stream().map(JsonError::pointer).collect(Collectors.toList());
  }
}
