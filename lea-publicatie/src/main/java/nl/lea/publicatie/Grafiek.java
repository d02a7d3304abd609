package nl.lea.publicatie;

import static nl.lea.publicatie.Html.escape;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.lea.rapport.render.Numbers;

/**
 * A small SVG chart builder: horizontal bars, stacked 100% bars, the flow of blocks of Figuur 1.5
 * and lines over years (Figuur 1.4), with real {@code <text>} labels (searchable, readable by a screen reader), {@code role="img"}, a {@code <title>} and a {@code <desc>} with its numbers as text. Every
 * text is escaped; the output is well-formed XML as well as HTML.
 *
 * <p>Lengths are exact: a bar of value {@code v} on an axis up to {@code max} is {@code v × BREEDTE
 * / max} user units, printed with two decimals.
 */
final class Grafiek {

  /** Width of the label column, the bar area and the value column, in user units. */
  static final int LABELS = 300;

  static final int BREEDTE = 360;
  private static final int WAARDEN = 60;
  /** The most characters of a group's heading on one line: the chart is 720 px wide, bold 12 px. */
  private static final int KOPREGEL = 90;
  private static final int RIJ = 26;
  private static final int KOP = 8;
  private static final int AS = 24;
  /**
   * The colours of bars, segments and lines, in order. Each has at least 4.5:1 contrast against
   * white (so white text on it is readable and it stands out from the page), and each is far from
   * its neighbour in the list also as people with protanopia or deuteranopia see them (CIE76
   * distance of 40 or more after Machado et al.'s simulation; {@code GrafiekKleurenTest}): in a
   * stacked bar the segments side by side stay apart. Segments are separated by white lines too.
   */
  static final String[] KLEUREN = {
    "#007bc7", "#673327", "#b35900", "#7a1f3d", "#39870c", "#007c7a", "#3d3d99", "#5a5a5a"
  };

  private Grafiek() {}

  /**
   * One bar: the group it belongs to (a heading row above the group's first bar; null for none), its
   * label, its value (null: no bar) and the text shown after it.
   */
  record Staaf(String groep, String label, Long waarde, String tekst) {}

  /** One segment of a stacked bar: its category, its count. */
  record Deel(String categorie, long aantal) {}

  /** One stacked bar: its label and its segments, in order. */
  record Stapel(String label, List<Deel> delen) {}

  /**
   * Horizontal bars on an axis from 0 to {@code max} with ticks at quarters.
   *
   * @param id the id of the SVG's title element
   * @param titel the chart's title
   * @param staven the bars, in order
   * @param max the axis maximum, positive
   * @param eenheid the unit after tick values, such as {@code %}
   */
  static String staven(String id, String titel, List<Staaf> staven, long max, String eenheid) {
    int hoogte = KOP + AS;
    for (int i = 0; i < staven.size(); i++) {
      if (nieuweGroep(staven, i)) {
        hoogte += RIJ + (breek(staven.get(i).groep(), KOPREGEL).size() - 1) * REGELAFSTAND;
      }
    }
    for (Staaf s : staven) {
      hoogte += rij(s.label());
    }
    List<String> tekst = new ArrayList<>();
    for (int i = 0; i < staven.size(); i++) {
      Staaf s = staven.get(i);
      tekst.add((nieuweGroep(staven, i) ? s.groep() + " – " : "") + s.label() + ": " + s.tekst());
    }
    StringBuilder b = begin(id, titel, String.join("; ", tekst), LABELS + BREEDTE + WAARDEN, hoogte);
    long stap = stap(max);
    int streepjes = (int) ((max + stap - 1) / stap);
    max = streepjes * stap;
    for (int i = 0; i <= streepjes; i++) {
      String x = getal(BigDecimal.valueOf(LABELS).add(deel(i * stap, max)));
      b.append("<line class=\"raster\" x1=\"").append(x).append("\" y1=\"").append(KOP).append("\" x2=\"").append(x)
          .append("\" y2=\"").append(hoogte - AS).append("\" stroke=\"#ccc\"/>");
      b.append("<text x=\"").append(x).append("\" y=\"").append(hoogte - 8).append("\" text-anchor=\"middle\">")
          .append(escape(i * stap + eenheid)).append("</text>");
    }
    int y = KOP;
    for (int i = 0; i < staven.size(); i++) {
      Staaf s = staven.get(i);
      if (nieuweGroep(staven, i)) {
        // a long heading wraps, as a bar's label does, rather than being cut off or squeezed
        List<String> kop = breek(s.groep(), KOPREGEL);
        b.append("<text class=\"groep\" x=\"4\" y=\"").append(y + 17).append("\" font-size=\"12\" font-weight=\"bold\">");
        regels(b, kop, 4);
        b.append("</text>");
        y += RIJ + (kop.size() - 1) * REGELAFSTAND;
      }
      label(b, s.label(), y);
      BigDecimal lengte = BigDecimal.ZERO;
      if (s.waarde() != null) {
        lengte = deel(s.waarde(), max);
        b.append("<rect class=\"staaf\" x=\"").append(LABELS).append("\" y=\"").append(y + 4).append("\" width=\"")
            .append(getal(lengte)).append("\" height=\"").append(RIJ - 8).append("\" fill=\"").append(KLEUREN[0]).append("\"/>");
      }
      b.append("<text x=\"").append(getal(lengte.add(BigDecimal.valueOf(LABELS + 4)))).append("\" y=\"").append(y + 17)
          .append("\">").append(escape(s.tekst())).append("</text>");
      y += rij(s.label());
    }
    return b.append(EIND).toString();
  }

