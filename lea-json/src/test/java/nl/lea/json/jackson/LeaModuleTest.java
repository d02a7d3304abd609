package nl.lea.json.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.lea.core.Gemeente;
import nl.lea.core.Gemeentecode;
import nl.lea.core.Verslagjaar;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.core.vve.Aanbod;
import nl.lea.core.vve.DoelgroepIndicator;
import nl.lea.core.vve.Doelgroepdefinitie;
import nl.lea.core.vve.OnderwerpAntwoord;
import nl.lea.core.vve.VeAanbod;
import nl.lea.json.JsonError;
import nl.lea.json.LeaJson;
import nl.lea.testkit.LeaGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The Jackson module: discovered by findAndRegisterModules, strict reading, and a JSON round trip
 * of 10,000 generated values of every domain type (the lea-testkit validity requirement).
 */
class LeaModuleTest {

  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  /** A record of an application's own REST API that holds lea types. */
  public static final class Rapportage {
    public Gemeente gemeente;
    public Verslagjaar jaar;
    public Aanbod aanbod;
    public List<Gemeentecode> buren;
  }

  private static <T> void rondreis(Gen<T> gen, Class<T> type) {
    qt().withExamples(10_000).forAll(gen).checkAssert(v -> {
      try {
        assertEquals(v, MAPPER.readValue(MAPPER.writeValueAsString(v), type));
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void isFoundThroughTheServiceLoader() {
    assertTrue(MAPPER.getRegisteredModuleIds().contains("LeaModule"), MAPPER.getRegisteredModuleIds().toString());
  }

  @Test
  void roundTripsEveryDomainType() {
    rondreis(LeaGenerators.vragenlijsten().aantalGemeenten(0, 5), Vragenlijst.class);
    rondreis(LeaGenerators.gemeenteAntwoorden(), nl.lea.core.vragenlijst.GemeenteAntwoord.class);
    rondreis(LeaGenerators.gemeenten(), Gemeente.class);
    rondreis(LeaGenerators.gemeentecodes(), Gemeentecode.class);
    rondreis(LeaGenerators.verslagjaren(), Verslagjaar.class);
    rondreis(LeaGenerators.doelen(), nl.lea.core.doel.Doel.class);
    rondreis(LeaGenerators.themaAntwoorden(), nl.lea.core.thema.ThemaAntwoord.class);
    rondreis(LeaGenerators.leaAntwoorden(), nl.lea.core.thema.LeaAntwoord.class);
    rondreis(LeaGenerators.vveAntwoorden(), nl.lea.core.vve.VveAntwoord.class);
    rondreis(LeaGenerators.onderwerpAntwoorden(nl.lea.core.vve.VveOnderwerp.TOELEIDING), OnderwerpAntwoord.class);
    rondreis(LeaGenerators.doelgroepdefinities(), Doelgroepdefinitie.class);
    rondreis(LeaGenerators.aanbod(), Aanbod.class);
    rondreis(LeaGenerators.resultaatafspraken(), nl.lea.core.resultaat.Resultaatafspraken.class);
    rondreis(LeaGenerators.peuters(), nl.lea.core.peuter.Peuter.class);
    rondreis(LeaGenerators.veAanbod(), VeAanbod.class);
  }

  @Test
  void theShapesAreThoseOfTheFormat() throws Exception {
    assertEquals("{\"code\":\"GM0014\",\"naam\":\"Groningen\"}", MAPPER.writeValueAsString(Gemeente.of("GM0014", "Groningen")));
    assertEquals("\"GM0363\"", MAPPER.writeValueAsString(Gemeentecode.of(363)));
    assertEquals("2022", MAPPER.writeValueAsString(Verslagjaar.of(2022)));
    assertEquals("{\"indicatoren\":[\"THUISTAAL\"]}", MAPPER.writeValueAsString(Doelgroepdefinitie.of(Set.of(DoelgroepIndicator.THUISTAAL))));
    // A ve offer as an application's REST API can show it: Dutch day names and ISO-8601 durations.
    java.util.Map<java.time.DayOfWeek, javax.measure.Quantity<javax.measure.quantity.Time>> dagen = new java.util.EnumMap<>(java.time.DayOfWeek.class);
    dagen.put(java.time.DayOfWeek.MONDAY, tech.units.indriya.quantity.Quantities.getQuantity(3.5, tech.units.indriya.unit.Units.HOUR));
    dagen.put(java.time.DayOfWeek.WEDNESDAY, tech.units.indriya.quantity.Quantities.getQuantity(240, tech.units.indriya.unit.Units.MINUTE));
    VeAanbod ve = VeAanbod.of(dagen, 40);
    String json = MAPPER.writeValueAsString(ve);
    assertEquals("{\"duurPerDag\":{\"maandag\":\"PT3H30M\",\"woensdag\":\"PT4H\"},\"wekenPerJaar\":40}", json);
    assertEquals(ve, MAPPER.readValue(json, VeAanbod.class));
    assertEquals(ve, MAPPER.readValue("{\"duurPerDag\":{\"maandag\":12600,\"woensdag\":\"PT240M\"},\"wekenPerJaar\":40}", VeAanbod.class));
    InvalidLeaJsonException e = assertThrows(InvalidLeaJsonException.class,
        () -> MAPPER.readValue("{\"duurPerDag\":{\"maandag\":\"3,5 uur\"},\"wekenPerJaar\":40}", VeAanbod.class));
    assertEquals("/duurPerDag/maandag", e.errors().get(0).pointer());
    Vragenlijst v = LeaJson.readVragenlijst(LeaJson.writeVragenlijst(
        Vragenlijst.of(Verslagjaar.of(2022), List.of()), false));
    assertEquals(LeaJson.writeVragenlijst(v, false), MAPPER.writeValueAsString(v));
  }

  @Test
  void worksInsideAnApplicationsOwnTypes() throws Exception {
    Rapportage r = MAPPER.readValue("{\"gemeente\":{\"code\":\"GM0014\",\"naam\":\"Groningen\"},\"jaar\":2022,"
        + "\"aanbod\":{\"doelgroeppeuters\":812},\"buren\":[\"GM0034\"]}", Rapportage.class);
    assertEquals(Gemeente.of("GM0014", "Groningen"), r.gemeente);
    assertEquals(812, r.aanbod.doelgroeppeuters().getAsInt());
    assertEquals(List.of(Gemeentecode.of(34)), r.buren);
    Rapportage leeg = MAPPER.readValue("{\"gemeente\":null}", Rapportage.class);
    assertNull(leeg.gemeente);
  }

  @Test
  void invalidValuesFailWithEveryErrorAndItsPointer() {
    InvalidLeaJsonException e = assertThrows(InvalidLeaJsonException.class, () -> MAPPER.readValue(
        "{\"gemeente\":{\"code\":\"GM14\",\"naam\":\" \"},\"aanbod\":{\"kindplaatsen\":12.5,\"x\":1}}", Rapportage.class));
    assertEquals(Gemeente.class, e.type());
    List<String> pointers = e.errors().stream().map(JsonError::pointer).collect(Collectors.toList());
    assertEquals(List.of("/gemeente/code", "/gemeente/naam"), pointers);
    InvalidLeaJsonException a = assertThrows(InvalidLeaJsonException.class,
        () -> MAPPER.readValue("{\"kindplaatsen\":12.5,\"x\":1}", Aanbod.class));
    assertEquals(List.of("/kindplaatsen", "/x"), a.errors().stream().map(JsonError::pointer).collect(Collectors.toList()));
  }

  @Test
  void noTypeIdsAreReadFromInput() throws Exception {
    // A polymorphic type id in the input is just an unknown field.
    InvalidLeaJsonException e = assertThrows(InvalidLeaJsonException.class,
        () -> MAPPER.readValue("{\"@class\":\"java.lang.Runtime\",\"code\":\"GM0014\",\"naam\":\"G\"}", Gemeente.class));
    assertEquals("/@class", e.errors().get(0).pointer());
    assertEquals(Map.of(), MAPPER.readValue("{}", Map.class));
  }
}
