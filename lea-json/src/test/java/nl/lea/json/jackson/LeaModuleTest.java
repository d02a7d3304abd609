package nl.lea.json.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.lea.core.Gemeente;
import nl.lea.core.Gemeentecode;
import nl.lea.core.Verslagjaar;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.core.vve.DoelgroepIndicator;
import nl.lea.core.vve.Doelgroepdefinitie;
import nl.lea.core.vve.VeAanbod;
import nl.lea.json.LeaJson;
import org.junit.jupiter.api.Test;

/**
 * What only the Jackson 2 module has: discovery through {@code findAndRegisterModules()} and
 * Spring Boot 3's auto-configuration, and the shapes; the behaviour both Jackson modules share is one parameterised suite in lea-jackson3
 * ({@code BeideJacksonsTest}).
 */
class LeaModuleTest {

  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  /**
   * Spring Boot 3 makes a bean of each class its auto-configuration file names, unless the
   * metadata's class condition fails first (without loading the class); Boot adds every Jackson
   * {@code Module} bean to its mapper. The application in {@code examples/spring-boot-3} shows it
   * in Boot itself; this checks the two files name what exists.
   */
  @Test
  void springBootThreeFindsTheModuleThroughItsAutoConfigurationFiles() throws Exception {
    ClassLoader cl = LeaModule.class.getClassLoader();
    String imports;
    try (var in = cl.getResourceAsStream("META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports")) {
      imports = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    assertEquals(List.of(LeaModule.class.getName()), imports.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList());
    java.util.Properties metadata = new java.util.Properties();
    try (var in = cl.getResourceAsStream("META-INF/spring-autoconfigure-metadata.properties")) {
      metadata.load(in);
    }
    String voorwaarde = metadata.getProperty(LeaModule.class.getName() + ".ConditionalOnClass");
    assertEquals(com.fasterxml.jackson.databind.Module.class.getName(), voorwaarde);
    assertTrue(com.fasterxml.jackson.databind.Module.class.isAssignableFrom(Class.forName(imports.strip())));
    assertEquals(LeaModule.class, LeaModule.class.getConstructor().newInstance().getClass());
  }

  @Test
  void reportsLeasVersionAsJacksonsModulesDo() {
    com.fasterxml.jackson.core.Version v = new LeaModule().version();
    assertEquals("nl.lea", v.getGroupId());
    assertEquals("lea-json", v.getArtifactId());
    assertEquals(System.getProperty("lea.versie"), v.toString());
  }

  @Test
  void isFoundThroughTheServiceLoader() {
    assertTrue(MAPPER.getRegisteredModuleIds().contains("LeaModule"), MAPPER.getRegisteredModuleIds().toString());
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

}