  /**
   * The step between an axis's ticks: the smallest of 1, 2, 2.5 and 5 times a power of ten that is at
   * least a quarter of the maximum (2.5 only from 25 up, so that steps stay whole), giving four
   * ticks or fewer at round values: 0, 25, 50, 75, 100 or 0, 10.000, 20.000, 30.000, never 6.250.
   *
   * @param max the largest value, positive
   */
  static long stap(long max) {
    long kwart = Math.max(1, (max + 3) / 4);
    for (long macht = 1; ; macht = Math.multiplyExact(macht, 10)) {
      if (macht >= kwart) {
        return macht;
      }
      if (2 * macht >= kwart) {
        return 2 * macht;
      }
      if (macht >= 10 && 5 * macht / 2 >= kwart) {
        return 5 * macht / 2;
      }
      if (5 * macht >= kwart) {
        return 5 * macht;
      }
    }
  }

  /** The narrowest segment, in px, that shows its share as text. */
  private static final int SEGMENTLABEL = 32;

  /** The most characters of a label on one line: its area is {@value #LABELS} px wide at 12 px. */
  static final int LABELREGEL = 40;
  private static final int REGELAFSTAND = 14;

  /** The height of a bar's row: one more line's height for every line its label wraps to. */
  private static int rij(String label) {
    return RIJ + (breek(label, LABELREGEL).size() - 1) * REGELAFSTAND;
  }

  /** A bar's label right-aligned before the bar, wrapped at word boundaries rather than cut off. */
  private static void label(StringBuilder b, String label, int y) {
    b.append("<text x=\"").append(LABELS - 6).append("\" y=\"").append(y + 17).append("\" text-anchor=\"end\">");
    regels(b, breek(label, LABELREGEL), LABELS - 6);
    b.append("</text>");
  }

  /** Lines of one text element, each after the first at {@code x} one line lower. */
  private static void regels(StringBuilder b, List<String> regels, int x) {
    for (int r = 0; r < regels.size(); r++) {
      b.append(r == 0 ? "<tspan>" : "<tspan x=\"" + x + "\" dy=\"" + REGELAFSTAND + "\">").append(escape(regels.get(r)))
          .append("</tspan>");
    }
  }

  /**
   * Breaks a text at spaces into lines of at most {@code max} characters; a word longer than that is
   * split.
   */
  static List<String> breek(String tekst, int max) {
    List<String> regels = new ArrayList<>();
    StringBuilder regel = new StringBuilder();
    for (String woord : tekst.strip().split("\\s+")) {
      while (woord.length() > max) {
        if (regel.length() > 0) {
          regels.add(regel.toString());
          regel.setLength(0);
        }
        regels.add(woord.substring(0, max));
        woord = woord.substring(max);
      }
      if (regel.length() > 0 && regel.length() + 1 + woord.length() > max) {
        regels.add(regel.toString());
        regel.setLength(0);
      }
      regel.append(regel.length() > 0 ? " " : "").append(woord);
    }
    if (regel.length() > 0 || regels.isEmpty()) {
      regels.add(regel.toString());
    }
    return regels;
  }

