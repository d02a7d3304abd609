package nl.lea.rapport.render;

import nl.lea.core.DomainValidationException;
import org.apiguardian.api.API;

/**
 * The one escaping function of each output kind, used by every renderer, letter and command that
 * writes that kind: a text from the input (a gemeente name, a toelichting, a signal) can show, but
 * never change the layout, add markup, start a formula or reorder what a reader sees. Not for
 * applications: it may change without notice.
 *
 * <ul>
 *   <li>{@link #tekst}: plain text for a terminal or a file;
 *   <li>{@link #markdown}: inline Markdown (a table cell, a list item, a sentence of a letter);
 *   <li>{@link #csv}: one CSV field (RFC 4180 quoting, and no cell a spreadsheet reads as a formula);
 *   <li>{@link #html}: HTML element content and quoted attribute values;
 *   <li>{@link #xlsx}: the text of a workbook cell.
 * </ul>
 *
 * <p>Each keeps an ordinary text as it is, so the outputs of ordinary data do not change. A line
 * break or tab becomes a space (a text keeps its line); every other control character (escape,
 * bell, NUL), the line and paragraph separators and the bidirectional controls (which can reverse a
 * gemeentecode on screen) become visible as {@code \\uXXXX}, the notation lea's error messages use.
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class Escape {

  /** The most characters Excel keeps in a cell. */
  public static final int XLSX_MAX = 32_767;

  /** What ends a text cut to fit a cell. */
  static final String AFGEKAPT = "… [afgekapt]";

  private Escape() {}

  /**
   * Checks if a character would act on the layout or the direction of what a reader sees.
   *
   * @param c the character
   * @return true for a control character, U+2028, U+2029 and the bidirectional controls
   */
  static boolean isStuurteken(char c) {
    return Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\u061c' || c == '\u200e' || c == '\u200f'
        || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
  }

  /**
   * Escapes a text for plain-text output: it stays on its line and keeps its direction.
   *
   * @param s the text, not null
   * @return the text with a line break or tab as a space and every other control character written
   *     as {@code \\uXXXX}, not null
   */
  public static String tekst(String s) {
    return zichtbaar(DomainValidationException.requireNonNull(s, "tekst"), false);
  }

  /** The text with its controls made visible; line breaks and tabs kept, or as spaces. */
  private static String zichtbaar(String s, boolean regelsBehouden) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean wit = c == '\n' || c == '\r' || c == '\t';
      boolean anders = isStuurteken(c) && !(wit && regelsBehouden);
      if (anders && b == null) {
        b = new StringBuilder(s.length() + 8).append(s, 0, i);
      }
      if (b != null) {
        if (anders && wit) {
          b.append(' ');
        } else if (anders) {
          b.append(String.format("\\u%04x", (int) c));
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? s : b.toString();
  }

  /**
   * Escapes a text for inline Markdown: it adds no heading, list, table cell, emphasis, link, code
   * or HTML, and stays on its line.
   *
   * @param s the text, not null
   * @return the text as {@link #tekst} gives it, with every Markdown character escaped by a
   *     backslash, not null
   */
  public static String markdown(String s) {
    String t = tekst(s);
    StringBuilder b = new StringBuilder(t.length() + 8);
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if ("\\`*_[]<>#|!~".indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }

  /**
   * Escapes one CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180), and
   * prefixed with {@code '} when a spreadsheet would read it as a formula (it starts with {@code =},
   * {@code +}, {@code -}, {@code @}, a tab or a carriage return: OWASP's CSV injection).
   *
   * <p>Line breaks and tabs are data and kept (quoted); the other controls are made visible as by
   * {@link #tekst}.
   *
   * @param s the field, not null
   * @return the field as it goes between the commas, not null
   */
  public static String csv(String s) {
    String z = zichtbaar(DomainValidationException.requireNonNull(s, "veld"), true);
    String v = !z.isEmpty() && "=+-@\t\r".indexOf(z.charAt(0)) >= 0 ? "'" + z : z;
    if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }

  /**
   * Escapes a text for HTML element content and double- or single-quoted attribute values.
   *
   * @param s the text, not null
   * @return the text with {@code & < > " '} replaced by character references and the controls of
   *     {@link #tekst} made visible, not null
   */
  public static String html(String s) {
    String t = tekst(s);
    StringBuilder b = new StringBuilder(t.length() + 16);
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /**
   * Makes a text fit a workbook cell: the controls of {@link #tekst} made visible (XML cannot hold
   * most of them), and cut at {@value #XLSX_MAX} characters with a visible mark.
   *
   * @param s the text, not null
   * @return the cell's text, at most {@value #XLSX_MAX} characters, not null
   */
  public static String xlsx(String s) {
    String t = tekst(s);
    if (t.length() <= XLSX_MAX) {
      return t;
    }
    int eind = XLSX_MAX - AFGEKAPT.length();
    if (Character.isHighSurrogate(t.charAt(eind - 1))) {
      eind--;
    }
    return t.substring(0, eind) + AFGEKAPT;
  }
}
