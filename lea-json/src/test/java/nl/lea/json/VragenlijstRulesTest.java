package nl.lea.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.lea.core.vragenlijst.Vragenlijst;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One test document per rule of docs/formaten.md, each breaking only that rule, asserting the exact
 * JSON Pointer of the error; and a document with many independent errors, all reported.
 */
class VragenlijstRulesTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String G0 = "/gemeenten/0";
  private static final String VVE = G0 + "/vve";
  private static final String OAB = G0 + "/lea/BESTRIJDEN_ONDERWIJSACHTERSTANDEN";
  private static final String RA = VVE + "/resultaatafspraken";

  static String voorbeeld() {
    try (InputStream in = VragenlijstRulesTest.class.getResourceAsStream("voorbeeld.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The example with one change applied to its tree. */
  static String met(Consumer<ObjectNode> wijziging) {
    try {
      ObjectNode root = (ObjectNode) MAPPER.readTree(voorbeeld());
      wijziging.accept(root);
      return MAPPER.writeValueAsString(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode obj(ObjectNode root, String pointer) {
    return (ObjectNode) root.at(pointer);
  }

  static List<JsonError> fouten(String json) {
    return assertThrows(JsonReadException.class, () -> LeaJson.readVragenlijst(json)).errors();
  }

  /** Asserts that the document has exactly one error, at the pointer, and returns it. */
  static JsonError enige(String json, String pointer) {
    List<JsonError> fouten = fouten(json);
    assertEquals(List.of(pointer), fouten.stream().map(JsonError::pointer).collect(Collectors.toList()), fouten.toString());
    return fouten.get(0);
  }

  @Test
  void theExampleOfTheSpecIsValid() {
    Vragenlijst v = LeaJson.readVragenlijst(voorbeeld());
    assertEquals(2, v.gemeenten().size());
    assertEquals(2022, v.verslagjaar().jaar());
  }

  @Nested
  class Rule1SchemaYearGemeenten {
    @Test
    void schemaMustBeExact() {
      // Both versions are read (docs/jaarverantwoording.md §3); anything else is an error.
      JsonError e = enige(met(r -> r.put("schema", "lea-vragenlijst/3")), "/schema");
      assertEquals("must be \"lea-vragenlijst/1\" or \"lea-vragenlijst/2\", was \"lea-vragenlijst/3\"", e.message());
    }

    @Test
    void verslagjaarIsAnInteger2000To2100() {
      assertTrue(enige(met(r -> r.put("verslagjaar", 1999)), "/verslagjaar").message().contains("2000..2100"));
      enige(met(r -> r.put("verslagjaar", 2101)), "/verslagjaar");
      enige(met(r -> r.put("verslagjaar", "2022")), "/verslagjaar");
    }

    @Test
    void gemeentenIsRequiredAndMayBeEmpty() {
      assertEquals("is required", enige(met(r -> r.remove("gemeenten")), "/gemeenten").message());
      assertTrue(LeaJson.readVragenlijst(met(r -> r.putArray("gemeenten"))).gemeenten().isEmpty());
      enige(met(r -> r.put("gemeenten", "GM0014")), "/gemeenten");
    }
  }

  @Test
  void rule2GemeenteCodesAreUniqueTheSecondIsReported() {
    String json = met(r -> ((ArrayNode) r.get("gemeenten")).addObject()
        .put("ingevuld", false).putObject("gemeente").put("code", "GM0014").put("naam", "Groningen bis"));
    enige(json, "/gemeenten/2/gemeente/code");
  }

  @Nested
  class Rule3Ingevuld {
    @Test
    void notFilledInMeansNoAnswers() {
      enige(met(r -> obj(r, "/gemeenten/1").putObject("lea")), "/gemeenten/1/lea");
    }

    @Test
    void filledInNeedsLeaAndVve() {
      enige(met(r -> obj(r, G0).remove("vve")), VVE);
      enige(met(r -> obj(r, G0).remove("lea")), G0 + "/lea");
    }

    @Test
    void leaHasExactlyTheFourThemes() {
      enige(met(r -> obj(r, G0 + "/lea").remove("INSCHRIJVING_EN_TOELATING")), G0 + "/lea/INSCHRIJVING_EN_TOELATING");
      enige(met(r -> obj(r, G0 + "/lea").set("ONBEKEND_THEMA", obj(r, OAB).deepCopy())), G0 + "/lea/ONBEKEND_THEMA");
    }

    @Test
    void vveHasAllFiveParts() {
      for (String deel : List.of("doelgroepdefinitie", "toeleiding", "doorgaandeLijn", "aanbod", "resultaatafspraken")) {
        enige(met(r -> obj(r, VVE).remove(deel)), VVE + "/" + deel);
      }
    }

    @Test
    void ingevuldIsRequired() {
      enige(met(r -> obj(r, "/gemeenten/1").remove("ingevuld")), "/gemeenten/1/ingevuld");
    }
  }

  @Nested
  class Rule4OptionalAndNull {
    @Test
    void everyOptionalFieldMayBeOmitted() {
      Vragenlijst v = LeaJson.readVragenlijst(met(r -> {
        obj(r, OAB + "/doelen/0").remove("omschrijving");
        obj(r, VVE + "/doelgroepdefinitie").remove("criteria");
        obj(r, VVE + "/aanbod").remove(List.of("doelgroeppeuters", "kindplaatsen", "bereikteDoelgroeppeuters"));
        obj(r, RA).remove(List.of("reikwijdte", "frequentie"));
        obj(r, OAB).remove(List.of("redenenGeenOverleg", "doelen"));
        obj(r, RA).remove(List.of("aanlevering", "gesprekspartners"));
      }));
      assertFalse(v.gemeenten().get(0).vve().orElseThrow().aanbod().isVolledig());
    }

    @Test
    void nullIsAllowedOnlyForTheThreeCounts() {
      Vragenlijst v = LeaJson.readVragenlijst(met(r -> obj(r, VVE + "/aanbod").putNull("kindplaatsen")));
      assertTrue(v.gemeenten().get(0).vve().orElseThrow().aanbod().kindplaatsen().isEmpty());
      enige(met(r -> obj(r, RA).putNull("reikwijdte")), RA + "/reikwijdte");
      enige(met(r -> obj(r, OAB + "/doelen/0").putNull("omschrijving")), OAB + "/doelen/0/omschrijving");
      enige(met(r -> obj(r, OAB).putNull("doelen")), OAB + "/doelen");
      enige(met(r -> obj(r, VVE + "/doelgroepdefinitie").putNull("criteria")), VVE + "/doelgroepdefinitie/criteria");
    }

    @Test
    void everyOtherFieldIsRequired() {
      enige(met(r -> obj(r, OAB).remove("afspraken")), OAB + "/afspraken");
      enige(met(r -> obj(r, OAB + "/doelen/0").remove("status")), OAB + "/doelen/0/status");
      enige(met(r -> obj(r, RA).remove("status")), RA + "/status");
      enige(met(r -> obj(r, G0 + "/gemeente").remove("naam")), G0 + "/gemeente/naam");
    }
  }

  @Nested
  class Rule5Sets {
    @Test
    void aSetHoldsNoDuplicateTheSecondIsReported() {
      enige(met(r -> ((ArrayNode) r.at(VVE + "/aanbod/redenenOnvolledigBereik")).add("OUDERS_WILLEN_NIET")),
          VVE + "/aanbod/redenenOnvolledigBereik/1");
      enige(met(r -> ((ArrayNode) r.at(RA + "/gesprekspartners")).add("SCHOOLBESTUREN")), RA + "/gesprekspartners/2");
    }

    @Test
    void criteriaClausesAreSets() {
      enige(met(r -> ((ArrayNode) r.at(VVE + "/doelgroepdefinitie/criteria/0")).add("OPLEIDINGSNIVEAU_OUDERS")),
          VVE + "/doelgroepdefinitie/criteria/0/1");
    }

    @Test
    void inhoudIsASetOfPairs() {
      enige(met(r -> ((ArrayNode) r.at(RA + "/inhoud")).add(r.at(RA + "/inhoud/0").deepCopy())), RA + "/inhoud/1");
    }

    @Test
    void doelenAndCriteriaMayRepeat() {
      Vragenlijst doelen = LeaJson.readVragenlijst(met(r -> ((ArrayNode) r.at(OAB + "/doelen")).add(r.at(OAB + "/doelen/0").deepCopy())));
      assertEquals(2, doelen.gemeenten().get(0).lea().orElseThrow()
          .thema(nl.lea.core.thema.LeaThema.BESTRIJDEN_ONDERWIJSACHTERSTANDEN).doelen().size());
      Vragenlijst criteria = LeaJson.readVragenlijst(met(r -> ((ArrayNode) r.at(VVE + "/doelgroepdefinitie/criteria"))
          .add(r.at(VVE + "/doelgroepdefinitie/criteria/0").deepCopy())));
      // A repeated clause is the same rule: the definition equals the document's own.
      assertEquals(LeaJson.readVragenlijst(voorbeeld()).gemeenten().get(0).vve().orElseThrow().doelgroepdefinitie(),
          criteria.gemeenten().get(0).vve().orElseThrow().doelgroepdefinitie());
    }
  }

  @Nested
  class Rule6UnknownFieldsAndValues {
    @Test
    void unknownFieldsAreErrors() {
      enige(met(r -> obj(r, VVE + "/aanbod").put("peuterplaatsen", 3)), VVE + "/aanbod/peuterplaatsen");
      enige(met(r -> r.put("opmerking", "x")), "/opmerking");
      enige(met(r -> obj(r, G0 + "/gemeente").put("provincie", "Groningen")), G0 + "/gemeente/provincie");
    }

    @Test
    void unknownEnumValuesListTheAllowedOnes() {
      JsonError e = enige(met(r -> obj(r, OAB).put("afspraken", "MISSCHIEN")), OAB + "/afspraken");
      assertTrue(e.message().contains("NIEUW, LOPEND, GEEN"), e.message());
      assertEquals("\"MISSCHIEN\"", e.value().orElseThrow());
      enige(met(r -> ((ArrayNode) r.at(VVE + "/doelgroepdefinitie/indicatoren")).add("SCHOENMAAT")),
          VVE + "/doelgroepdefinitie/indicatoren/2");
    }
  }

  @Nested
  class Rule7Integers {
    @Test
    void countsAreIntegersWithoutFractionOrExponent() {
      String p = VVE + "/aanbod/kindplaatsen";
      for (String waarde : List.of("12.0", "9E2", "\"12\"", "1000001", "-1", "true", "1e0")) {
        String json = met(r -> { }).replace("\"kindplaatsen\":900", "\"kindplaatsen\":" + waarde);
        JsonError e = enige(json, p);
        assertEquals(waarde, e.value().orElseThrow(), e.toString());
      }
      assertEquals(1_000_000, LeaJson.readVragenlijst(met(r -> obj(r, VVE + "/aanbod").put("kindplaatsen", 1_000_000)))
          .gemeenten().get(0).vve().orElseThrow().aanbod().kindplaatsen().getAsInt());
    }

    @Test
    void verslagjaarIsWrittenAsAnInteger() {
      enige(met(r -> { }).replace("\"verslagjaar\":2022", "\"verslagjaar\":2022.0"), "/verslagjaar");
    }
  }

  @Nested
  class Rule8CrossFieldRules {
    @Test
    void leaReasonsOnlyWithoutOverleg() {
      enige(met(r -> ((ArrayNode) r.at(OAB + "/redenenGeenOverleg")).add("GEEN_CAPACITEIT")), OAB + "/redenenGeenOverleg");
    }

    @Test
    void vveReasonsOnlyWithGeenOverleg() {
      enige(met(r -> ((ArrayNode) r.at(VVE + "/toeleiding/redenenGeenOverleg")).add("GEEN_CAPACITEIT")),
          VVE + "/toeleiding/redenenGeenOverleg");
      LeaJson.readVragenlijst(met(r -> {
        obj(r, VVE + "/toeleiding").put("uitkomst", "GEEN_OVERLEG");
        ((ArrayNode) r.at(VVE + "/toeleiding/redenenGeenOverleg")).add("GEEN_CAPACITEIT");
      }));
    }

    @Test
    void nietNodigOnlyForTheDoelgroepdefinitieAndGeenAfsprakenNotForIt() {
      enige(met(r -> obj(r, VVE + "/toeleiding").put("uitkomst", "NIET_NODIG")), VVE + "/toeleiding/uitkomst");
      enige(met(r -> obj(r, VVE + "/doelgroepdefinitie").put("uitkomst", "GEEN_AFSPRAKEN")),
          VVE + "/doelgroepdefinitie/uitkomst");
    }

    @Test
    void criteriaUnionEqualsIndicatoren() {
      enige(met(r -> ((ArrayNode) r.at(VVE + "/doelgroepdefinitie/indicatoren")).add("KIND_IN_AZC")),
          VVE + "/doelgroepdefinitie/criteria");
      enige(met(r -> obj(r, VVE + "/doelgroepdefinitie").putArray("criteria")), VVE + "/doelgroepdefinitie/criteria");
      enige(met(r -> ((ArrayNode) r.at(VVE + "/doelgroepdefinitie/criteria")).addArray()),
          VVE + "/doelgroepdefinitie/criteria/2");
    }

    @Test
    void resultaatafsprakenGeenCarriesNothingElse() {
      String json = met(r -> {
        ObjectNode ra = obj(r, RA);
        ra.put("status", "GEEN");
        ra.remove(List.of("reikwijdte", "frequentie"));
        for (String veld : List.of("ontwikkelingsgebieden", "inhoud", "aanlevering", "doelen", "redenenNietBehaald")) {
          ra.putArray(veld);
        }
      });
      enige(json, RA + "/gesprekspartners");
      enige(json.replace("\"status\":\"GEEN\"", "\"status\":\"ONBEKEND\""), RA + "/gesprekspartners");
    }

    @Test
    void inhoudGebiedIsAnOntwikkelingsgebied() {
      enige(met(r -> ((ArrayNode) r.at(RA + "/inhoud")).addObject().put("type", "EINDE_PEUTERPERIODE").put("gebied", "MOTORIEK")),
          RA + "/inhoud/1/gebied");
    }

    @Test
    void redenenNietBehaaldOnlyWhenGoalsWereMissed() {
      enige(met(r -> obj(r, RA + "/doelen/0").put("status", "BEHAALD")), RA + "/redenenNietBehaald");
      enige(met(r -> obj(r, RA + "/doelen/0").put("status", "EVALUATIE_LOOPT")), RA + "/redenenNietBehaald");
    }

    @Test
    void gemeenteCodeAndNaam() {
      enige(met(r -> obj(r, G0 + "/gemeente").put("code", "GM14")), G0 + "/gemeente/code");
      enige(met(r -> obj(r, G0 + "/gemeente").put("naam", "  ")), G0 + "/gemeente/naam");
    }
  }

  @Test
  void rule9DuplicateKeysAreErrorsAtTheSecond() {
    String json = voorbeeld().replace("\"ingevuld\": false }", "\"ingevuld\": false, \"ingevuld\": false }");
    enige(json, "/gemeenten/1/ingevuld");
  }

  @Nested
  class Rule10EncodingAndTrailingContent {
    @Test
    void aByteOrderMarkIsAnError() {
      byte[] tekst = voorbeeld().getBytes(StandardCharsets.UTF_8);
      byte[] metBom = new byte[tekst.length + 3];
      metBom[0] = (byte) 0xEF;
      metBom[1] = (byte) 0xBB;
      metBom[2] = (byte) 0xBF;
      System.arraycopy(tekst, 0, metBom, 3, tekst.length);
      List<JsonError> fouten = assertThrows(JsonReadException.class, () -> LeaJson.readVragenlijst(metBom)).errors();
      assertEquals(1, fouten.size());
      assertTrue(fouten.get(0).message().contains("byte-order mark"));
      assertEquals(1, fouten.get(0).line().getAsInt());
    }

    @Test
    void utf16IsRejected() {
      byte[] utf16 = voorbeeld().getBytes(StandardCharsets.UTF_16LE);
      assertTrue(assertThrows(JsonReadException.class, () -> LeaJson.readVragenlijst(utf16)).errors().get(0).message().contains("UTF-8"));
    }

    @Test
    void invalidUtf8IsMalformed() {
      byte[] tekst = voorbeeld().replace("Groningen", "Gr\u00f6ningen").getBytes(StandardCharsets.ISO_8859_1);
      JsonError e = assertThrows(JsonReadException.class, () -> LeaJson.readVragenlijst(tekst)).errors().get(0);
      assertEquals(6, e.line().getAsInt());
    }

    @Test
    void anythingAfterTheTopLevelValueIsMalformed() {
      List<JsonError> fouten = fouten(voorbeeld() + "\n{}");
      assertEquals(1, fouten.size());
      assertEquals(voorbeeld().split("\n", -1).length + 1, fouten.get(0).line().getAsInt(), fouten.toString());
      assertEquals(1, fouten.get(0).column().getAsInt());
      LeaJson.readVragenlijst(voorbeeld() + "\n  \n\t");
    }
  }

  @Nested
  class Malformed {
    @Test
    void oneErrorWithLineAndColumn() {
      List<JsonError> fouten = fouten("{\n  \"schema\": \"lea-vragenlijst/1\",\n  \"verslagjaar\": 2022,,\n}");
      assertEquals(1, fouten.size());
      JsonError e = fouten.get(0);
      assertEquals(3, e.line().getAsInt());
      assertEquals(23, e.column().getAsInt());
      assertTrue(e.toString().startsWith("line 3, column 23: malformed JSON"), e.toString());
    }

    @Test
    void emptyAndNullDocuments() {
      assertEquals(1, fouten("").size());
      assertEquals(List.of(""), fouten("null").stream().map(JsonError::pointer).collect(Collectors.toList()));
      assertEquals(1, fouten("[]").size());
    }
  }

  @Nested
  class Limits {
    @Test
    void nestingDeeperThan64() {
      String diep = "[".repeat(65) + "]".repeat(65);
      JsonError e = fouten(met(r -> { }).replace("\"gemeenten\":", "\"x\":" + diep + ",\"gemeenten\":")).get(0);
      assertEquals("the document nests arrays and objects deeper than 64", e.message());
      assertTrue(e.column().getAsInt() > 1, e.toString());
    }

    @Test
    void stringsLongerThan100000Characters() {
      String lang = "x".repeat(100_001);
      List<JsonError> f = fouten(met(r -> obj(r, OAB + "/doelen/0").put("omschrijving", lang)));
      // Located at its own pointer, line and column, in the project's words (no Jackson internals).
      assertEquals(1, f.size(), f.toString());
      JsonError e = f.get(0);
      assertEquals(OAB + "/doelen/0/omschrijving", e.pointer());
      assertTrue(e.line().getAsInt() >= 1 && e.column().getAsInt() > 1, e.toString());
      assertEquals(OAB + "/doelen/0/omschrijving (line " + e.line().getAsInt() + ", column " + e.column().getAsInt()
          + "): must be at most 100000 characters long", e.toString());
      JsonError sleutel = fouten(met(r -> obj(r, G0 + "/gemeente").put("k".repeat(100_001), 1))).get(0);
      assertEquals(G0 + "/gemeente", sleutel.pointer());
      assertTrue(sleutel.message().startsWith("has a key longer than 100000"), sleutel.message());
      assertEquals(100_000, LeaJson.readVragenlijst(met(r -> obj(r, OAB + "/doelen/0").put("omschrijving", "y".repeat(100_000))))
          .gemeenten().get(0).lea().orElseThrow().perThema().values().iterator().next().doelen().get(0).omschrijving().orElseThrow().length());
    }

    @Test
    void aKeyWithControlCharactersStaysOnOneLine() {
      JsonError e = fouten(met(r -> obj(r, G0 + "/gemeente").put("a\nb\u0000\u2028", 1))).get(0);
      assertEquals(G0 + "/gemeente/a\nb\u0000\u2028", e.pointer(), "the pointer itself stays exact (RFC 6901)");
      assertEquals(G0 + "/gemeente/a\\u000ab\\u0000\\u2028: unknown field \"a\\u000ab\\u0000\\u2028\"", e.toString());
      assertEquals(1, e.toString().lines().count());
    }

    @Test
    void documentsLargerThan64MiB() {
      byte[] groot = new byte[64 * 1024 * 1024 + 1];
      java.util.Arrays.fill(groot, (byte) ' ');
      List<JsonError> fouten = assertThrows(JsonReadException.class, () -> LeaJson.readVragenlijst(groot)).errors();
      assertEquals(1, fouten.size());
      assertTrue(fouten.get(0).message().contains("64 MiB"));
    }
  }

  @Test
  void aDocumentWithManyIndependentErrorsReportsThemAll() {
    String json = met(r -> {
      r.put("verslagjaar", 1990);
      obj(r, OAB).put("afspraken", "MISSCHIEN");
      ((ArrayNode) r.at(OAB + "/redenenGeenOverleg")).add("GEEN_CAPACITEIT");
      obj(r, VVE + "/aanbod").put("kindplaatsen", -5);
      obj(r, VVE + "/aanbod").put("doelgroeppeuters", 3.5);
      obj(r, VVE + "/toeleiding").put("uitkomst", "NIET_NODIG");
      obj(r, VVE).remove("doorgaandeLijn");
      obj(r, RA).put("extra", true);
      ((ArrayNode) r.at(RA + "/inhoud")).addObject().put("type", "EINDE_PEUTERPERIODE").put("gebied", "MOTORIEK");
      obj(r, G0 + "/gemeente").put("code", "G0014");
      obj(r, "/gemeenten/1").putObject("vve");
    });
    List<String> pointers = fouten(json).stream().map(JsonError::pointer).sorted().collect(Collectors.toList());
    assertEquals(List.of(
        "/gemeenten/0/gemeente/code",
        "/gemeenten/0/lea/BESTRIJDEN_ONDERWIJSACHTERSTANDEN/afspraken",
        "/gemeenten/0/lea/BESTRIJDEN_ONDERWIJSACHTERSTANDEN/redenenGeenOverleg",
        "/gemeenten/0/vve/aanbod/doelgroeppeuters",
        "/gemeenten/0/vve/aanbod/kindplaatsen",
        "/gemeenten/0/vve/doorgaandeLijn",
        "/gemeenten/0/vve/resultaatafspraken/extra",
        "/gemeenten/0/vve/resultaatafspraken/inhoud/1/gebied",
        "/gemeenten/0/vve/toeleiding/uitkomst",
        "/gemeenten/1/vve",
        "/verslagjaar"), pointers);
  }

  @Test
  void noMessageLooksLikeAStackTrace() {
    String json = met(r -> {
      obj(r, OAB).put("afspraken", "X\n\tat (Y.java:1)");
      r.put("verslagjaar", "\n at (");
    });
    for (JsonError e : fouten(json)) {
      assertFalse(e.toString().matches("(?s).*\\n\\s*at \\(.*"), e.toString());
      assertFalse(e.toString().contains("\n"));
    }
  }
}