  /**
   * Stacked 100% bars with a legend: each segment's length is its share of its bar's total.
   *
   * @param id the id of the SVG's title element
   * @param titel the chart's title
   * @param stapels the bars, in order, each with the same categories in the same order
   */
  static String gestapeld(String id, String titel, List<Stapel> stapels) {
    List<String> categorieen = stapels.isEmpty() ? List.of() : stapels.get(0).delen().stream().map(Deel::categorie).toList();
    int legenda = categorieen.size() * 18 + 8;
    int balken = 0;
    for (Stapel s : stapels) {
      balken += rij(s.label());
    }
    int hoogte = KOP + balken + AS + legenda;
    String tekst = stapels.stream().map(s -> s.label() + ": " + s.delen().stream().map(d -> d.categorie() + " "
        + Numbers.duizendtallen(d.aantal())).collect(Collectors.joining(", "))).collect(Collectors.joining("; "));
    StringBuilder b = begin(id, titel, tekst, LABELS + BREEDTE + WAARDEN, hoogte);
    int y = KOP;
    for (int i = 0; i < stapels.size(); i++) {
      Stapel s = stapels.get(i);
      label(b, s.label(), y);
      long totaal = s.delen().stream().mapToLong(Deel::aantal).reduce(0, Math::addExact);
      BigDecimal x = BigDecimal.valueOf(LABELS);
      for (int j = 0; j < s.delen().size(); j++) {
        Deel d = s.delen().get(j);
        if (totaal == 0 || d.aantal() == 0) {
          continue;
        }
        BigDecimal lengte = deel(d.aantal() * 100, totaal * 100);
        b.append("<rect class=\"deel\" x=\"").append(getal(x)).append("\" y=\"").append(y + 4).append("\" width=\"")
            .append(getal(lengte)).append("\" height=\"").append(RIJ - 8).append("\" fill=\"")
            .append(KLEUREN[j % KLEUREN.length]).append("\" stroke=\"#fff\" stroke-width=\"1\"><title>")
            .append(escape(s.label() + ", " + d.categorie() + ": " + d.aantal() + " van " + totaal)).append("</title></rect>");
        if (lengte.compareTo(BigDecimal.valueOf(SEGMENTLABEL)) >= 0) {
          // The share on the segment where it has room, white on the dark colour (4.5:1 or more).
          b.append("<text class=\"aandeel\" x=\"").append(getal(x.add(lengte.divide(BigDecimal.valueOf(2)))))
              .append("\" y=\"").append(y + 17).append("\" text-anchor=\"middle\" fill=\"#fff\">")
              .append(nl.lea.bereik.Ratio.procent(d.aantal(), totaal).orElse(0)).append("%</text>");
        }
        x = x.add(lengte);
      }
      b.append("<text x=\"").append(LABELS + BREEDTE + 4).append("\" y=\"").append(y + 17).append("\">n=").append(totaal)
          .append("</text>");
      y += rij(s.label());
    }
    y = KOP + balken + 8;
    for (int j = 0; j < categorieen.size(); j++) {
      int rij = y + j * 18;
      b.append("<rect x=\"").append(LABELS).append("\" y=\"").append(rij).append("\" width=\"12\" height=\"12\" fill=\"")
          .append(KLEUREN[j % KLEUREN.length]).append("\"/><text x=\"").append(LABELS + 18).append("\" y=\"").append(rij + 11)
          .append("\">").append(escape(categorieen.get(j))).append("</text>");
    }
    return b.append(EIND).toString();
  }

  /** One box of a flow diagram: its lines of text, the first in bold. */
  record Blok(List<String> regels) {}

