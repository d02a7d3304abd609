package nl.lea.rapport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.lea.json.LeaJson;
import nl.lea.rapport.Rapport;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The one escaping function per output kind: ordinary text unchanged, hostile text inert. */
class EscapeTest {

  /** Texts with every kind of trouble: controls, bidi overrides, markup, formula starts, quotes. */
  private static final List<String> LASTIG = List.of("\n", "\r", "\t", "\u001b", "\u0007", "\u0000", "\u202e", "\u2066", "\u2028",
      "#", "|", "*", "_", "`", "<", ">", "&", "\"", "'", "=", "+", "-", "@", ",", "[", "]", "!", "~", "\\", "a", " ", "é", "🙂");

  private static Gen<String> teksten() {
    return integers().between(0, 12).flatMap(n -> in -> {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < n; i++) {
        b.append(LASTIG.get(integers().between(0, LASTIG.size() - 1).generate(in)));
      }
      return b.toString();
    });
  }

  private static boolean heeftStuurteken(String s) {
    return s.chars().anyMatch(c -> Escape.isStuurteken((char) c));
  }

  @Test
  void ordinaryTextIsKeptAsItIs() {
    String gewoon = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .():%/éëïüÉ’";
    Gen<String> teksten = integers().between(0, 40).flatMap(n -> in -> {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < n; i++) {
        b.append(gewoon.charAt(integers().between(0, gewoon.length() - 1).generate(in)));
      }
      return b.toString();
    });
    qt().forAll(teksten).checkAssert(s -> {
          assertEquals(s, Escape.tekst(s));
          assertEquals(s, Escape.markdown(s));
          assertEquals(s, Escape.html(s));
          assertEquals(s, Escape.xlsx(s));
          assertEquals(s, Escape.csv(s));
        });
  }

  @Test
  void textStaysOnItsLineAndKeepsItsDirection() {
    qt().forAll(teksten()).checkAssert(s -> {
      String t = Escape.tekst(s);
      assertFalse(heeftStuurteken(t), t);
      assertFalse(heeftStuurteken(Escape.markdown(s)));
      assertFalse(heeftStuurteken(Escape.html(s)));
      assertFalse(heeftStuurteken(Escape.xlsx(s)));
    });
    assertEquals("GM0014 \\u202eevil", Escape.tekst("GM0014 \u202eevil"));
    assertEquals("a b\\u001bc", Escape.tekst("a\nb\u001bc"));
  }

  @Test
  void markdownAddsNoStructure() {
    qt().forAll(teksten()).checkAssert(s -> {
      String m = Escape.markdown(s);
      // every Markdown character is preceded by a backslash that is itself not escaped
      for (int i = 0; i < m.length(); i++) {
        if ("`*_[]<>#|!~".indexOf(m.charAt(i)) >= 0) {
          int backslashes = 0;
          for (int j = i - 1; j >= 0 && m.charAt(j) == '\\'; j--) {
            backslashes++;
          }
          assertEquals(1, backslashes % 2, m + " at " + i);
        }
      }
    });
  }

  @Test
  void htmlHasNoMarkupCharacterLeft() {
    qt().forAll(teksten()).checkAssert(s -> {
      String h = Escape.html(s);
      assertTrue(h.chars().noneMatch(c -> c == '<' || c == '>' || c == '"' || c == '\''), h);
      assertFalse(h.replaceAll("&(amp|lt|gt|quot|#39);", "").contains("&"), h);
    });
  }

  @Test
  void aCsvFieldReadsBackAndIsNeverAFormula() {
    qt().forAll(teksten()).checkAssert(s -> {
      String veld = Escape.csv(s);
      String terug = leesVeld(veld);
      String zichtbaar = s.chars().anyMatch(c -> Escape.isStuurteken((char) c) && c != '\n' && c != '\r' && c != '\t')
          ? null : s;
      if (zichtbaar != null) {
        assertEquals(!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 ? "'" + s : s, terug);
      }
      assertFalse(!terug.isEmpty() && "=+-@\t\r".indexOf(terug.charAt(0)) >= 0, terug);
    });
  }

  /** One RFC 4180 field. */
  private static String leesVeld(String veld) {
    if (!veld.startsWith("\"")) {
      assertFalse(veld.contains(",") || veld.contains("\"") || veld.contains("\n") || veld.contains("\r"), veld);
      return veld;
    }
    assertTrue(veld.endsWith("\"") && veld.length() >= 2, veld);
    String binnen = veld.substring(1, veld.length() - 1);
    assertFalse(binnen.replace("\"\"", "").contains("\""), veld);
    return binnen.replace("\"\"", "\"");
  }

  @Test
  void anXlsxCellIsCutVisiblyAtExcelsLimit() {
    assertEquals(Escape.XLSX_MAX, Escape.xlsx("x".repeat(100_082)).length());
    assertTrue(Escape.xlsx("x".repeat(100_082)).endsWith(Escape.AFGEKAPT));
    assertEquals(Escape.XLSX_MAX, Escape.xlsx("x".repeat(Escape.XLSX_MAX)).length());
    String emoji = "🙂".repeat(20_000);
    String cel = Escape.xlsx(emoji);
    assertTrue(cel.length() <= Escape.XLSX_MAX);
    assertFalse(Character.isHighSurrogate(cel.charAt(cel.length() - Escape.AFGEKAPT.length() - 1)), "no surrogate pair cut in half");
  }

  @Test
  void aHostileGemeenteNameAddsNothingToTheMarkdownOrTextReport() throws Exception {
    String json = Files.readString(Path.of("..", "examples", "data", "vragenlijst-2022.json"))
        .replace("\"Haaksbergen\"", "\"Haaks\\n# Kop\\n<script>x</script> | cel \\u202e41GM\"");
    Rapport r = Rapport.van(LeaJson.readVragenlijst(json));
    for (TekstRapportFormaat f : List.of(new MarkdownFormaat(), new PlatteTekstFormaat())) {
      ByteArrayOutputStream uit = new ByteArrayOutputStream();
      f.render(r, uit);
      String tekst = uit.toString(StandardCharsets.UTF_8);
      List<String> regels = new ArrayList<>(tekst.lines().toList());
      assertTrue(regels.stream().noneMatch(l -> l.startsWith("# Kop")), f.naam());
      assertFalse(f.naam().equals("markdown") && tekst.contains("<script>"), "no HTML in the Markdown");
      assertFalse(tekst.contains("\u202e"), f.naam());
    }
  }
}
