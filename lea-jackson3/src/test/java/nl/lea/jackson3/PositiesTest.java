package nl.lea.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.json.JsonError;
import nl.lea.json.LeaJson;
import nl.lea.json.internal.Errors;
import nl.lea.json.internal.Parsing;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 25, item 3: an error lea places by line and column (an oversized string) is reported at the
 * request's place through Jackson 3, exactly where lea's own reader places it in the same bytes.
 */
class PositiesTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();
  private static final JsonMapper MOOI = JsonMapper.builder().findAndAddModules().enable(SerializationFeature.INDENT_OUTPUT).build();
  private static final Vragenlijst V = LeaJson.readVragenlijst(Path.of("..", "examples", "data", "vragenlijst-2022.json"));
  private static final Pattern TEKST = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"\\s*(?=[,}\\]])");

  /** The errors with a place, as lea's own reader gives them for these bytes. */
  private static List<String> leaZelf(byte[] bytes) {
    Errors errors = new Errors();
    Parsing.tree(bytes, 0, bytes.length, errors, 0);
    return errors.list().stream().filter(e -> e.line().isPresent()).map(JsonError::toString).toList();
  }

  private static List<String> viaJackson3(byte[] bytes) {
    InvalidLeaJsonException e = assertThrows(InvalidLeaJsonException.class, () -> MAPPER.readValue(bytes, GemeenteAntwoord.class));
    return e.errors().stream().filter(f -> f.line().isPresent()).map(JsonError::toString).toList();
  }

  @Test
  void aHundredThousandAndOneCharacterStringIsAtTheRequestsLineAndColumn() {
    GemeenteAntwoord a = V.gemeenten().get(0);
    String body = MOOI.writeValueAsString(a).replace("\"Groningen\"", "\"" + "x".repeat(100_001) + "\"");
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    List<String> jackson = viaJackson3(bytes);
    assertEquals(1, jackson.size(), jackson.toString());
    // The pretty body puts the name on line 4: four spaces, "naam", " : ", so the string begins in column 14.
    assertEquals("/gemeente/naam (line 4, column 14): must be at most 100000 characters long", jackson.get(0));
    assertEquals(leaZelf(bytes), jackson);
  }

  @Test
  void everyPlacedErrorIsWhereLeasOwnReaderPutsItPrettyOrCompact() {
    qt().withExamples(40).forAll(integers().between(0, V.gemeenten().size() - 1), integers().between(0, 1_000), booleans().all())
        .checkAssert((g, keuze, mooi) -> {
          String body = (mooi ? MOOI : MAPPER).writeValueAsString(V.gemeenten().get(g));
          Matcher m = TEKST.matcher(body);
          List<int[]> teksten = new java.util.ArrayList<>();
          while (m.find()) {
            teksten.add(new int[] {m.start(), m.end()});
          }
          int[] t = teksten.get(keuze % teksten.size());
          String lang = body.substring(0, t[0]) + "\"" + "y".repeat(100_001) + "\"" + body.substring(t[1]).stripLeading();
          if (body.substring(t[0], t[1]).endsWith(":")) {
            return;
          }
          byte[] bytes = lang.getBytes(StandardCharsets.UTF_8);
          List<String> zelf = leaZelf(bytes);
          if (zelf.isEmpty()) {
            return;
          }
          assertEquals(zelf, viaJackson3(bytes));
        });
  }
}
