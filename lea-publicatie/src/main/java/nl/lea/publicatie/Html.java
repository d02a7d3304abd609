package nl.lea.publicatie;

/** The one escaping function of this module: every text that reaches the page goes through it. */
final class Html {

  private Html() {}

  /**
   * Escapes a text for HTML element content and double- or single-quoted attribute values.
   *
   * @param tekst any text, possibly hostile
   * @return the text with {@code & < > " '} replaced by character references
   */
  static String escape(String tekst) {
    StringBuilder b = new StringBuilder(tekst.length() + 16);
    for (int i = 0; i < tekst.length(); i++) {
      char c = tekst.charAt(i);
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

  /** A whole number with a point between thousands, as the Dutch report prints it: 53.257. */
  static String duizendtallen(long n) {
    String s = Long.toString(n);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (i > 0 && s.charAt(i - 1) != '-' && (s.length() - i) % 3 == 0) {
        b.append('.');
      }
      b.append(s.charAt(i));
    }
    return b.toString();
  }
}
