package nl.lea.publicatie;

import nl.lea.rapport.render.Escape;

/** The page's frame and style, and the escaping every text that reaches a page goes through. */
final class Html {

  static final String STIJL = """
      body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:2rem auto;max-width:60rem;\
      padding:0 1rem;color:#1a1a1a;line-height:1.4}
      h1{font-size:1.6rem}h2{font-size:1.15rem;margin-top:2rem}
      table{border-collapse:collapse;width:100%;margin:.5rem 0 1.5rem}
      .schuif,.grafiek{overflow-x:auto;max-width:100%}.schuif:focus-visible,.grafiek:focus-visible{outline:2px solid #01689b}
      .grafiek svg{display:block;max-width:none;height:auto}h1,h2,p,li,caption,figcaption{overflow-wrap:anywhere}
      caption{text-align:left;font-weight:600;padding:.25rem 0}
      th,td{border-bottom:1px solid #ccc;padding:.25rem .5rem;vertical-align:top}
      thead th{text-align:right;border-bottom:2px solid #555}thead th:first-child,thead th.tekst{text-align:left}
      tbody th{text-align:left;font-weight:normal}td{text-align:right;font-variant-numeric:tabular-nums}td.tekst{text-align:left}
      nav ol{columns:2}a{color:#01689b}
      p.bron{font-size:.85rem;color:#4a4a4a;margin:-1rem 0 1rem}td .aantal{color:#4a4a4a}table.matrix td{white-space:nowrap}a.verwijzing{font-size:.85em}
      p.verschil{border-left:4px solid #01689b;background:#eef5f9;padding:.4rem .75rem;margin:.5rem 0 1rem}
      @media (max-width:40rem){nav ol{columns:1}body{margin:1rem auto}}
      @page{size:A4;margin:16mm 16mm 18mm}
      @page{@bottom-center{content:counter(page);font:9pt system-ui,sans-serif;color:#444}}
      @page:first{@bottom-center{content:none}}
      @media print{body{margin:0;max-width:none;font-size:10pt}h1{font-size:18pt}h2{font-size:12pt;margin-top:1.2rem}\
      h2,caption{break-after:avoid}tr,figure{break-inside:avoid}thead{display:table-header-group}\
      .schuif,.grafiek{overflow:visible}section,.schuif{break-inside:avoid}section.lang,.schuif.lang{break-inside:auto}.grafiek svg{max-width:100%}nav ol{columns:2;font-size:9pt}\
      figure{margin:0 0 1rem}figcaption{font-size:9pt;color:#444}a{color:inherit;text-decoration:none}}
      """;

  private Html() {}

  /**
   * The start of a table with its caption, in a region of its own that scrolls sideways when the
   * table is wider than the screen (WCAG 1.4.10: the page itself never does). The region is named by
   * the caption and focusable, so a keyboard can scroll it.
   *
   * @param klasse the table's class attribute, empty for none
   * @param bijschrift the caption, plain text (escaped here)
   */
  static String tabel(String klasse, String bijschrift) {
    return tabel(klasse, bijschrift, false);
  }

  /**
   * A {@link #tabel(String, String)} that, printed, may break across pages (with its header row
   * repeated); a shorter table is kept on one page with its heading.
   *
   * @param lang whether the table is longer than about half a page
   */
  static String tabel(String klasse, String bijschrift, boolean lang) {
    return "<div class=\"schuif" + (lang ? " lang" : "") + "\" role=\"region\" tabindex=\"0\" aria-label=\"" + escape(bijschrift) + "\">\n<table"
        + (klasse.isEmpty() ? "" : " class=\"" + escape(klasse) + "\"") + ">\n<caption>" + escape(bijschrift) + "</caption>\n";
  }

  /** The end of a {@link #tabel}: the table and its region. */
  static final String TABEL_EIND = "</tbody>\n</table>\n</div>\n";

  /**
   * The start of a page up to and including {@code <body>}: doctype, Dutch language, UTF-8, the
   * title and the inline style. Nothing refers outside the page.
   */
  static String begin(String titel) {
    return "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>" + escape(titel)
        + "</title>\n<style>\n" + STIJL + "</style>\n</head>\n<body>\n";
  }

  /**
   * Escapes a text for HTML element content and double- or single-quoted attribute values: the one
   * HTML escaping of lea ({@link Escape#html}), for every page and chart of this module.
   *
   * @param tekst any text, possibly hostile
   * @return the text with {@code & < > " '} replaced by character references
   */
  static String escape(String tekst) {
    return Escape.html(tekst);
  }
}
