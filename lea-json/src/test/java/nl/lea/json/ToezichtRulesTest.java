package nl.lea.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.lea.core.Gemeentecode;
import nl.lea.core.toezicht.Beoordeling;
import nl.lea.core.toezicht.Beoordelingen;
import nl.lea.core.toezicht.Contactuitkomst;
import nl.lea.core.toezicht.Domein;
import nl.lea.core.toezicht.Toezichtonderwerp;
import nl.lea.core.vragenlijst.Vragenlijst;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * docs/toezicht.md §4: one test document per rule of {@code lea-toezicht/1}, each breaking only that
 * rule, asserting the exact JSON Pointer; the cross-document rules against a questionnaire in
 * which GM0014 fires L4 and V4 and GM0034 (not returned) fires L0.
 */
class ToezichtRulesTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Vragenlijst VRAGENLIJST = LeaJson.readVragenlijst(VragenlijstRulesTest.met(
      r -> VragenlijstRulesTest.obj(r, "/gemeenten/0/vve/aanbod").put("kindplaatsen", 700)));
  private static final String G0 = "/gemeenten/0";
  private static final String G1 = "/gemeenten/1";
  private static final String LEA = G0 + "/contact/LEA";
  private static final String AFSPRAAK = LEA + "/verbeterafspraken/0";

  static String voorbeeld() {
    try (InputStream in = ToezichtRulesTest.class.getResourceAsStream("toezicht-voorbeeld.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

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

  static Beoordelingen lees(String json) {
    return LeaJson.readToezicht(json, VRAGENLIJST, TestRegels.REGELS);
  }

  static List<JsonError> fouten(String json) {
    return assertThrows(JsonReadException.class, () -> lees(json)).errors();
  }

  static JsonError enige(String json, String pointer) {
    List<JsonError> fouten = fouten(json);
    assertEquals(List.of(pointer), fouten.stream().map(JsonError::pointer).collect(Collectors.toList()), fouten.toString());
    return fouten.get(0);
  }

  @Test
  void theExampleReadsAsSpecified() {
    Beoordelingen b = lees(voorbeeld());
    assertEquals(2022, b.verslagjaar().jaar());
    Beoordeling groningen = b.beoordeling(Gemeentecode.of("GM0014")).orElseThrow();
    assertEquals(List.of("V4"), List.copyOf(groningen.aanvaardeRegels()));
    assertEquals("Subsidie volgt kind; er is geen wachtlijst.", groningen.toelichting("V4").orElseThrow().toelichting().orElseThrow());
    assertEquals(Domein.LEA, groningen.signalen().get(0).domein());
    var lea = groningen.contact(Domein.LEA).orElseThrow();
    assertEquals(Contactuitkomst.VERBETERAFSPRAKEN, lea.uitkomst());
    assertEquals(Toezichtonderwerp.VOORKOMEN_SEGREGATIE, lea.verbeterafspraken().get(0).onderwerp());
    assertEquals(LocalDate.of(2024, 6, 30), lea.verbeterafspraken().get(0).uiterlijk().orElseThrow());
    assertTrue(groningen.contact(Domein.VVE).isEmpty());
    assertEquals(Contactuitkomst.GEEN_RISICO_MEER, b.beoordeling(Gemeentecode.of("GM0034")).orElseThrow().contact(Domein.VVE).orElseThrow().uitkomst());
  }

  @Test
  void theCanonicalWriterRoundTrips() {
    Beoordelingen b = lees(voorbeeld());
    for (boolean pretty : new boolean[] {true, false}) {
      String tekst = LeaJson.writeToezicht(b, pretty);
      assertEquals(b, lees(tekst));
      assertEquals(tekst, LeaJson.writeToezicht(lees(tekst), pretty));
    }
  }

  @Nested
  class Rule1SchemaAndYear {
    @Test
    void schemaMustBeExact() {
      assertTrue(enige(met(r -> r.put("schema", "lea-vragenlijst/1")), "/schema").message().contains("lea-toezicht/1"));
    }

    @Test
    void theYearMustBeTheVragenlijstsYear() {
      assertEquals("/verslagjaar: differs from the vragenlijst's verslagjaar 2022, was 2021",
          enige(met(r -> r.put("verslagjaar", 2021)), "/verslagjaar").toString());
    }

    @Test
    void theYearIsAnInteger() {
      enige(met(r -> r.put("verslagjaar", "2022")), "/verslagjaar");
      enige(met(r -> r.remove("verslagjaar")), "/verslagjaar");
    }
  }

  @Nested
  class Rule2Gemeenten {
    @Test
    void gemeentenIsARequiredArrayThatMayBeEmpty() {
      enige(met(r -> r.remove("gemeenten")), "/gemeenten");
      enige(met(r -> r.put("gemeenten", "GM0014")), "/gemeenten");
      assertTrue(lees(met(r -> r.putArray("gemeenten"))).beoordelingen().isEmpty());
    }

    @Test
    void codeIsRequired() {
      enige(met(r -> obj(r, G0).remove("code")), G0 + "/code");
    }

    @Test
    void codeIsAGemeenteOfTheVragenlijst() {
      JsonError e = enige(met(r -> obj(r, G1).put("code", "GM0363")), G1 + "/code");
      assertEquals("is not a gemeente of the vragenlijst, was \"GM0363\"", e.message());
      enige(met(r -> obj(r, G1).put("code", "GM34")), G1 + "/code");
    }

    @Test
    void codeAppearsOnceReportedAtTheSecond() {
      JsonError e = enige(met(r -> ((ArrayNode) r.get("gemeenten")).add(MAPPER.createObjectNode().put("code", "GM0034"))),
          "/gemeenten/2/code");
      assertTrue(e.message().contains("/gemeenten/1"), e.message());
    }

    @Test
    void withAnUnknownCodeTheFiredRuleChecksAreSkippedButTheContentIsChecked() {
      List<JsonError> f = fouten(met(r -> {
        obj(r, G0).put("code", "GM9999");
        obj(r, G0).withArray("aanvaardeToelichtingen").add(MAPPER.createObjectNode().put("regel", "V5"));
        obj(r, G0 + "/signalen/0").put("omschrijving", " ");
      }));
      assertEquals(List.of(G0 + "/code", G0 + "/signalen/0/omschrijving"), f.stream().map(JsonError::pointer).toList(), f.toString());
    }
  }

  @Nested
  class Rule3OptionalParts {
    @Test
    void everyPartMayBeAbsentAndContactMayBeEmpty() {
      Beoordelingen b = lees(met(r -> {
        obj(r, G0).remove(List.of("aanvaardeToelichtingen", "signalen", "contact"));
        obj(r, G1).putObject("contact");
      }));
      assertEquals(Beoordeling.leeg(Gemeentecode.of("GM0014")), b.beoordelingen().get(0));
      assertEquals(Beoordeling.leeg(Gemeentecode.of("GM0034")), b.beoordelingen().get(1));
    }

    @Test
    void partsHaveTheirTypes() {
      enige(met(r -> obj(r, G0).put("aanvaardeToelichtingen", "V4")), G0 + "/aanvaardeToelichtingen");
      enige(met(r -> obj(r, G0).put("signalen", 1)), G0 + "/signalen");
      enige(met(r -> obj(r, G0).putArray("contact")), G0 + "/contact");
    }

    @Test
    void unknownFieldsAreErrorsAtEveryLevel() {
      enige(met(r -> r.put("extra", 1)), "/extra");
      enige(met(r -> obj(r, G0).put("naam", "Groningen")), G0 + "/naam");
      enige(met(r -> obj(r, G0 + "/aanvaardeToelichtingen/0").put("datum", "2024-01-01")), G0 + "/aanvaardeToelichtingen/0/datum");
      enige(met(r -> obj(r, G0 + "/signalen/0").put("bron", "GGD")), G0 + "/signalen/0/bron");
      enige(met(r -> obj(r, LEA).put("notitie", "x")), LEA + "/notitie");
      enige(met(r -> obj(r, AFSPRAAK).put("status", "open")), AFSPRAAK + "/status");
    }
  }

  @Nested
  class Rule4AanvaardeToelichtingen {
    private String metRegel(String gemeente, String regel) {
      return met(r -> obj(r, gemeente).withArray("aanvaardeToelichtingen").add(MAPPER.createObjectNode().put("regel", regel)));
    }

    @Test
    void anUnknownRuleCodeListsTheCodesInUse() {
      JsonError e = enige(metRegel(G0, "X1"), G0 + "/aanvaardeToelichtingen/1/regel");
      assertEquals("unknown value; allowed: L0, L4, V4, V5, was \"X1\"", e.message());
    }

    @Test
    void l0CannotBeAccepted() {
      JsonError e = enige(metRegel(G1, "L0"), G1 + "/aanvaardeToelichtingen/0/regel");
      assertTrue(e.message().startsWith("cannot be accepted"), e.message());
    }

    @Test
    void theRuleMustHaveFired() {
      JsonError e = enige(metRegel(G0, "V5"), G0 + "/aanvaardeToelichtingen/1/regel");
      assertEquals("did not fire for GM0014 (fired: L4 V4), was \"V5\"", e.message());
    }

    @Test
    void aRuleIsAcceptedOnceReportedAtTheSecond() {
      JsonError e = enige(metRegel(G0, "V4"), G0 + "/aanvaardeToelichtingen/1/regel");
      assertTrue(e.message().contains("/gemeenten/0/aanvaardeToelichtingen/0"), e.message());
    }

    @Test
    void theToelichtingIsOptionalButNotBlank() {
      assertTrue(lees(met(r -> obj(r, G0 + "/aanvaardeToelichtingen/0").remove("toelichting")))
          .beoordelingen().get(0).aanvaardeToelichtingen().get(0).toelichting().isEmpty());
      enige(met(r -> obj(r, G0 + "/aanvaardeToelichtingen/0").put("toelichting", " \t")), G0 + "/aanvaardeToelichtingen/0/toelichting");
      enige(met(r -> obj(r, G0 + "/aanvaardeToelichtingen/0").put("toelichting", 4)), G0 + "/aanvaardeToelichtingen/0/toelichting");
      enige(met(r -> obj(r, G0 + "/aanvaardeToelichtingen/0").remove("regel")), G0 + "/aanvaardeToelichtingen/0/regel");
    }
  }

  @Nested
  class Rule5Signalen {
    @Test
    void domeinIsLeaOrVve() {
      JsonError e = enige(met(r -> obj(r, G0 + "/signalen/0").put("domein", "OAB")), G0 + "/signalen/0/domein");
      assertTrue(e.message().contains("allowed: LEA, VVE"), e.message());
    }

    @Test
    void omschrijvingIsANonEmptyString() {
      enige(met(r -> obj(r, G0 + "/signalen/0").put("omschrijving", "")), G0 + "/signalen/0/omschrijving");
      enige(met(r -> obj(r, G0 + "/signalen/0").remove("omschrijving")), G0 + "/signalen/0/omschrijving");
    }

    @Test
    void signalsMayRepeat() {
      Beoordelingen b = lees(met(r -> obj(r, G0).withArray("signalen").add(obj(r, G0 + "/signalen/0").deepCopy())));
      assertEquals(2, b.beoordelingen().get(0).signalen().size());
    }
  }

  @Nested
  class Rule6ContactNeedsARisk {
    @Test
    void aContactWithoutARemainingRiskIsAnError() {
      // GM0014's only vve rule, V4, is accepted and there is no vve signal.
      JsonError e = enige(met(r -> obj(r, G0 + "/contact").putObject("VVE").put("uitkomst", "GEEN_RISICO_MEER")), G0 + "/contact/VVE");
      assertEquals("/gemeenten/0/contact/VVE: no possible vve risk remains for GM0014 after judgement", e.toString());
    }

    @Test
    void aSignalCreatesTheRisk() {
      Beoordelingen b = lees(met(r -> {
        obj(r, G0 + "/contact").putObject("VVE").put("uitkomst", "GEEN_RISICO_MEER");
        obj(r, G0).withArray("signalen").add(MAPPER.createObjectNode().put("domein", "VVE").put("omschrijving", "Wachtlijst."));
      }));
      assertEquals(Contactuitkomst.GEEN_RISICO_MEER, b.beoordelingen().get(0).contact(Domein.VVE).orElseThrow().uitkomst());
    }

    @Test
    void onlyValidAcceptancesCount() {
      // The V4 acceptance is invalid (blank text), so V4 still counts and the vve contact is allowed.
      enige(met(r -> {
        obj(r, G0 + "/aanvaardeToelichtingen/0").put("toelichting", " ");
        obj(r, G0 + "/contact").putObject("VVE").put("uitkomst", "GEEN_RISICO_MEER");
      }), G0 + "/aanvaardeToelichtingen/0/toelichting");
    }

    @Test
    void theKeysAreLeaAndVve() {
      enige(met(r -> obj(r, G0 + "/contact").putObject("OAB").put("uitkomst", "GEEN_RISICO_MEER")), G0 + "/contact/OAB");
    }

    @Test
    void l0GivesARiskInBothDomeinen() {
      Beoordelingen b = lees(met(r -> obj(r, G1 + "/contact").putObject("LEA").put("uitkomst", "ONDERZOEK")));
      assertEquals(2, b.beoordelingen().get(1).contacten().size());
    }
  }

  @Nested
  class Rule7Contacts {
    @Test
    void uitkomstIsRequiredAndKnown() {
      enige(met(r -> obj(r, LEA).remove("uitkomst")), LEA + "/uitkomst");
      enige(met(r -> obj(r, LEA).put("uitkomst", "BRIEF")), LEA + "/uitkomst");
    }

    @Test
    void verbeterafsprakenAreRequiredForVerbeterafspraken() {
      enige(met(r -> obj(r, LEA).remove("verbeterafspraken")), LEA + "/verbeterafspraken");
      enige(met(r -> obj(r, LEA).putArray("verbeterafspraken")), LEA + "/verbeterafspraken");
    }

    @Test
    void verbeterafsprakenAreAbsentForGeenRisicoMeerAndOptionalForOnderzoek() {
      enige(met(r -> obj(r, LEA).put("uitkomst", "GEEN_RISICO_MEER")), LEA + "/verbeterafspraken");
      assertTrue(lees(met(r -> obj(r, LEA).put("uitkomst", "GEEN_RISICO_MEER").putArray("verbeterafspraken")))
          .beoordelingen().get(0).contact(Domein.LEA).orElseThrow().verbeterafspraken().isEmpty());
      assertEquals(1, lees(met(r -> obj(r, LEA).put("uitkomst", "ONDERZOEK")))
          .beoordelingen().get(0).contact(Domein.LEA).orElseThrow().verbeterafspraken().size());
      assertTrue(lees(met(r -> {
        obj(r, LEA).put("uitkomst", "ONDERZOEK").remove("verbeterafspraken");
      })).beoordelingen().get(0).contact(Domein.LEA).orElseThrow().verbeterafspraken().isEmpty());
    }

    @Test
    void theOnderwerpLiesInTheContactsDomein() {
      JsonError e = enige(met(r -> obj(r, AFSPRAAK).put("onderwerp", "TOELEIDING")), AFSPRAAK + "/onderwerp");
      assertTrue(e.message().contains("BESTRIJDEN_ONDERWIJSACHTERSTANDEN, VOORKOMEN_SEGREGATIE, BEVORDEREN_INTEGRATIE, INSCHRIJVING_EN_TOELATING"),
          e.message());
      JsonError onbekend = enige(met(r -> obj(r, AFSPRAAK).put("onderwerp", "SEGREGATIE")), AFSPRAAK + "/onderwerp");
      assertTrue(onbekend.message().startsWith("unknown value; allowed: BESTRIJDEN_ONDERWIJSACHTERSTANDEN"), onbekend.message());
    }

    @Test
    void omschrijvingIsNonEmpty() {
      enige(met(r -> obj(r, AFSPRAAK).put("omschrijving", "   ")), AFSPRAAK + "/omschrijving");
      enige(met(r -> obj(r, AFSPRAAK).remove("omschrijving")), AFSPRAAK + "/omschrijving");
    }

    @Test
    void uiterlijkIsARealCalendarDateAndOptional() {
      enige(met(r -> obj(r, AFSPRAAK).put("uiterlijk", "2024-02-30")), AFSPRAAK + "/uiterlijk");
      enige(met(r -> obj(r, AFSPRAAK).put("uiterlijk", "30-06-2024")), AFSPRAAK + "/uiterlijk");
      enige(met(r -> obj(r, AFSPRAAK).put("uiterlijk", "2024-6-30")), AFSPRAAK + "/uiterlijk");
      assertEquals(LocalDate.of(2024, 2, 29), lees(met(r -> obj(r, AFSPRAAK).put("uiterlijk", "2024-02-29")))
          .beoordelingen().get(0).contact(Domein.LEA).orElseThrow().verbeterafspraken().get(0).uiterlijk().orElseThrow());
      assertTrue(lees(met(r -> obj(r, AFSPRAAK).remove("uiterlijk")))
          .beoordelingen().get(0).contact(Domein.LEA).orElseThrow().verbeterafspraken().get(0).uiterlijk().isEmpty());
    }
  }

  @Nested
  class Rule8TextLength {
    @Test
    void freeTextsAreAtMost2000Characters() {
      assertEquals(2000, lees(met(r -> obj(r, G0 + "/signalen/0").put("omschrijving", "a".repeat(2000))))
          .beoordelingen().get(0).signalen().get(0).omschrijving().length());
      enige(met(r -> obj(r, G0 + "/signalen/0").put("omschrijving", "a".repeat(2001))), G0 + "/signalen/0/omschrijving");
      enige(met(r -> obj(r, G0 + "/aanvaardeToelichtingen/0").put("toelichting", "b".repeat(2001))), G0 + "/aanvaardeToelichtingen/0/toelichting");
      enige(met(r -> obj(r, AFSPRAAK).put("omschrijving", "c".repeat(5000))), AFSPRAAK + "/omschrijving");
    }

    @Test
    void beyondTheFormatLimitOnlyTheFormatError() {
      List<JsonError> f = fouten(met(r -> obj(r, AFSPRAAK).put("omschrijving", "c".repeat(100_001))));
      assertEquals(1, f.size(), f.toString());
    }
  }

  @Nested
  class FormatRules {
    @Test
    void malformedJsonIsOneErrorWithItsLocation() {
      List<JsonError> f = fouten("{\"schema\": \"lea-toezicht/1\",\n \"verslagjaar\": 2022,, }");
      assertEquals(1, f.size());
      assertTrue(f.get(0).toString().startsWith("line 2, column"), f.toString());
    }

    @Test
    void duplicateKeysAndTrailingContentAreErrors() {
      List<JsonError> dubbel = fouten("{\"schema\":\"lea-toezicht/1\",\"verslagjaar\":2022,\"verslagjaar\":2022,\"gemeenten\":[]}");
      assertEquals(1, dubbel.size(), dubbel.toString());
      assertEquals(1, fouten(voorbeeld() + " {}").size());
      assertEquals(1, fouten("null").size());
    }

    @Test
    void everyErrorIsReportedAtOnce() {
      List<JsonError> f = fouten(met(r -> {
        r.put("verslagjaar", 2021);
        obj(r, G0 + "/signalen/0").put("domein", "X");
        obj(r, AFSPRAAK).put("uiterlijk", "morgen");
        obj(r, G1).put("code", "GM0363");
      }));
      assertEquals(List.of("/verslagjaar", G0 + "/signalen/0/domein", AFSPRAAK + "/uiterlijk", G1 + "/code"),
          f.stream().map(JsonError::pointer).toList(), f.toString());
    }
  }
}
