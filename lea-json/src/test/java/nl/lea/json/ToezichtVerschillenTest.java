package nl.lea.json;

import static nl.lea.json.ToezichtRulesTest.fouten;
import static nl.lea.json.ToezichtRulesTest.lees;
import static nl.lea.json.ToezichtRulesTest.met;
import static nl.lea.json.ToezichtRulesTest.obj;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The differences a differential fuzzer found between lea's {@code lea-toezicht/1} reader and
 * TOEZICHT.md (issue 25), each resolved as the spec says: blank is only white space, Unicode spaces
 * included; lengths count code points; dates from year 1; one error for malformed JSON; an error
 * never hides another; the parser's own words never reach a message; every error has a place.
 */
class ToezichtVerschillenTest {

  private static final String TOELICHTING = "/gemeenten/0/aanvaardeToelichtingen/0/toelichting";

  /** Every white space the spec calls blank, listed here from Unicode (category Zs, and the controls Java counts as space). */
  private static final List<Integer> WIT = List.of(0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x1F, 0x20, 0x85, 0xA0, 0x1680,
      0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000);

  private static String metToelichting(String tekst) {
    return met(r -> obj(r, "/gemeenten/0/aanvaardeToelichtingen/0").put("toelichting", tekst));
  }

  @Test
  void aTextOfOnlyWhiteSpaceUnicodeSpacesIncludedIsBlankAndAnyOtherCharacterIsNot() {
    qt().withExamples(300).forAll(lists().of(integers().between(0, WIT.size() - 1)).ofSizeBetween(1, 6), integers().between(-1, 3))
        .checkAssert((wit, zichtbaar) -> {
          StringBuilder b = new StringBuilder();
          wit.forEach(i -> b.appendCodePoint(WIT.get(i)));
          if (zichtbaar >= 0) {
            // A visible character somewhere in the white space: a letter, a digit, an emoji, punctuation.
            b.insert(Math.min(zichtbaar, b.length()), List.of("a", "7", "\uD83D\uDE00", "!").get(zichtbaar));
          }
          String tekst = b.toString();
          if (zichtbaar < 0) {
            List<JsonError> f = fouten(metToelichting(tekst));
            assertEquals(List.of(TOELICHTING), f.stream().map(JsonError::pointer).toList(), f.toString());
            assertTrue(f.get(0).message().startsWith("must contain a non-blank character"), f.toString());
          } else {
            lees(metToelichting(tekst));
          }
        });
  }

  @Test
  void lengthsCountCharactersNotUtf16Units() {
    String emoji = "\uD83D\uDE00";
    lees(metToelichting(emoji.repeat(2000)));
    List<JsonError> f = fouten(metToelichting(emoji.repeat(2001)));
    assertEquals(TOELICHTING, f.get(0).pointer());
    assertTrue(f.get(0).message().startsWith("must be at most 2000 characters long (2001)"), f.toString());
  }

  @Test
  void datesBeginInYearOne() {
    String pad = "/gemeenten/0/contact/LEA/verbeterafspraken/0";
    lees(met(r -> obj(r, pad).put("uiterlijk", "0001-01-01")));
    List<JsonError> f = fouten(met(r -> obj(r, pad).put("uiterlijk", "0000-01-01")));
    assertEquals(List.of(pad + "/uiterlijk: must be a calendar date written YYYY-MM-DD, year 0001..9999, was \"0000-01-01\""),
        f.stream().map(JsonError::toString).toList());
  }

  @Test
  void anUnknownContactKeyListsTheDomeinenAndAnUnknownFieldHidesNoOtherError() {
    List<JsonError> f = fouten(met(r -> obj(r, "/gemeenten/1/contact").set("vve", obj(r, "/gemeenten/1/contact/VVE").deepCopy())));
    assertEquals(List.of("/gemeenten/1/contact/vve: unknown field \"vve\"; allowed: LEA, VVE"), f.stream().map(JsonError::toString).toList());
    f = fouten(met(r -> {
      ObjectNode lea = obj(r, "/gemeenten/0/contact/LEA");
      lea.remove("verbeterafspraken");
      lea.put("extra", 1);
    }));
    Set<String> regels = f.stream().map(JsonError::toString).collect(Collectors.toSet());
    assertEquals(Set.of("/gemeenten/0/contact/LEA/extra: unknown field \"extra\"",
        "/gemeenten/0/contact/LEA/verbeterafspraken: is required (at least one) when uitkomst is VERBETERAFSPRAKEN"), regels);
  }

  @Test
  void malformedJsonIsOneErrorInTheProjectsWordsAtItsPlace() {
    List<JsonError> f = fouten("{\"schema\":\"lea-toezicht/1\",\"schema\":\"x\", \"gemeenten\": [");
    assertEquals(List.of("line 1, column 56: malformed JSON: the document ends before the array opened at line 1, column 55 is "
        + "closed with ']'"), f.stream().map(JsonError::toString).toList());
    f = fouten("{\"verslagjaar\": NaN}");
    assertEquals("line 1, column 17: malformed JSON: 'NaN' is not a JSON value (NaN and Infinity are not allowed)", f.get(0).toString());
    f = fouten("[".repeat(100) + "]".repeat(100));
    assertEquals("line 1, column 66: the document nests arrays and objects deeper than 64", f.get(0).toString());
    byte[] groot = new byte[64 * 1024 * 1024 + 1];
    f = org.junit.jupiter.api.Assertions.assertThrows(JsonReadException.class,
        () -> LeaJson.readToezicht(groot, LeaJson.readVragenlijst(VragenlijstRulesTest.met(r -> { })), TestRegels.REGELS)).errors();
    assertEquals("line 1, column 1: the document is larger than 64 MiB", f.get(0).toString());
  }

  @Test
  void noMutationMakesTheParserSpeakOrAnErrorLoseItsPlace() {
    byte[] origineel = ToezichtRulesTest.voorbeeld().getBytes(StandardCharsets.UTF_8);
    String tekens = "{}[],:\"0aN\\ -.e\u0001t\n\u007f+E/*\u00a0x\u0000\t'#uI9";
    qt().withExamples(400).forAll(integers().between(0, origineel.length - 1), integers().between(0, tekens.length() - 1),
        integers().between(0, 2)).checkAssert((plek, teken, soort) -> {
          StringBuilder b = new StringBuilder(new String(origineel, StandardCharsets.UTF_8));
          int i = Math.min(plek, b.length() - 1);
          switch (soort) {
            case 0 -> b.deleteCharAt(i);
            case 1 -> b.insert(i, tekens.charAt(teken));
            default -> b.setCharAt(i, tekens.charAt(teken));
          }
          List<JsonError> f;
          try {
            lees(b.toString());
            return;
          } catch (JsonReadException e) {
            f = e.errors();
          }
          for (JsonError e : f) {
            String s = e.toString();
            for (String intern : List.of("Source:", "JsonReadFeature", "StreamReadFeature", "`", "Jackson", "(code ", "CTRL-CHAR")) {
              assertFalse(s.contains(intern), s);
            }
            assertFalse(s.startsWith(": "), "an error without a place: " + s);
          }
          if (f.stream().anyMatch(e -> e.message().startsWith("malformed JSON"))) {
            assertEquals(1, f.size(), "malformed JSON is the one error: " + f);
          }
        });
  }
}
