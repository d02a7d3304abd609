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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.lea.core.thema.LeaThema;
import nl.lea.core.thema.Overlegvorm;
import nl.lea.core.thema.RedenGeenDoelen;
import nl.lea.core.thema.RedenNietGeevalueerd;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.core.vve.Aanbod;
import nl.lea.core.vve.Subsidiemodel;
import nl.lea.core.vve.VveOnderwerp;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * {@code lea-vragenlijst/2} (docs/jaarverantwoording.md): one document per rule 11–16 and per
 * requirement of version 2, each breaking only that rule, asserting the exact JSON Pointer of the
 * error; version 1 knows none of the new fields.
 */
class Vragenlijst2RulesTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String G0 = "/gemeenten/0";
  private static final String JO = G0 + "/jaarlijksOverleg";
  private static final String VW = G0 + "/verantwoording";
  private static final String OAB = G0 + "/lea/BESTRIJDEN_ONDERWIJSACHTERSTANDEN";
  private static final String VS = G0 + "/lea/VOORKOMEN_SEGREGATIE";
  private static final String AANBOD = G0 + "/vve/aanbod";

  static String voorbeeld() {
    try (InputStream in = Vragenlijst2RulesTest.class.getResourceAsStream("voorbeeld-2.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The version 2 example with one change applied to its tree. */
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

  /** Asserts that the document has exactly one error, at the pointer, and returns its message. */
  static String enige(String json, String pointer) {
    List<JsonError> fouten = assertThrows(JsonReadException.class, () -> LeaJson.readVragenlijst(json)).errors();
    assertEquals(List.of(pointer), fouten.stream().map(JsonError::pointer).collect(Collectors.toList()), fouten.toString());
    return fouten.get(0).message();
  }

  @Test
  void theExampleOfTheSpecIsValidAndReadsEveryItem() {
    Vragenlijst v = LeaJson.readVragenlijst(voorbeeld());
    assertTrue(v.isJaarverantwoording());
    GemeenteAntwoord g = v.gemeenten().get(0);
    assertTrue(g.isJaarverantwoording());
    assertTrue(g.jaarlijksOverleg().orElseThrow().leaOverlegGevoerd());
    assertEquals(Set.of(Overlegvorm.LEA, Overlegvorm.OOGO, Overlegvorm.VVE_OVERLEG), g.jaarlijksOverleg().orElseThrow().overlegvormen());
    assertEquals(Optional.of(LocalDate.of(2024, 3, 12)), g.verantwoording().orElseThrow().vastgesteld());
    assertTrue(g.verantwoording().orElseThrow().isTijdig());
    var segregatie = g.lea().orElseThrow().thema(LeaThema.VOORKOMEN_SEGREGATIE);
    assertEquals(Set.of(RedenGeenDoelen.LATER_OPGEPAKT), segregatie.redenenGeenDoelen());
    assertEquals(Map.of("redenenGeenOverleg", "Werkdruk bij de schoolbesturen; in 2023 weer op de agenda."), segregatie.anders());
    assertEquals(Set.of(RedenNietGeevalueerd.BELEID_LOOPT_NOG),
        g.lea().orElseThrow().thema(LeaThema.BESTRIJDEN_ONDERWIJSACHTERSTANDEN).redenenNietGeevalueerd());
    assertEquals(Map.of("redenenGeenOverleg", "Loopt via het OOGO."), g.vve().orElseThrow().overleg(VveOnderwerp.TOELEIDING).anders());
    Aanbod a = g.vve().orElseThrow().aanbod();
    assertEquals(Optional.of(Subsidiemodel.SUBSIDIE_VOLGT_KIND), a.subsidiemodel());
    assertEquals(OptionalInt.of(0), a.wachtlijst());
    assertEquals(OptionalInt.of(14), a.veLocaties());
    assertEquals(Map.of("redenenNietBehaald", "De toetsen veranderden."), g.vve().orElseThrow().resultaatafspraken().anders());
    assertFalse(v.gemeenten().get(1).isJaarverantwoording());
  }

  @Test
  void theWriterWritesVersion2AndReadsBackEqual() {
    Vragenlijst v = LeaJson.readVragenlijst(voorbeeld());
    String json = LeaJson.writeVragenlijst(v, true);
    assertTrue(json.startsWith("{\n  \"schema\": \"lea-vragenlijst/2\""), json);
    assertEquals(v, LeaJson.readVragenlijst(json));
    assertEquals(json, LeaJson.writeVragenlijst(LeaJson.readVragenlijst(json), true), "canonical");
  }

  @Test
  void aVersion1DocumentStaysVersion1() {
    String v1 = VragenlijstRulesTest.voorbeeld();
    Vragenlijst v = LeaJson.readVragenlijst(v1);
    assertFalse(v.isJaarverantwoording());
    assertTrue(LeaJson.writeVragenlijst(v, false).startsWith("{\"schema\":\"lea-vragenlijst/1\""));
    GemeenteAntwoord g = v.gemeenten().get(0);
    assertTrue(g.jaarlijksOverleg().isEmpty(), "niet gevraagd");
    assertTrue(g.vve().orElseThrow().aanbod().subsidiemodel().isEmpty(), "niet gevraagd");
  }

  @Nested
  class Version1KnowsNoneOfIt {
    @Test
    void eachVersion2FieldInAVersion1DocumentIsAnUnknownField() {
      for (String[] geval : List.of(
          new String[] {"/gemeenten/0", "jaarlijksOverleg"},
          new String[] {"/gemeenten/0", "verantwoording"},
          new String[] {"/gemeenten/0/lea/VOORKOMEN_SEGREGATIE", "redenenGeenAfspraken"},
          new String[] {"/gemeenten/0/lea/VOORKOMEN_SEGREGATIE", "redenenGeenDoelen"},
          new String[] {"/gemeenten/0/lea/BESTRIJDEN_ONDERWIJSACHTERSTANDEN", "redenenNietGeevalueerd"},
          new String[] {"/gemeenten/0/lea/VOORKOMEN_SEGREGATIE", "anders"},
          new String[] {"/gemeenten/0/vve/toeleiding", "anders"},
          new String[] {"/gemeenten/0/vve/aanbod", "subsidiemodel"},
          new String[] {"/gemeenten/0/vve/aanbod", "wachtlijst"},
          new String[] {"/gemeenten/0/vve/aanbod", "veLocaties"},
          new String[] {"/gemeenten/0/vve/resultaatafspraken", "anders"})) {
        String json = VragenlijstRulesTest.met(r -> VragenlijstRulesTest.obj(r, geval[0]).put(geval[1], "x"));
        assertEquals("unknown field \"" + geval[1] + "\"", enige(json, geval[0] + "/" + geval[1]), geval[1]);
      }
    }
  }

  @Nested
  class Required {
    @Test
    void theYearlyOverlegAndItsAnswer() {
      assertEquals("is required", enige(met(r -> obj(r, G0).remove("jaarlijksOverleg")), JO));
      assertEquals("is required", enige(met(r -> obj(r, JO).remove("leaOverlegGevoerd")), JO + "/leaOverlegGevoerd"));
    }

    @Test
    void theSubsidyModel() {
      assertEquals("is required", enige(met(r -> obj(r, AANBOD).remove("subsidiemodel")), AANBOD + "/subsidiemodel"));
    }

    @Test
    void vastgesteldFrom2023AndNotBefore() {
      assertEquals("is required", enige(met(r -> obj(r, G0).remove("verantwoording")), VW));
      assertEquals("is required", enige(met(r -> obj(r, VW).remove("vastgesteld")), VW + "/vastgesteld"));
      // 2022 predates the Regeling: no verantwoording is fine.
      LeaJson.readVragenlijst(met(r -> {
        r.put("verslagjaar", 2022);
        obj(r, G0).remove("verantwoording");
      }));
    }

    @Test
    void theOptionalItemsMayBeLeftOut() {
      Vragenlijst v = LeaJson.readVragenlijst(met(r -> {
        obj(r, JO).remove(List.of("overlegvormen", "partijen"));
        obj(r, JO).put("leaOverlegGevoerd", false);
        for (String thema : List.of("BESTRIJDEN_ONDERWIJSACHTERSTANDEN", "BEVORDEREN_INTEGRATIE")) {
          obj(r, G0 + "/lea/" + thema).put("overleg", false);
        }
        obj(r, OAB).remove("redenenNietGeevalueerd");
        obj(r, AANBOD).remove(List.of("wachtlijst", "veLocaties"));
        obj(r, VW).remove("ingediend");
      }));
      Aanbod a = v.gemeenten().get(0).vve().orElseThrow().aanbod();
      assertTrue(a.wachtlijst().isEmpty() && a.veLocaties().isEmpty());
      assertFalse(v.gemeenten().get(0).verantwoording().orElseThrow().isTijdig(), "not sent: not in time");
    }

    @Test
    void notReturnedHasNoneOfThem() {
      for (String deel : List.of("jaarlijksOverleg", "verantwoording")) {
        String json = met(r -> obj(r, "/gemeenten/1").set(deel, obj(r, G0).get(deel)));
        assertEquals("must be absent when ingevuld is false", enige(json, "/gemeenten/1/" + deel));
      }
    }
  }

  @Nested
  class Rule11LeaOverlegAndItsForum {
    @Test
    void gevoerdExactlyWhenTheFormsHoldLea() {
      assertEquals("must contain LEA when leaOverlegGevoerd is true",
          enige(met(r -> ((ArrayNode) r.at(JO + "/overlegvormen")).remove(0)), JO + "/overlegvormen"));
      assertEquals("must not contain LEA when leaOverlegGevoerd is false",
          enige(met(r -> obj(r, JO).put("leaOverlegGevoerd", false)), JO + "/overlegvormen"));
    }
  }

  @Nested
  class Rule12OverlegSomewhere {
    @Test
    void aThemaWithOverlegNeedsAForum() {
      String json = met(r -> {
        obj(r, JO).put("leaOverlegGevoerd", false);
        ((ArrayNode) r.at(JO + "/overlegvormen")).removeAll();
      });
      assertEquals("must name a forum: a thema had overleg", enige(json, JO + "/overlegvormen"));
    }
  }

  @Nested
  class Rule13ReasonsWhereTheyApply {
    @Test
    void noAfsprakenReasonsWithAfspraken() {
      assertTrue(enige(met(r -> obj(r, OAB).putArray("redenenGeenAfspraken").add("DOORGESCHOVEN")), OAB + "/redenenGeenAfspraken")
          .startsWith("allowed only when afspraken is GEEN"));
    }

    @Test
    void noDoelenReasonsWithDoelen() {
      assertTrue(enige(met(r -> obj(r, OAB).putArray("redenenGeenDoelen").add("SPEELT_NIET")), OAB + "/redenenGeenDoelen")
          .startsWith("allowed only when doelen is empty"));
    }

    @Test
    void notEvaluatedReasonsOnlyWithADoelNotEvaluated() {
      String json = met(r -> ((ArrayNode) r.at(OAB + "/doelen")).remove(0));
      assertTrue(enige(json, OAB + "/redenenNietGeevalueerd").startsWith("allowed only when a doel has status NIET_GEEVALUEERD"));
    }
  }

  @Nested
  class Rule14Anders {
    private static final String ANDERS = VS + "/anders";

    @Test
    void aKeyNamesAReasonsFieldOfTheSameObject() {
      assertTrue(enige(met(r -> obj(r, ANDERS).put("afspraken", "x")), ANDERS + "/afspraken")
          .startsWith("must name a reasons field of this object"));
    }

    @Test
    void thatReasonsFieldHoldsAnders() {
      assertTrue(enige(met(r -> obj(r, ANDERS).put("redenenGeenAfspraken", "Iets anders.")), ANDERS + "/redenenGeenAfspraken")
          .startsWith("allowed only when redenenGeenAfspraken contains ANDERS"));
      assertTrue(enige(met(r -> obj(r, AANBOD).putObject("anders").put("redenenOnvolledigBereik", "x")),
          AANBOD + "/anders/redenenOnvolledigBereik").startsWith("allowed only when"));
    }

    @Test
    void theTextHasOneTo1000CodePointsAfterTrimmingWithoutControlCharacters() {
      String p = ANDERS + "/redenenGeenOverleg";
      assertTrue(enige(met(r -> obj(r, ANDERS).put("redenenGeenOverleg", " \u00a0\n ")), p).startsWith("must contain a non-blank"));
      assertTrue(enige(met(r -> obj(r, ANDERS).put("redenenGeenOverleg", "Een\ttab.")), p).startsWith("must not contain control"));
      assertTrue(enige(met(r -> obj(r, ANDERS).put("redenenGeenOverleg", "x\r\ny")), p).startsWith("must not contain control"));
      assertTrue(enige(met(r -> obj(r, ANDERS).put("redenenGeenOverleg", "a".repeat(1001))), p).startsWith("must be at most 1000"));
      assertEquals("must be a string, not an integer", enige(met(r -> obj(r, ANDERS).put("redenenGeenOverleg", 3)), p)
          .replaceAll(", was .*", ""));
      // 1000 code points of two UTF-16 units each, with a newline inside and spaces around: allowed, kept as written.
      String lang = "  " + "\uD83D\uDE00".repeat(500) + "\n" + "\uD83D\uDE00".repeat(499) + "\n  ";
      Vragenlijst v = LeaJson.readVragenlijst(met(r -> obj(r, ANDERS).put("redenenGeenOverleg", lang)));
      assertEquals(lang, v.gemeenten().get(0).lea().orElseThrow().thema(LeaThema.VOORKOMEN_SEGREGATIE).anders()
          .get("redenenGeenOverleg"));
      String teLang = "\uD83D\uDE00".repeat(1001);
      assertTrue(enige(met(r -> obj(r, ANDERS).put("redenenGeenOverleg", teLang)), p).startsWith("must be at most 1000 characters long (1001)"));
    }

    @Test
    void aKeyWithPathCharactersKeepsItsPointer() {
      String json = met(r -> obj(r, ANDERS).put("a.b]c/d", "x"));
      enige(json, ANDERS + "/a.b]c~1d");
    }
  }

  @Nested
  class Rule15Dates {
    @Test
    void realCalendarDatesWrittenIsoLike() {
      for (String datum : List.of("2024-02-30", "2024-3-12", "12-03-2024", "2024-03-12T10:00", "")) {
        assertTrue(enige(met(r -> obj(r, VW).put("vastgesteld", datum)), VW + "/vastgesteld").startsWith("must be a calendar date"),
            datum);
      }
    }

    @Test
    void afterTheVerslagjaarAndAtMostTheYearAfterThat() {
      assertTrue(enige(met(r -> obj(r, VW).put("vastgesteld", "2023-12-31").put("ingediend", "2024-01-02")), VW + "/vastgesteld")
          .startsWith("must lie from 2024-01-01 to 2025-12-31"));
      assertTrue(enige(met(r -> obj(r, VW).put("ingediend", "2026-01-01")), VW + "/ingediend").startsWith("must lie from"));
      LeaJson.readVragenlijst(met(r -> obj(r, VW).put("vastgesteld", "2024-01-01").put("ingediend", "2025-12-31")));
    }

    @Test
    void ingediendNotBeforeVastgesteld() {
      assertTrue(enige(met(r -> obj(r, VW).put("ingediend", "2024-03-11")), VW + "/ingediend")
          .startsWith("must not be before vastgesteld (2024-03-12)"));
    }

    @Test
    void inTimeUpToTheFirstOfApril() {
      assertTrue(LeaJson.readVragenlijst(met(r -> obj(r, VW).put("ingediend", "2024-04-01"))).gemeenten().get(0).verantwoording()
          .orElseThrow().isTijdig());
      assertFalse(LeaJson.readVragenlijst(met(r -> obj(r, VW).put("ingediend", "2024-04-02"))).gemeenten().get(0).verantwoording()
          .orElseThrow().isTijdig());
    }
  }

  @Nested
  class Rule16Wachtlijst {
    @Test
    void atMostTheDoelgroeppeuters() {
      assertTrue(enige(met(r -> obj(r, AANBOD).put("wachtlijst", 813)), AANBOD + "/wachtlijst")
          .startsWith("must not exceed doelgroeppeuters (812)"));
      LeaJson.readVragenlijst(met(r -> obj(r, AANBOD).put("wachtlijst", 812)));
      LeaJson.readVragenlijst(met(r -> obj(r, AANBOD).put("wachtlijst", 900).putNull("doelgroeppeuters")));
    }

    @Test
    void nullIsNotSuppliedForTheWaitingListAndAnErrorForTheLocations() {
      assertTrue(LeaJson.readVragenlijst(met(r -> obj(r, AANBOD).putNull("wachtlijst"))).gemeenten().get(0).vve().orElseThrow()
          .aanbod().wachtlijst().isEmpty());
      assertTrue(enige(met(r -> obj(r, AANBOD).putNull("veLocaties")), AANBOD + "/veLocaties").startsWith("must not be null"));
      enige(met(r -> obj(r, AANBOD).put("veLocaties", 10_001)), AANBOD + "/veLocaties");
      enige(met(r -> obj(r, AANBOD).put("wachtlijst", -1)), AANBOD + "/wachtlijst");
    }
  }
}
