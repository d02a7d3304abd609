package nl.lea.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import nl.lea.testkit.LeaGenerators;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas agree with lea's readers: they are valid draft 2020-12 schemas, every document
 * lea accepts validates, every document a schema rejects lea rejects too, and for each structural
 * rule of docs/formaten.md a document that breaks it is rejected by both.
 */
class SchemaTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
  private static final Schema VRAGENLIJST = REGISTRY.getSchema(LeaSchema.VRAGENLIJST_1.tekst());
  private static final Schema VRAGENLIJST_2 = REGISTRY.getSchema(LeaSchema.VRAGENLIJST.tekst());
  private static final Schema PEUTERS = REGISTRY.getSchema(LeaSchema.PEUTERS.tekst());
  /** For the test rules (L0, L4, V4, V5); the shipped data, judged by the default rules, against any code. */
  private static final Schema TOEZICHT = REGISTRY.getSchema(LeaSchema.TOEZICHT.tekst(TestRegels.REGELS));
  private static final Schema TOEZICHT_ELKE_REGEL = REGISTRY.getSchema(LeaSchema.TOEZICHT.tekst());
  private static final Path DATA = Path.of("..", "examples", "data");

  private static List<Error> fouten(Schema s, String json) {
    try {
      return s.validate(MAPPER.readTree(json));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** The schema of the version a questionnaire document names. */
  private static Schema vragenlijstSchema(String json) {
    return json.contains("\"schema\":\"lea-vragenlijst/2\"") || json.contains("\"schema\": \"lea-vragenlijst/2\"")
        ? VRAGENLIJST_2 : VRAGENLIJST;
  }

  private static boolean geldig(Schema s, String json) {
    return fouten(s, json).isEmpty();
  }

  @Test
  void theSchemasAreValidDraft202012Schemas() throws Exception {
    Schema meta = REGISTRY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    for (LeaSchema s : LeaSchema.values()) {
      assertEquals(List.of(), meta.validate(MAPPER.readTree(s.tekst())), s.name());
      assertEquals("https://json-schema.org/draft/2020-12/schema", MAPPER.readTree(s.tekst()).get("$schema").asText());
      assertTrue(MAPPER.readTree(s.tekst()).get("description").asText().contains("cannot state"), s.name());
    }
    // The meta-schema check can fail: a schema with a wrong keyword type is reported.
    assertFalse(meta.validate(MAPPER.readTree("{\"type\": 12, \"minItems\": -1}")).isEmpty());
    assertEquals(LeaSchema.PEUTERS, LeaSchema.of("peuters").orElseThrow());
    assertEquals(LeaSchema.VRAGENLIJST, LeaSchema.of("vragenlijst").orElseThrow());
    assertEquals(LeaSchema.VRAGENLIJST, LeaSchema.of("vragenlijst/2").orElseThrow());
    assertEquals(LeaSchema.VRAGENLIJST_1, LeaSchema.of("vragenlijst/1").orElseThrow());
    assertTrue(LeaSchema.of("rapport").isEmpty());
    assertEquals(List.of("vragenlijst", "vragenlijst/1", "peuters", "toezicht"), LeaSchema.namen());
  }

  @Test
  void version2IsVersion1WithOnePatch() throws Exception {
    String v1 = LeaSchema.VRAGENLIJST_1.tekst();
    // The printer reproduces a schema file, so the patched text differs only where the patch says.
    assertEquals(v1, nl.lea.json.internal.MergePatch.print(v1));
    var v2 = MAPPER.readTree(LeaSchema.VRAGENLIJST.tekst());
    assertEquals("lea-vragenlijst/2", v2.at("/properties/schema/const").asText());
    assertEquals("urn:lea:schema:lea-vragenlijst-2", v2.get("$id").asText());
    // What version 1 says, version 2 says too (it may say more): every definition of version 1 is within version 2's.
    var eerste = MAPPER.readTree(v1);
    eerste.get("$defs").fieldNames().forEachRemaining(def -> assertTrue(bevat(v2.at("/$defs/" + def), eerste.at("/$defs/" + def)), def));
    assertFalse(bevat(eerste.at("/$defs/aanbod"), v2.at("/$defs/aanbod")), "the check can fail");
    assertEquals(List.of("subsidiemodel"), MAPPER.convertValue(v2.at("/$defs/aanbod/required"), List.class));
  }

  /**
   * Whether {@code groot} holds all of {@code klein}: its members, recursively; the elements of its
   * arrays; other values equal. A description may differ.
   */
  private static boolean bevat(com.fasterxml.jackson.databind.JsonNode groot, com.fasterxml.jackson.databind.JsonNode klein) {
    if (klein.isArray()) {
      if (!groot.isArray()) {
        return false;
      }
      for (var element : klein) {
        boolean gevonden = false;
        for (var ander : groot) {
          gevonden |= bevat(ander, element);
        }
        if (!gevonden) {
          return false;
        }
      }
      return true;
    }
    if (!klein.isObject()) {
      return klein.equals(groot);
    }
    if (!groot.isObject()) {
      return false;
    }
    for (var it = klein.fields(); it.hasNext();) {
      var veld = it.next();
      if (!veld.getKey().equals("description") && (!groot.has(veld.getKey()) || !bevat(groot.get(veld.getKey()), veld.getValue()))) {
        return false;
      }
    }
    return true;
  }

  @Test
  void theShippedDocumentsValidate() throws Exception {
    String vragenlijst = Files.readString(DATA.resolve("vragenlijst-2022.json"));
    assertEquals(List.of(), fouten(vragenlijstSchema(vragenlijst), vragenlijst));
    assertEquals(List.of(), fouten(VRAGENLIJST, VragenlijstRulesTest.voorbeeld()));
    assertEquals(List.of(), fouten(VRAGENLIJST_2, Vragenlijst2RulesTest.voorbeeld()));
    // The versions do not mix: each schema names its own.
    assertFalse(geldig(VRAGENLIJST_2, VragenlijstRulesTest.voorbeeld()));
    assertFalse(geldig(VRAGENLIJST, Vragenlijst2RulesTest.voorbeeld()));
    assertEquals(List.of(), fouten(TOEZICHT_ELKE_REGEL, Files.readString(DATA.resolve("toezicht-2022.json"))));
    assertEquals(List.of(), fouten(TOEZICHT, ToezichtRulesTest.voorbeeld()));
  }

  @Test
  void everyGeneratedDocumentValidates() {
    qt().withExamples(300).forAll(LeaGenerators.vragenlijsten().aantalGemeenten(0, 10).aandeelNietIngevuld(10)
        .aandeelOntbrekendeAantallen(20).flatMap(v -> LeaGenerators.beoordelingen(v, TestRegels.REGELS).aandeelContact(70)
            .aandeelSignalen(30).map(b -> org.quicktheories.api.Pair.of(v, b)))).checkAssert(p -> {
              assertEquals(List.of(), fouten(VRAGENLIJST, LeaJson.writeVragenlijst(p._1, false)));
              assertEquals(List.of(), fouten(TOEZICHT, LeaJson.writeToezicht(p._2, false)));
            });
    qt().withExamples(300).forAll(LeaGenerators.vragenlijsten().aantalGemeenten(0, 8).aandeelNietIngevuld(10).jaarverantwoording())
        .checkAssert(v -> {
          String json = LeaJson.writeVragenlijst(v, false);
          assertEquals(List.of(), fouten(vragenlijstSchema(json), json), json);
        });
    qt().withExamples(1_000).forAll(LeaGenerators.peuters()).checkAssert(p -> {
      java.io.StringWriter w = new java.io.StringWriter();
      try {
        new nl.lea.json.internal.DomainWriter(new JsonTextWriter(w, false)).peuter(p);
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
      assertEquals(List.of(), fouten(PEUTERS, w.toString()), w.toString());
    });
  }

  @Test
  void whatTheSchemaRejectsLeaRejects() {
    // Mutated documents (MutationProperties): if the schema says no, the reader must say no too.
    qt().withExamples(500).forAll(LeaGenerators.vragenlijsten().aantalGemeenten(1, 3), integers().between(0, Integer.MAX_VALUE - 1))
        .checkAssert(SchemaTest::schemaWeigertLeaWeigert);
    qt().withExamples(300).forAll(LeaGenerators.vragenlijsten().aantalGemeenten(1, 3).jaarverantwoording(),
        integers().between(0, Integer.MAX_VALUE - 1)).checkAssert(SchemaTest::schemaWeigertLeaWeigert);
  }

  private static void schemaWeigertLeaWeigert(nl.lea.core.vragenlijst.Vragenlijst v, int plek) {
    String json = LeaJson.writeVragenlijst(v, false);
    for (MutationProperties.Mutatie m : MutationProperties.Mutatie.values()) {
      if (m == MutationProperties.Mutatie.AFKAPPEN) {
        continue;
      }
      for (int soort = 0; soort < MutationProperties.SOORTEN; soort++) {
        String gemuteerd = MutationProperties.muteer(json, m, plek, soort);
        if (MutationProperties.Mutatie.DUBBEL == m && gemuteerd.indexOf("\"schema\"") != gemuteerd.lastIndexOf("\"schema\"")) {
          continue;
        }
        boolean leaAccepteert;
        try {
          LeaJson.readVragenlijst(gemuteerd);
          leaAccepteert = true;
        } catch (JsonReadException e) {
          leaAccepteert = false;
        }
        if (leaAccepteert) {
          assertEquals(List.of(), fouten(vragenlijstSchema(gemuteerd), gemuteerd), gemuteerd);
        }
      }
    }
  }

  /** One version 2 document per rule of docs/jaarverantwoording.md the schema can state: both reject it. */
  @Nested
  class BothRejectVersion2 {

    private void beide(Consumer<ObjectNode> wijziging) {
      String json = Vragenlijst2RulesTest.met(wijziging);
      assertFalse(geldig(VRAGENLIJST_2, json), "the schema accepts " + json);
      assertThrows(JsonReadException.class, () -> LeaJson.readVragenlijst(json));
    }

    private ObjectNode obj(ObjectNode r, String p) {
      return Vragenlijst2RulesTest.obj(r, p);
    }

    @Test
    void requiredItems() {
      beide(r -> obj(r, "/gemeenten/0").remove("jaarlijksOverleg"));
      beide(r -> obj(r, "/gemeenten/0/jaarlijksOverleg").remove("leaOverlegGevoerd"));
      beide(r -> obj(r, "/gemeenten/0/vve/aanbod").remove("subsidiemodel"));
      beide(r -> obj(r, "/gemeenten/0").remove("verantwoording"));
      beide(r -> obj(r, "/gemeenten/0/verantwoording").remove("vastgesteld"));
      beide(r -> obj(r, "/gemeenten/1").set("jaarlijksOverleg", obj(r, "/gemeenten/0").get("jaarlijksOverleg")));
    }

    @Test
    void rule11And13() {
      beide(r -> ((com.fasterxml.jackson.databind.node.ArrayNode) r.at("/gemeenten/0/jaarlijksOverleg/overlegvormen")).remove(0));
      beide(r -> obj(r, "/gemeenten/0/jaarlijksOverleg").put("leaOverlegGevoerd", false));
      String oab = "/gemeenten/0/lea/BESTRIJDEN_ONDERWIJSACHTERSTANDEN";
      beide(r -> obj(r, oab).putArray("redenenGeenAfspraken").add("DOORGESCHOVEN"));
      beide(r -> obj(r, oab).putArray("redenenGeenDoelen").add("SPEELT_NIET"));
      beide(r -> ((com.fasterxml.jackson.databind.node.ArrayNode) r.at(oab + "/doelen")).remove(0));
    }

    @Test
    void typesRangesAndTheTextRule() {
      String aanbod = "/gemeenten/0/vve/aanbod";
      beide(r -> obj(r, aanbod).put("wachtlijst", -1));
      beide(r -> obj(r, aanbod).putNull("veLocaties"));
      beide(r -> obj(r, aanbod).put("veLocaties", 10_001));
      beide(r -> obj(r, aanbod).put("subsidiemodel", "GRATIS"));
      beide(r -> obj(r, "/gemeenten/0/verantwoording").put("ingediend", "20-03-2024"));
      String anders = "/gemeenten/0/lea/VOORKOMEN_SEGREGATIE/anders";
      beide(r -> obj(r, anders).put("afspraken", "x"));
      beide(r -> obj(r, anders).put("redenenGeenOverleg", ""));
      beide(r -> obj(r, anders).put("redenenGeenOverleg", "Met\ttab."));
      beide(r -> obj(r, "/gemeenten/0/jaarlijksOverleg").putArray("partijen").add("BURGERS"));
    }
  }

  /** One document per structural rule of docs/formaten.md that both the schema and lea reject. */
  @Nested
  class BothReject {

    private void beide(Consumer<ObjectNode> wijziging) {
      String json = VragenlijstRulesTest.met(wijziging);
      assertFalse(geldig(VRAGENLIJST, json), "the schema accepts " + json);
      assertThrows(JsonReadException.class, () -> LeaJson.readVragenlijst(json));
    }

    private ObjectNode obj(ObjectNode r, String p) {
      return VragenlijstRulesTest.obj(r, p);
    }

    @Test
    void rule1SchemaYearAndGemeenten() {
      beide(r -> r.put("schema", "lea-vragenlijst/2"));
      beide(r -> r.put("verslagjaar", 1999));
      beide(r -> r.put("verslagjaar", "2022"));
      beide(r -> r.remove("gemeenten"));
    }

    @Test
    void rule3IngevuldDecidesLeaAndVve() {
      beide(r -> obj(r, "/gemeenten/1").set("lea", r.at("/gemeenten/0/lea").deepCopy()));
      beide(r -> obj(r, "/gemeenten/0").remove("vve"));
      beide(r -> obj(r, "/gemeenten/0/lea").remove("VOORKOMEN_SEGREGATIE"));
      beide(r -> obj(r, "/gemeenten/0/vve").remove("aanbod"));
    }

    @Test
    void rule4RequiredFieldsAndNull() {
      beide(r -> obj(r, "/gemeenten/0/vve/toeleiding").remove("uitkomst"));
      beide(r -> obj(r, "/gemeenten/0/gemeente").putNull("naam"));
      beide(r -> obj(r, "/gemeenten/0/vve/resultaatafspraken").putNull("frequentie"));
      beide(r -> obj(r, "/gemeenten/0").remove("ingevuld"));
    }

    @Test
    void rule5SetsHoldNoDuplicates() {
      beide(r -> ((ArrayNode) r.at("/gemeenten/0/vve/doelgroepdefinitie/indicatoren")).add("THUISTAAL"));
      beide(r -> ((ArrayNode) r.at("/gemeenten/0/vve/resultaatafspraken/ontwikkelingsgebieden")).add("TAAL"));
    }

    @Test
    void rule6UnknownFieldsAndValues() {
      beide(r -> obj(r, "/gemeenten/0/vve/aanbod").put("geenVeld", 3));
      beide(r -> obj(r, "/gemeenten/0/lea/BEVORDEREN_INTEGRATIE").put("afspraken", "MISSCHIEN"));
      beide(r -> r.put("extra", true));
    }

    @Test
    void rule7Counts() {
      beide(r -> obj(r, "/gemeenten/0/vve/aanbod").put("kindplaatsen", 1_000_001));
      beide(r -> obj(r, "/gemeenten/0/vve/aanbod").put("kindplaatsen", -1));
      beide(r -> obj(r, "/gemeenten/0/vve/aanbod").put("kindplaatsen", "900"));
      beide(r -> obj(r, "/gemeenten/0/vve/aanbod").put("kindplaatsen", 900.5));
    }

    @Test
    void rule8CrossFieldRulesTheSchemaCanState() {
      beide(r -> ((ArrayNode) obj(r, "/gemeenten/0/lea/BESTRIJDEN_ONDERWIJSACHTERSTANDEN").withArray("redenenGeenOverleg")).add("ANDERS"));
      beide(r -> ((ArrayNode) obj(r, "/gemeenten/0/vve/toeleiding").withArray("redenenGeenOverleg")).add("ANDERS"));
      beide(r -> obj(r, "/gemeenten/0/vve/toeleiding").put("uitkomst", "NIET_NODIG"));
      beide(r -> obj(r, "/gemeenten/0/vve/doelgroepdefinitie").put("uitkomst", "GEEN_AFSPRAKEN"));
      beide(r -> obj(r, "/gemeenten/0/vve/resultaatafspraken").put("status", "GEEN"));
      beide(r -> obj(r, "/gemeenten/0/gemeente").put("code", "GM14"));
      beide(r -> obj(r, "/gemeenten/0/gemeente").put("naam", " \t"));
    }
  }

  @Test
  void theToezichtAndPeuterSchemasRejectWhatLeaRejects() {
    String geldigeRegel = "{\"id\":\"p-1\",\"gemeente\":\"GM0014\",\"leeftijdInMaanden\":34,\"indicatoren\":[\"THUISTAAL\"],\"veDeelname\":true}";
    assertTrue(geldig(PEUTERS, geldigeRegel));
    for (String fout : List.of(geldigeRegel.replace("34", "97"), geldigeRegel.replace("\"p-1\"", "\" \""),
        geldigeRegel.replace("GM0014", "GM14"), geldigeRegel.replace("\"THUISTAAL\"", "\"THUISTAAL\",\"THUISTAAL\""),
        geldigeRegel.replace("\"veDeelname\":true", "\"veDeelname\":true,\"x\":1"), geldigeRegel.replace(",\"veDeelname\":true", ""))) {
      assertFalse(geldig(PEUTERS, fout), fout);
      try (PeuterReader r = PeuterReader.of(new java.io.ByteArrayInputStream(fout.getBytes(StandardCharsets.UTF_8)))) {
        r.stream().forEach(p -> { });
        assertFalse(r.errors().isEmpty(), fout);
      }
    }
    for (Consumer<ObjectNode> w : List.<Consumer<ObjectNode>>of(
        r -> r.put("schema", "lea-toezicht/2"),
        r -> ToezichtRulesTest.obj(r, "/gemeenten/0/contact/LEA").put("uitkomst", "GEEN_RISICO_MEER"),
        r -> ToezichtRulesTest.obj(r, "/gemeenten/0/contact/LEA").putArray("verbeterafspraken"),
        r -> ToezichtRulesTest.obj(r, "/gemeenten/0/contact/LEA/verbeterafspraken/0").put("onderwerp", "TOELEIDING"),
        r -> ToezichtRulesTest.obj(r, "/gemeenten/0/contact/LEA/verbeterafspraken/0").put("uiterlijk", "30-06-2024"),
        r -> ToezichtRulesTest.obj(r, "/gemeenten/0/aanvaardeToelichtingen/0").put("regel", "L0"),
        r -> ToezichtRulesTest.obj(r, "/gemeenten/0/signalen/0").put("omschrijving", "x".repeat(2001)),
        r -> ToezichtRulesTest.obj(r, "/gemeenten/0").put("naam", "Groningen"))) {
      String json = ToezichtRulesTest.met(w);
      assertFalse(geldig(TOEZICHT, json), json);
      assertThrows(JsonReadException.class, () -> ToezichtRulesTest.lees(json));
    }
  }
}