  /**
   * A flow diagram: columns of boxes from left to right, with an arrow from every box of a column
   * to every box of the next. Arrowheads are drawn as polygons (no markers, so no {@code url()}).
   *
   * @param id the id of the SVG's title element
   * @param titel the chart's title
   * @param kolommen the columns, each a list of boxes, top to bottom
   */
  static String stroom(String id, String titel, List<List<Blok>> kolommen) {
    int breedte = LABELS + BREEDTE + WAARDEN;
    int stap = breedte / Math.max(1, kolommen.size());
    int blokBreedte = stap - 24;
    int regel = 16;
    int ruimte = 14;
    int hoogte = 0;
    int[][] boven = new int[kolommen.size()][];
    int[][] hoogten = new int[kolommen.size()][];
    for (int k = 0; k < kolommen.size(); k++) {
      List<Blok> kolom = kolommen.get(k);
      boven[k] = new int[kolom.size()];
      hoogten[k] = new int[kolom.size()];
      int y = 0;
      for (int i = 0; i < kolom.size(); i++) {
        hoogten[k][i] = kolom.get(i).regels().size() * regel + 12;
        y += hoogten[k][i] + (i > 0 ? ruimte : 0);
      }
      hoogte = Math.max(hoogte, y);
    }
    hoogte += 16;
    for (int k = 0; k < kolommen.size(); k++) {
      int totaal = 0;
      for (int i = 0; i < hoogten[k].length; i++) {
        totaal += hoogten[k][i] + (i > 0 ? ruimte : 0);
      }
      int y = (hoogte - totaal) / 2;
      for (int i = 0; i < hoogten[k].length; i++) {
        boven[k][i] = y;
        y += hoogten[k][i] + ruimte;
      }
    }
    String tekst = kolommen.stream().flatMap(List::stream).map(blok -> String.join(", ", blok.regels()))
        .collect(Collectors.joining("; "));
    StringBuilder b = begin(id, titel, tekst, breedte, hoogte);
    for (int k = 0; k + 1 < kolommen.size(); k++) {
      for (int i = 0; i < boven[k].length; i++) {
        for (int j = 0; j < boven[k + 1].length; j++) {
          int x1 = k * stap + blokBreedte;
          int y1 = boven[k][i] + hoogten[k][i] / 2;
          int x2 = (k + 1) * stap - 2;
          int y2 = boven[k + 1][j] + hoogten[k + 1][j] / 2;
          b.append("<line class=\"pijl\" x1=\"").append(x1).append("\" y1=\"").append(y1).append("\" x2=\"").append(x2 - 6)
              .append("\" y2=\"").append(y2).append("\" stroke=\"#555\"/>");
          b.append("<polygon points=\"").append(x2).append(',').append(y2).append(' ').append(x2 - 8).append(',').append(y2 - 4)
              .append(' ').append(x2 - 8).append(',').append(y2 + 4).append("\" fill=\"#555\"/>");
        }
      }
    }
    for (int k = 0; k < kolommen.size(); k++) {
      for (int i = 0; i < boven[k].length; i++) {
        int x = k * stap;
        b.append("<rect class=\"blok\" x=\"").append(x).append("\" y=\"").append(boven[k][i]).append("\" width=\"")
            .append(blokBreedte).append("\" height=\"").append(hoogten[k][i])
            .append("\" rx=\"4\" fill=\"#e6f1f7\" stroke=\"#01689b\"/>");
        List<String> regels = kolommen.get(k).get(i).regels();
        for (int r = 0; r < regels.size(); r++) {
          b.append("<text x=\"").append(x + 8).append("\" y=\"").append(boven[k][i] + 18 + r * regel).append('"')
              .append(r == 0 ? " font-weight=\"bold\"" : "").append('>').append(escape(regels.get(r))).append("</text>");
        }
      }
    }
    return b.append(EIND).toString();
  }

  /** One line of a line chart: its name and one value per point of the x axis. */
  record Reeks(String naam, List<Long> waarden) {}

