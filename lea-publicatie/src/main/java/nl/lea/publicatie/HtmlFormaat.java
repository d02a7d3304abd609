package nl.lea.publicatie;

import static nl.lea.rapport.render.Numbers.duizendtallen;
import static nl.lea.publicatie.Html.escape;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import nl.lea.core.DomainValidationException;
import nl.lea.rapport.Drukverschil;
import nl.lea.rapport.Figuur;
import nl.lea.rapport.Gemiddelderij;
import nl.lea.rapport.Groep;
import nl.lea.rapport.Rapport;
import nl.lea.rapport.Rij;
import nl.lea.rapport.Somrij;
import nl.lea.rapport.Tabel;
import nl.lea.rapport.Telrij;
import nl.lea.rapport.Vergelijking;
import nl.lea.rapport.Waarschuwing;
import nl.lea.rapport.render.RapportFormaat;
import nl.lea.rapport.render.Cells;
import nl.lea.rapport.render.TekstRapportFormaat;
import nl.lea.rapport.render.VorigeJaren;
import org.apiguardian.api.API;

/**
 * The report as one self-contained HTML5 page, the format {@code html}: no script, no reference to
 * anything outside the page, inline style with print rules for A4; it opens from a USB stick.
 *
 * <p>Every table is an accessible {@code <table>} in {@code <section id="tabel-ID">}, its {@code
 * <caption>} the heading as the report prints it ({@link Tabel#koptekst()}), column and row headers
 * with {@code scope}, and its {@link Tabel#noot() note}, if any, in a paragraph under it. The report's figures follow their tables as inline SVG in {@code <figure
 * id="figuur-ID">} with real text labels, {@code role="img"}, a {@code <title>} and a {@code <desc>}
 * with the chart's numbers as text, drawn as the
 * table's {@link Tabel#figuur() figure} in the registry says: bars of the rows' percentages under a
 * heading per group ({@code STAVEN}), a stacked 100% bar per group with segments by count
 * ({@code GESTAPELD}; a group with a suppressed count is not drawn), or, with the inspector's
 * judgement, Figuur 1.5 ({@code STROOM}, {@code figuur-F1.5}, the flow of the waarborgtoezicht with
 * its counts) in the section of table 3.risico. A table of contents links to every section; warnings list each gemeente's
 * code and message. Every text on the page, including the gemeente names inside warnings, is
 * escaped, so input cannot add markup. Suppressed counts show as {@code <k}, as in the other
 * people-facing formats.
 *
 * <p>Registered through {@link java.util.ServiceLoader}: with this module present, {@link
 * RapportFormaat#of(String) RapportFormaat.of("html")} finds it. Instances are stateless and
 * thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class HtmlFormaat extends TekstRapportFormaat {


  /** Creates the format; {@link java.util.ServiceLoader} calls this. */
  public HtmlFormaat() {}

  @Override
  public String naam() {
    return "html";
  }

  @Override
  public void render(Rapport r, Writer out) throws IOException {
    DomainValidationException.requireNonNull(r, "rapport");
    DomainValidationException.requireNonNull(out, "out");
    schrijf(r, Optional.empty(), out);
  }

  /**
   * Renders the page with earlier years: every table gains the columns of the previous value and
   * the verschil (with their footnotes under the table), and when the cohort holds a gemeente, the
   * section {@code tabel-F1.4} with its table and Figuur 1.4 follows the tables.
   */
  @Override
  public void render(Rapport r, Vergelijking vorigeJaren, Writer out) throws IOException {
    VorigeJaren.controleer(r, vorigeJaren);
    DomainValidationException.requireNonNull(out, "out");
    schrijf(r, Optional.of(vorigeJaren), out);
  }

  private static void schrijf(Rapport r, Optional<Vergelijking> vorig, Writer out) throws IOException {
    String titel = "Landelijk rapport LEA/vve " + r.verslagjaar();
    out.write(Html.begin(titel) + "<header>\n<h1>" + escape(titel) + "</h1>\n<p>"
        + r.aantalIngevuld() + " van " + r.aantalGemeenten() + " gemeenten vulden de vragenlijst in.</p>\n</header>\n");
    boolean cohort = vorig.isPresent() && !vorig.get().cohort().gemeenten().isEmpty();
    inhoud(r, cohort, out);
    out.write("<main>\n");
    List<Drukverschil> verschillen = r.drukverschillen();
    for (Tabel t : volgorde(r)) {
      tabel(r, t, verschillen.stream().filter(d -> d.tabel().equals(t.id())).toList(), vorig, out);
    }
    if (cohort) {
      CohortHtml.sectie(vorig.get().cohort(), "Figuur 1.4: Het cohort over de jaren", out);
    }
    verschillen(r, verschillen, out);
    waarschuwingen(r.waarschuwingen(), out);
    out.write("</main>\n</body>\n</html>\n");
  }

  /**
   * The tables in the printed report's order: part 1, then §3 (the waarborgtoezicht: the risk
   * analysis and the judgement's tables, with Figuur 1.5), then part 2. The registry keeps §3 last;
   * the page follows the report a reader compares it with.
   */
  static List<Tabel> volgorde(Rapport r) {
    List<Tabel> alle = r.tabellen();
    List<Tabel> toezicht = alle.stream().filter(t -> t.id().startsWith("3.") || t.id().equals("risico")).toList();
    int deel2 = -1;
    for (int i = 0; i < alle.size() && deel2 < 0; i++) {
      if (alle.get(i).id().matches("F?2\\..*")) {
        deel2 = i;
      }
    }
    if (toezicht.isEmpty() || deel2 < 0) {
      return alle;
    }
    List<Tabel> uit = new ArrayList<>();
    alle.subList(0, deel2).stream().filter(t -> !toezicht.contains(t)).forEach(uit::add);
    uit.addAll(toezicht);
    alle.subList(deel2, alle.size()).stream().filter(t -> !toezicht.contains(t)).forEach(uit::add);
    return uit;
  }

  private static void inhoud(Rapport r, boolean cohort, Writer out) throws IOException {
    out.write("<nav aria-labelledby=\"inhoud\">\n<h2 id=\"inhoud\">Inhoud</h2>\n<ol>\n");
    for (Tabel t : volgorde(r)) {
      out.write("<li><a href=\"#" + anker(t) + "\">" + escape(t.bijschrift()) + "</a></li>\n");
    }
    if (cohort) {
      out.write("<li><a href=\"#tabel-F1.4\">Figuur 1.4: Het cohort over de jaren</a></li>\n");
    }
    if (!r.drukverschillen().isEmpty()) {
      out.write("<li><a href=\"#verschillen\">Verschillen met het gedrukte rapport</a></li>\n");
    }
    if (!r.waarschuwingen().isEmpty()) {
      out.write("<li><a href=\"#waarschuwingen\">Waarschuwingen</a></li>\n");
    }
    out.write("</ol>\n</nav>\n");
  }

  private static String anker(Tabel t) {
    return "tabel-" + escape(t.id());
  }

  /** Printed, a table of more rows than this may break across pages; a shorter one stays on one. */
  private static final int LANGE_TABEL = 14;

  private static void tabel(Rapport r, Tabel t, List<Drukverschil> verschillen, Optional<Vergelijking> vorig, Writer out)
      throws IOException {
    // The printed report's own layout, where it has one; with earlier years' columns, row by row.
    java.io.StringWriter eigen = new java.io.StringWriter();
    boolean opmaak = vorig.isEmpty() && (kolommen(t, eigen) || matrix(t, eigen));
    boolean lang = !opmaak && t.rijen().size() > LANGE_TABEL;
    out.write("<section id=\"" + anker(t) + "\"" + (lang ? " class=\"lang\"" : "") + ">\n<h2>" + escape(t.bijschrift()) + "</h2>\n");
    if (opmaak) {
      out.write(eigen.toString());
    } else {
      rijen(t, vorig, verschillen, lang, out);
    }
    if (t.noot().isPresent()) {
      out.write("<p>" + escape(t.noot().get()) + "</p>\n");
    }
    if (vorig.isPresent()) {
      for (String noot : VorigeJaren.voetnoten(List.of(t), vorig.get())) {
        out.write("<p class=\"noot\">" + escape(noot) + "</p>\n");
      }
    }
    if (t.bron().isPresent()) {
      out.write("<p class=\"bron\">" + escape(t.bron().get()) + "</p>\n");
    }
    for (Drukverschil d : verschillen) {
      out.write("<p class=\"verschil\" id=\"" + verschilAnker(d) + "\"><strong>Verschil met het gedrukte rapport.</strong> "
          + escape(d.tekst()) + " <a href=\"#verschillen\">Alle verschillen</a></p>\n");
    }
    figuur(r, t, out);
    out.write("</section>\n");
  }

  /** The table row by row: a row per {@link Rij}, its cells under the format's headings. */
  private static void rijen(Tabel t, Optional<Vergelijking> vorig, List<Drukverschil> verschillen, boolean lang, Writer out)
      throws IOException {
    out.write(Html.tabel("", t.koptekst(), lang) + "<thead><tr><th scope=\"col\">Onderdeel</th>");
    List<String> koppen = new ArrayList<>(koppen(t));
    vorig.ifPresent(v -> koppen.addAll(VorigeJaren.koppen(v)));
    for (String kop : koppen) {
      out.write("<th scope=\"col\">" + escape(kop) + "</th>");
    }
    out.write("</tr></thead>\n<tbody>\n");
    for (Rij rij : t.rijen()) {
      Optional<Drukverschil> verschil = verschillen.stream().filter(d -> d.sleutel().equals(Optional.of(rij.sleutel()))).findFirst();
      out.write("<tr><th scope=\"row\">" + escape(rij.label())
          + verschil.map(d -> " <a class=\"verwijzing\" href=\"#" + verschilAnker(d) + "\">(verschil met het gedrukte rapport)</a>")
              .orElse("") + "</th>");
      List<String> cellen = new ArrayList<>(cellen(t, rij));
      vorig.ifPresent(v -> cellen.addAll(VorigeJaren.cellen(v, t.id(), rij, "–")));
      for (String cel : cellen) {
        out.write("<td>" + escape(cel) + "</td>");
      }
      out.write("</tr>\n");
    }
    out.write(Html.TABEL_EIND);
  }

  /** The tables the printed report lays out with its rows as columns (Tabel 1.10: the three sums side by side). */
  private static final Set<String> KOLOMMEN = Set.of("1.10");

  /** The tables the printed report lays out as a matrix, group by part (Tabel 2.2: inhoud by ontwikkelingsgebied). */
  private static final Set<String> MATRIX = Set.of("2.2");

  /**
   * Tabel 1.10 as the printed report lays it out: a column per sum, a row of the sums and a row of
   * the number of gemeenten that gave each.
   *
   * @return whether the table is written so
   */
  private static boolean kolommen(Tabel t, Writer out) throws IOException {
    if (!KOLOMMEN.contains(t.id()) || t.rijen().isEmpty() || !t.rijen().stream().allMatch(Somrij.class::isInstance)) {
      return false;
    }
    List<Somrij> sommen = t.rijen().stream().map(Somrij.class::cast).toList();
    out.write(Html.tabel("", t.koptekst()) + "<thead><tr><td></td>");
    for (Somrij s : sommen) {
      out.write("<th scope=\"col\">" + escape(s.label()) + "</th>");
    }
    out.write("</tr></thead>\n<tbody>\n<tr><th scope=\"row\">Aantal</th>");
    for (Somrij s : sommen) {
      out.write("<td>" + duizendtallen(s.waarde()) + "</td>");
    }
    out.write("</tr>\n<tr><th scope=\"row\">Aantal gemeenten dat gegevens aanleverde</th>");
    for (Somrij s : sommen) {
      out.write("<td>" + duizendtallen(s.aantalGemeenten()) + "</td>");
    }
    out.write("</tr>\n" + Html.TABEL_EIND);
    return true;
  }

  /**
   * Tabel 2.2 as the printed report lays it out: a row per group, a column per part, each cell the
   * percentage with its count; the n is in the caption. Only a table whose every group has the
   * same parts in the same order is written so.
   *
   * @return whether the table is written so
   */
  private static boolean matrix(Tabel t, Writer out) throws IOException {
    Optional<Matrix> m = MATRIX.contains(t.id()) ? Matrix.van(t) : Optional.empty();
    if (m.isEmpty()) {
      return false;
    }
    List<String> delen = m.get().delen();
    Map<Groep, List<Telrij>> perGroep = m.get().perGroep();
    out.write(Html.tabel("matrix", t.koptekst()) + "<thead><tr><td></td>");
    for (String deel : delen) {
      out.write("<th scope=\"col\">" + escape(deel) + "</th>");
    }
    out.write("</tr></thead>\n<tbody>\n");
    for (Map.Entry<Groep, List<Telrij>> e : perGroep.entrySet()) {
      out.write("<tr><th scope=\"row\">" + escape(e.getKey().label()) + "</th>");
      for (Telrij tel : e.getValue()) {
        List<String> c = Cells.cellen(tel, "–");
        out.write("<td>" + escape(c.get(1)) + " <span class=\"aantal\">(" + escape(c.get(0)) + ")</span></td>");
      }
      out.write("</tr>\n");
    }
    out.write(Html.TABEL_EIND);
    return true;
  }

  private static String verschilAnker(Drukverschil d) {
    return "verschil-" + escape(d.tabel()) + d.sleutel().map(s -> "-" + escape(s)).orElse("");
  }

  /** Every difference from the printed report in one list, each linked to its table. */
  private static void verschillen(Rapport r, List<Drukverschil> verschillen, Writer out) throws IOException {
    if (verschillen.isEmpty()) {
      return;
    }
    out.write("<section id=\"verschillen\">\n<h2>Verschillen met het gedrukte rapport</h2>\n<p>Waar deze pagina bewust "
        + "afwijkt van het gedrukte rapport over " + r.verslagjaar() + ", staat dat bij de tabel. Alle verschillen op een rij:</p>\n<ul>\n");
    for (Drukverschil d : verschillen) {
      Tabel t = r.tabel(d.tabel()).orElseThrow();
      out.write("<li><a href=\"#" + verschilAnker(d) + "\">" + escape(t.bijschrift()) + "</a>: " + escape(d.tekst()) + "</li>\n");
    }
    out.write("</ul>\n</section>\n");
  }

  /** Figuur 1.5, the flow of the waarborgtoezicht with its counts, in the section of table 3.risico. */
  private static void figuurStroom(Rapport r, Writer out) throws IOException {
    Tabel risico = r.tabel("3.risico").orElseThrow();
    Tabel contact = r.tabel("3.contact").orElseThrow();
    Tabel afhandeling = r.tabel("3.afhandeling").orElseThrow();
    List<List<Grafiek.Blok>> kolommen = List.of(
        List.of(blok("Jaarlijkse vragenlijst", r.aantalIngevuld() + " van " + r.aantalGemeenten() + " ingevuld")),
        List.of(blok("Risicoanalyse", "mogelijk risico: " + aantal(risico, "MOGELIJK_RISICO"), "geen risico: " + aantal(risico, "GEEN"),
            "(brief naar gemeente)")),
        List.of(blok("Contactgemeenten", aantal(contact, "CONTACTGEMEENTEN") + " gemeenten", "over LEA: " + aantal(contact, "LEA"),
            "over vve: " + aantal(contact, "VVE"))),
        List.of(
            blok("Geen risico (meer)", "LEA " + aantal(afhandeling, "LEA/GEEN_RISICO_MEER") + " · vve "
                + aantal(afhandeling, "VVE/GEEN_RISICO_MEER"), "(brief naar gemeente)"),
            blok("Verbeterafspraken", "LEA " + aantal(afhandeling, "LEA/VERBETERAFSPRAKEN") + " · vve "
                + aantal(afhandeling, "VVE/VERBETERAFSPRAKEN")),
            blok("Onderzoek", "LEA " + aantal(afhandeling, "LEA/ONDERZOEK") + " · vve " + aantal(afhandeling, "VVE/ONDERZOEK"))));
    String titel = "Schematische weergave waarborgtoezicht LEA/vve " + r.verslagjaar();
    // The steps and their numbers as text too, for readers who cannot see the figure and for copying.
    StringBuilder tekst = new StringBuilder("<details class=\"stappen\"><summary>Figuur 1.5 als tekst</summary>\n<ol>\n");
    for (List<Grafiek.Blok> kolom : kolommen) {
      for (Grafiek.Blok blok : kolom) {
        List<String> regels = blok.regels();
        tekst.append("<li><strong>").append(escape(regels.get(0))).append("</strong>")
            .append(regels.size() > 1 ? ": " + escape(String.join("; ", regels.subList(1, regels.size()))) : "").append("</li>\n");
      }
    }
    tekst.append("</ol>\n</details>\n");
    out.write("<figure id=\"figuur-F1.5\">\n" + Grafiek.stroom("figuur-F1.5-titel", titel, kolommen) + "\n" + tekst
        + "<figcaption>Figuur 1.5: " + escape(titel) + "</figcaption>\n</figure>\n");
  }

  private static Grafiek.Blok blok(String... regels) {
    return new Grafiek.Blok(List.of(regels));
  }

  private static String aantal(Tabel t, String sleutel) {
    return t.rij(sleutel).map(rij -> rij instanceof Telrij tel && tel.aantal().isPresent()
        ? duizendtallen(tel.aantal().getAsLong()) : Cells.ONDERDRUKT).orElse("–");
  }

  /** Draws the table's figure as the registry declares it ({@link Tabel#figuur()}). */
  private static void figuur(Rapport r, Tabel t, Writer out) throws IOException {
    if (t.figuur().isEmpty()) {
      return;
    }
    Figuur f = t.figuur().get();
    String id = "figuur-" + t.id() + "-titel";
    String svg = switch (f.soort()) {
      case STAVEN -> staven(id, t, f);
      case GESTAPELD -> gestapeld(id, t, f);
      case STROOM -> null;
    };
    if (svg == null) {
      if (r.tabel("3.contact").isPresent() && r.tabel("3.afhandeling").isPresent()) {
        figuurStroom(r, out);
      }
      return;
    }
    // A figure the report numbers keeps its number; a chart the report has not is a chart of its table.
    String nummer = t.nummer().orElse("");
    String bijschrift = nummer.startsWith("Figuur") ? nummer + ": "
        : nummer.isEmpty() ? "Grafiek: " : "Grafiek bij " + nummer.toLowerCase(java.util.Locale.ROOT) + ": ";
    out.write("<figure id=\"figuur-" + escape(t.id()) + "\">\n" + svg + "\n<figcaption>" + escape(bijschrift + t.koptekst())
        + "</figcaption>\n</figure>\n");
  }

  /** Bars of the rows' percentages, under a heading per group. */
  private static String staven(String id, Tabel t, Figuur f) {
    List<Grafiek.Staaf> staven = new ArrayList<>();
    long max = 100;
    for (Rij rij : t.rijen()) {
      if (f.weglaten().contains(rij.sleutel())) {
        continue;
      }
      OptionalInt pct = rij instanceof Telrij tel ? tel.percentage()
          : rij instanceof Gemiddelderij g ? g.percentage() : OptionalInt.empty();
      String tekst = pct.isPresent() ? pct.getAsInt() + "%" : rij instanceof Telrij tel && tel.onderdrukt() ? Cells.ONDERDRUKT : "–";
      staven.add(new Grafiek.Staaf(rij.groep().map(Groep::label).orElse(null), rij.onderdeel(),
          pct.isPresent() ? (Long) (long) pct.getAsInt() : null, tekst));
      if (pct.isPresent() && pct.getAsInt() > max) {
        max = (pct.getAsInt() + 24) / 25 * 25;
      }
    }
    return Grafiek.staven(id, t.koptekst(), staven, max, "%");
  }

  /**
   * A stacked bar per group, named by the group's label, a segment per row by its count; a group
   * with a suppressed count is not drawn, since its shares would be wrong.
   */
  private static String gestapeld(String id, Tabel t, Figuur f) {
    Map<Groep, List<Grafiek.Deel>> perGroep = new LinkedHashMap<>();
    Set<Groep> onderdrukt = new java.util.HashSet<>();
    for (Rij rij : t.rijen()) {
      if (f.weglaten().contains(rij.sleutel()) || !(rij instanceof Telrij tel) || rij.groep().isEmpty()) {
        continue;
      }
      Groep groep = rij.groep().get();
      if (tel.aantal().isEmpty()) {
        onderdrukt.add(groep);
        continue;
      }
      perGroep.computeIfAbsent(groep, k -> new ArrayList<>()).add(new Grafiek.Deel(rij.onderdeel(), tel.aantal().getAsLong()));
    }
    perGroep.keySet().removeAll(onderdrukt);
    List<Grafiek.Stapel> stapels = new ArrayList<>();
    perGroep.forEach((groep, delen) -> stapels.add(new Grafiek.Stapel(groep.label(), delen)));
    return Grafiek.gestapeld(id, t.koptekst(), stapels);
  }

  /** The headings of the columns a table's rows fill. */
  private static List<String> koppen(Tabel t) {
    return Cells.koppen(t).stream().filter(k -> !k.isEmpty()).toList();
  }

  /** The cells of a row under those headings, with the page's dash for an undefined percentage. */
  private static List<String> cellen(Tabel t, Rij rij) {
    return Cells.zonderLegeKolommen(Cells.koppen(t), Cells.cellen(rij, "–"));
  }

  private static void waarschuwingen(List<Waarschuwing> lijst, Writer out) throws IOException {
    if (lijst.isEmpty()) {
      return;
    }
    boolean lang = lijst.size() > LANGE_TABEL;
    out.write("<section id=\"waarschuwingen\"" + (lang ? " class=\"lang\"" : "") + ">\n<h2>Waarschuwingen</h2>\n"
        + Html.tabel("", "Gemeenten met een bereik boven 100% (n=" + lijst.size() + ")", lang) + "<thead><tr><th scope=\"col\">Gemeente</th><th scope=\"col\">Code</th>"
        + "<th scope=\"col\">Melding</th></tr></thead>\n<tbody>\n");
    for (Waarschuwing w : lijst) {
      out.write("<tr><th scope=\"row\">" + escape(w.gemeente().toString()) + "</th><td>" + escape(w.code())
          + "</td><td class=\"tekst\">" + escape(w.bericht()) + "</td></tr>\n");
    }
    out.write(Html.TABEL_EIND + "</section>\n");
  }
}