  /**
   * Lines over an x axis of labelled points (such as years), on a y axis from 0 to a round maximum
   * with ticks at quarters; each point is a circle with its value as text, each line is named in a
   * legend.
   *
   * @param id the id of the SVG's title element
   * @param titel the chart's title
   * @param punten the labels of the x axis, at least one
   * @param reeksen the lines, each with one value per point
   */
  static String lijnen(String id, String titel, List<String> punten, List<Reeks> reeksen) {
    long hoogste = reeksen.stream().flatMap(r -> r.waarden().stream()).mapToLong(Long::longValue).max().orElse(1);
    return lijnen(id, titel, punten, reeksen, rondOmhoog(Math.max(1, hoogste)), "");
  }

  /**
   * Lines as {@link #lijnen(String, String, List, List)} draws them, on a y axis from 0 to a given
   * maximum, each value and tick followed by a unit: percentages on 0–100%.
   *
   * @param id the id of the SVG's title element
   * @param titel the chart's title
   * @param punten the labels of the x axis, at least one
   * @param reeksen the lines, each with one value per point, none above {@code max}
   * @param max the axis maximum, positive
   * @param eenheid the unit after values, such as {@code %}
   */
  static String lijnen(String id, String titel, List<String> punten, List<Reeks> reeksen, long max, String eenheid) {
    int links = 80;
    int breedte = LABELS + BREEDTE + WAARDEN;
    int plot = 240;
    int legenda = 8;
    for (Reeks r : reeksen) {
      legenda += legendaRij(r.naam());
    }
    int hoogte = KOP + plot + AS + legenda;
    List<String> tekst = new ArrayList<>();
    for (Reeks r : reeksen) {
      List<String> waarden = new ArrayList<>();
      for (int i = 0; i < punten.size() && i < r.waarden().size(); i++) {
        waarden.add(punten.get(i) + " " + (r.waarden().get(i) == null ? "–" : Numbers.duizendtallen(r.waarden().get(i)) + eenheid));
      }
      tekst.add(r.naam() + ": " + String.join(", ", waarden));
    }
    StringBuilder b = begin(id, titel, String.join("; ", tekst), breedte, hoogte);
    int rechts = breedte - 40;
    long stap = stap(max);
    int streepjes = (int) ((max + stap - 1) / stap);
    max = streepjes * stap;
    for (int i = 0; i <= streepjes; i++) {
      BigDecimal y = BigDecimal.valueOf(KOP + plot).subtract(schaal(i * stap, max, plot));
      b.append("<line class=\"raster\" x1=\"").append(links).append("\" y1=\"").append(getal(y)).append("\" x2=\"")
          .append(rechts).append("\" y2=\"").append(getal(y)).append("\" stroke=\"#ccc\"/>");
      b.append("<text x=\"").append(links - 6).append("\" y=\"").append(getal(y.add(BigDecimal.valueOf(4))))
          .append("\" text-anchor=\"end\">").append(escape(Numbers.duizendtallen(i * stap) + eenheid)).append("</text>");
    }
    int n = punten.size();
    int[] x = new int[n];
    for (int i = 0; i < n; i++) {
      x[i] = n == 1 ? (links + rechts) / 2 : links + 30 + i * (rechts - links - 60) / (n - 1);
      b.append("<text x=\"").append(x[i]).append("\" y=\"").append(KOP + plot + 18).append("\" text-anchor=\"middle\">")
          .append(escape(punten.get(i))).append("</text>");
    }
    for (int r = 0; r < reeksen.size(); r++) {
      Reeks reeks = reeksen.get(r);
      String kleur = KLEUREN[r % KLEUREN.length];
      StringBuilder lijn = new StringBuilder();
      StringBuilder stippen = new StringBuilder();
      for (int i = 0; i < n; i++) {
        String y = getal(BigDecimal.valueOf(KOP + plot).subtract(schaal(reeks.waarden().get(i), max, plot)));
        lijn.append(i == 0 ? "" : " ").append(x[i]).append(',').append(y);
        stippen.append("<circle class=\"punt\" cx=\"").append(x[i]).append("\" cy=\"").append(y).append("\" r=\"3.5\" fill=\"")
            .append(kleur).append("\" data-waarde=\"").append(reeks.waarden().get(i)).append("\"/>")
            .append("<text x=\"").append(x[i] + 6).append("\" y=\"").append(y).append("\" dy=\"-6\">")
            .append(escape(Numbers.duizendtallen(reeks.waarden().get(i)) + eenheid)).append("</text>");
      }
      b.append("<polyline class=\"lijn\" points=\"").append(lijn).append("\" fill=\"none\" stroke=\"").append(kleur)
          .append("\" stroke-width=\"2\"/>").append(stippen);
    }
    int rij = KOP + plot + AS + 8;
    for (int r = 0; r < reeksen.size(); r++) {
      String naam = reeksen.get(r).naam();
      b.append("<rect x=\"").append(links).append("\" y=\"").append(rij).append("\" width=\"12\" height=\"12\" fill=\"")
          .append(KLEUREN[r % KLEUREN.length]).append("\"/><text x=\"").append(links + 18).append("\" y=\"").append(rij + 11)
          .append("\">");
      regels(b, breek(naam, LEGENDAREGEL), links + 18);
      b.append("</text>");
      rij += legendaRij(naam);
    }
    return b.append(EIND).toString();
  }

  /** The most characters of a line chart's legend entry on one line (about 600 px at 12 px). */
  private static final int LEGENDAREGEL = 88;

  private static int legendaRij(String naam) {
    return 18 + (breek(naam, LEGENDAREGEL).size() - 1) * REGELAFSTAND;
  }

  /** A marked value on a strip: its name, its value in percent (exact to two decimals) and its printed text. */
  record Markering(String naam, BigDecimal procent, String tekst) {}

  /**
   * A strip of values in percent on an axis from 0 to {@code max}%: a thin mark per value, and
   * below the strip each marking as a labelled line (the first in the first colour and bold, the
   * others in grey) with its text, each on its own row so no label covers another.
   *
   * @param id the id of the SVG's title element
   * @param titel the chart's title
   * @param waarden the values in percent, any order
   * @param markeringen the marked values, the first the one the chart is about
   * @param max the axis maximum in percent, a positive multiple of 25 (of 50 beyond 200)
   */
  static String strook(String id, String titel, List<BigDecimal> waarden, List<Markering> markeringen, long max) {
    int links = 24;
    int breedte = LABELS + BREEDTE + WAARDEN;
    int plot = breedte - 2 * links;
    int strook = 36;
    int hoogte = KOP + strook + AS + markeringen.size() * 20 + 8;
    String tekst = waarden.size() + " waarden; " + markeringen.stream().map(m -> m.naam() + ": " + m.tekst())
        .collect(Collectors.joining("; "));
    StringBuilder b = begin(id, titel, tekst, breedte, hoogte);
    // Round ticks: every 25% (every 50% beyond 200%).
    long stap = max <= 200 ? 25 : 50;
    for (long v = 0; v <= max; v += stap) {
      String x = getal(positie(BigDecimal.valueOf(v), links, plot, max));
      b.append("<line class=\"raster\" x1=\"").append(x).append("\" y1=\"").append(KOP).append("\" x2=\"").append(x)
          .append("\" y2=\"").append(KOP + strook).append("\" stroke=\"#ccc\"/>");
      b.append("<text x=\"").append(x).append("\" y=\"").append(KOP + strook + 16).append("\" text-anchor=\"middle\">")
          .append(escape(v + "%")).append("</text>");
    }
    for (BigDecimal w : waarden) {
      String x = getal(positie(w, links, plot, max));
      b.append("<line class=\"waarde\" x1=\"").append(x).append("\" y1=\"").append(KOP + 6).append("\" x2=\"").append(x)
          .append("\" y2=\"").append(KOP + strook - 6).append("\" stroke=\"#767676\" stroke-width=\"1\"/>");
    }
    for (int m = 0; m < markeringen.size(); m++) {
      Markering mk = markeringen.get(m);
      BigDecimal x = positie(mk.procent(), links, plot, max);
      String kleur = m == 0 ? KLEUREN[0] : "#1a1a1a";
      int y = KOP + strook + AS + m * 20 + 12;
      b.append("<line class=\"markering\" x1=\"").append(getal(x)).append("\" y1=\"").append(KOP).append("\" x2=\"")
          .append(getal(x)).append("\" y2=\"").append(y - 10).append("\" stroke=\"").append(kleur).append("\" stroke-width=\"")
          .append(m == 0 ? 3 : 1.5).append('"').append(m == 0 ? "" : " stroke-dasharray=\"4 3\"").append("/>");
      boolean rechts = x.compareTo(BigDecimal.valueOf(links + plot / 2)) > 0;
      b.append("<text class=\"markering\" x=\"").append(getal(rechts ? x.subtract(BigDecimal.valueOf(4)) : x.add(BigDecimal.valueOf(4))))
          .append("\" y=\"").append(y).append("\"").append(rechts ? " text-anchor=\"end\"" : "").append(m == 0 ? " font-weight=\"bold\"" : "")
          .append(" fill=\"").append(kleur).append("\">").append(escape(mk.naam() + ": " + mk.tekst())).append("</text>");
    }
    return b.append(EIND).toString();
  }

  private static BigDecimal positie(BigDecimal procent, int links, int plot, long max) {
    BigDecimal p = procent.min(BigDecimal.valueOf(max)).max(BigDecimal.ZERO);
    return BigDecimal.valueOf(links).add(p.multiply(BigDecimal.valueOf(plot)).divide(BigDecimal.valueOf(max), 2, RoundingMode.HALF_UP));
  }

  /** The smallest of 1, 2, 2.5 or 5 times a power of ten that is at least {@code n}. */
  static long rondOmhoog(long n) {
    long macht = 1;
    while (macht * 10 <= n) {
      macht *= 10;
    }
    for (long stap : new long[] {10, 20, 25, 50, 100}) {
      long kandidaat = Math.multiplyExact(macht, stap) / 10;
      if (kandidaat >= n) {
        return kandidaat;
      }
    }
    return Math.multiplyExact(macht, 10);
  }

  /** {@code waarde × lengte / max}, exact to two decimals (half up). */
  private static BigDecimal schaal(long waarde, long max, int lengte) {
    return BigDecimal.valueOf(waarde).multiply(BigDecimal.valueOf(lengte)).divide(BigDecimal.valueOf(max), 2, RoundingMode.HALF_UP);
  }

  private static boolean nieuweGroep(List<Staaf> staven, int i) {
    String groep = staven.get(i).groep();
    return groep != null && (i == 0 || !groep.equals(staven.get(i - 1).groep()));
  }

  /** The end of every chart: the SVG and the region it scrolls in. */
  private static final String EIND = "</svg></div>";

  /**
   * The start of every chart: a region that scrolls sideways on screens narrower than the chart
   * (named by the title, focusable for the keyboard), and the SVG at its own size, so that its text
   * keeps its size (12 px) at every viewport instead of shrinking with the window (WCAG 1.4.4).
   */
  /**
   * The start of a chart: its scroll region, the SVG as an image named by its title and described
   * by its numbers ({@code <desc>}, {@code aria-describedby}), so a reader who cannot see it hears
   * what it shows.
   *
   * @param beschrijving the chart's numbers as text, such as {@code "Taal: 92%; Rekenen: 47%"}
   */
  private static StringBuilder begin(String id, String titel, String beschrijving, int breedte, int hoogte) {
    return new StringBuilder("<div class=\"grafiek\" role=\"region\" tabindex=\"0\" aria-label=\"").append(escape(titel))
        .append("\"><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"").append(escape(id))
        .append("\" aria-describedby=\"").append(escape(id)).append("-tekst")
        .append("\" viewBox=\"0 0 ").append(breedte).append(' ').append(hoogte).append("\" width=\"").append(breedte)
        .append("\" height=\"").append(hoogte).append("\" font-size=\"12\">")
        .append("<title id=\"").append(escape(id)).append("\">").append(escape(titel)).append("</title>")
        .append("<desc id=\"").append(escape(id)).append("-tekst\">").append(escape(beschrijving)).append("</desc>");
  }


  /** {@code waarde × BREEDTE / max}, exact to two decimals (half up). */
  private static BigDecimal deel(long waarde, long max) {
    return BigDecimal.valueOf(waarde).multiply(BigDecimal.valueOf(BREEDTE)).divide(BigDecimal.valueOf(max), 2, RoundingMode.HALF_UP);
  }

  private static String getal(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString();
  }
}
