package nl.lea.rapport.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import nl.lea.bereik.Cohort;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeentecode;
import nl.lea.core.Verslagjaar;
import nl.lea.json.JsonTextWriter;
import nl.lea.rapport.Vergelijking;
import org.apiguardian.api.API;

/**
 * Renders a {@link Vergelijking} (docs/jaren.md §4) as JSON ({@code lea-vergelijking/1}, exactly
 * the shape of docs/jaren.md), as aligned text or Markdown (per table and row the years side by
 * side, the verschil in percentage points, marked {@code *} with the footnote "andere groep
 * gemeenten" when the noemer changed by more than 5%, the transitions of the four supervision rows
 * and the cohort), or as CSV ({@link VergelijkingRegels}: one line per table, row and year).
 * lea-publicatie adds the page and the workbook. For example:
 *
 * <pre>{@code
 * VergelijkingRenderer.json(Vergelijking.van(docs, herindelingen, cijfers), writer);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class VergelijkingRenderer {

  /** The schema name of the JSON output. */
  public static final String SCHEMA = "lea-vergelijking/1";
  /** The footnote of a verschil whose noemer changed by more than 5%. */
  public static final String ANDERE_GROEP = "* andere groep gemeenten: de noemer veranderde met meer dan 5%";

  /** The footnote of a published figure's mark. */
  public static final String GEPUBLICEERD = "g gepubliceerd cijfer (de bron staat in --formaat json)";

  private VergelijkingRenderer() {}

  /**
   * Writes {@code lea-vergelijking/1} with a final newline; the writer is not flushed or closed.
   *
   * @param v the comparison, not null
   * @param out where the JSON goes, not null
   * @throws DomainValidationException if an argument is null
   * @throws UncheckedIOException if writing fails
   */
  public static void json(Vergelijking v, Writer out) {
    DomainValidationException.requireNonNull(v, "vergelijking");
    DomainValidationException.requireNonNull(out, "out");
    try {
      JsonTextWriter j = new JsonTextWriter(out, false);
      j.beginObject();
      j.name("schema");
      j.string(SCHEMA);
      j.name("jaren");
      jaren(j, v.jaren());
      j.name("documenten");
      j.beginArray();
      for (Vergelijking.Document d : v.documenten()) {
        j.beginObject();
        j.name("verslagjaar");
        j.number(d.verslagjaar().jaar());
        j.name("aantalGemeenten");
        j.number(d.aantalGemeenten());
        j.name("aantalIngevuld");
        j.number(d.aantalIngevuld());
        j.name("nietVergelijkbaar");
        j.beginArray();
        for (Gemeentecode c : d.nietVergelijkbaar()) {
          j.string(c.toString());
        }
        j.endArray();
        j.endObject();
      }
      j.endArray();
      j.name("tabellen");
      j.beginArray();
      for (Vergelijking.Tabelreeks t : v.tabellen()) {
        j.beginObject();
        j.name("id");
        j.string(t.id());
        j.name("titel");
        j.string(t.titel());
        j.name("rijen");
        j.beginArray();
        for (Vergelijking.Rijreeks r : t.rijen()) {
          rij(j, t.id(), r);
        }
        j.endArray();
        j.endObject();
      }
      j.endArray();
      j.name("cohort");
      cohort(j, v.cohort());
      j.endObject();
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void jaren(JsonTextWriter j, List<Verslagjaar> jaren) throws IOException {
    j.beginArray();
    for (Verslagjaar jaar : jaren) {
      j.number(jaar.jaar());
    }
    j.endArray();
  }

  private static void rij(JsonTextWriter j, String tabel, Vergelijking.Rijreeks r) throws IOException {
    j.beginObject();
    j.name("sleutel");
    j.string(r.sleutel());
    j.name("label");
    j.string(r.label());
    j.name("jaren");
    j.beginArray();
    for (Vergelijking.Jaarwaarde w : r.jaren()) {
      j.beginObject();
      j.name("verslagjaar");
      j.number(w.verslagjaar().jaar());
      j.name("bron");
      j.string(w.bron() == Vergelijking.Bron.DOCUMENT ? "document" : "gepubliceerd");
      JsonFormaat.velden(j, w.rij());
      if (w.bronvermelding().isPresent()) {
        j.name("bronvermelding");
        j.string(w.bronvermelding().get());
      }
      j.endObject();
    }
    j.endArray();
    j.name("vorigJaar");
    JsonFormaat.jaar(j, r.vorigJaar());
    j.name("verschil");
    JsonFormaat.getal(j, r.verschil());
    j.name("noemerGewijzigd");
    JsonFormaat.waarheid(j, r.noemerGewijzigd());
    if (Vergelijking.OVERGANGSRIJEN.contains(tabel + "/" + r.sleutel())) {
      j.name("overgangen");
      if (r.overgangen().isEmpty()) {
        j.nul();
      } else {
        Vergelijking.Overgangen o = r.overgangen().get();
        j.beginObject();
        j.name("vanJaar");
        j.number(o.vanJaar().jaar());
        j.name("naarJaar");
        j.number(o.naarJaar().jaar());
        j.name("aantalGemeenten");
        j.number(o.aantalGemeenten());
        j.name("jaJa");
        JsonFormaat.getal(j, o.jaJa());
        j.name("jaNee");
        JsonFormaat.getal(j, o.jaNee());
        j.name("neeJa");
        JsonFormaat.getal(j, o.neeJa());
        j.name("neeNee");
        JsonFormaat.getal(j, o.neeNee());
        if (o.onderdrukt()) {
          j.name("onderdrukt");
          j.bool(true);
        }
        j.endObject();
      }
    }
    j.endObject();
  }

  static void cohort(JsonTextWriter j, Cohort c) throws IOException {
    j.beginObject();
    j.name("jaren");
    jaren(j, c.jaren());
    j.name("aantalGemeenten");
    j.number(c.gemeenten().size());
    j.name("gemeenten");
    j.beginArray();
    for (Gemeentecode code : c.gemeenten()) {
      j.string(code.toString());
    }
    j.endArray();
    j.name("reeks");
    j.beginArray();
    for (Cohort.Jaar jaar : c.reeks()) {
      CohortRenderer.jaar(j, jaar);
    }
    j.endArray();
    j.endObject();
  }

  /**
   * Writes the comparison as aligned text: per table its rows with one column per year (the
   * percentage, a sum row's value; {@code g} after a published figure), the verschil, then the
   * transitions of the supervision rows and the cohort. The writer is not flushed or closed.
   *
   * @param v the comparison, not null
   * @param out where the text goes, not null
   * @throws DomainValidationException if an argument is null
   * @throws UncheckedIOException if writing fails
   */
  public static void tekst(Vergelijking v, Writer out) {
    DomainValidationException.requireNonNull(v, "vergelijking");
    DomainValidationException.requireNonNull(out, "out");
    try {
      out.write("Vergelijking LEA/vve " + v.jaren().get(0) + "\u2013" + v.jaren().get(v.jaren().size() - 1) + "\n");
      boolean voetnoot = false;
      for (Vergelijking.Tabelreeks t : v.tabellen()) {
        out.write("\n" + Escape.tekst(t.id()) + "  " + Escape.tekst(t.titel()) + "\n\n");
        List<String> koppen = new ArrayList<>();
        v.jaren().forEach(j -> koppen.add(j.toString()));
        koppen.add("Verschil");
        List<List<String>> regels = new ArrayList<>();
        for (Vergelijking.Rijreeks r : t.rijen()) {
          List<String> cellen = new ArrayList<>();
          cellen.add(Escape.tekst(r.label()));
          for (Verslagjaar jaar : v.jaren()) {
            cellen.add(r.jaar(jaar).map(w -> VorigeJaren.cel(w, "-")).orElse(""));
          }
          voetnoot |= r.noemerGewijzigd().orElse(false);
          cellen.add(VorigeJaren.verschil(r, "-"));
          regels.add(cellen);
        }
        tabel(out, koppen, regels);
        for (Vergelijking.Rijreeks r : t.rijen()) {
          if (r.overgangen().isPresent()) {
            out.write("  " + Escape.tekst(overgangen(r.overgangen().get())) + "\n");
          }
        }
      }
      boolean gepubliceerd = v.tabellen().stream().flatMap(t -> t.rijen().stream()).flatMap(r -> r.jaren().stream())
          .anyMatch(w -> w.bron() == Vergelijking.Bron.GEPUBLICEERD);
      if (voetnoot || gepubliceerd) {
        out.write("\n");
      }
      if (voetnoot) {
        out.write(ANDERE_GROEP + "\n");
      }
      if (gepubliceerd) {
        out.write(GEPUBLICEERD + "\n");
      }
      cohortTekst(v.cohort(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the comparison as Markdown: per table a table with a column per year and the verschil,
   * the transitions of the supervision rows as a list, the footnotes, and the cohort as a table. Every
   * text from the input goes through {@link Escape#markdown}. The writer is not flushed or closed.
   *
   * @param v the comparison, not null
   * @param out where the Markdown goes, not null
   * @throws DomainValidationException if an argument is null
   * @throws UncheckedIOException if writing fails
   */
  public static void markdown(Vergelijking v, Writer out) {
    DomainValidationException.requireNonNull(v, "vergelijking");
    DomainValidationException.requireNonNull(out, "out");
    try {
      out.write("# Vergelijking LEA/vve " + v.jaren().get(0) + "\u2013" + v.jaren().get(v.jaren().size() - 1) + "\n\n");
      for (Vergelijking.Document d : v.documenten()) {
        out.write("- " + d.verslagjaar() + ": " + d.aantalIngevuld() + " van " + d.aantalGemeenten() + " gemeenten vulden de vragenlijst in"
            + (d.nietVergelijkbaar().isEmpty() ? "" : "; niet vergelijkbaar: " + String.join(", ",
                d.nietVergelijkbaar().stream().map(Object::toString).toList())) + "\n");
      }
      boolean voetnoot = false;
      for (Vergelijking.Tabelreeks t : v.tabellen()) {
        out.write("\n## " + Escape.markdown(t.id()) + " " + Escape.markdown(t.titel()) + "\n\n| |");
        for (Verslagjaar jaar : v.jaren()) {
          out.write(" " + jaar + " |");
        }
        out.write(" Verschil |\n|---|" + "---:|".repeat(v.jaren().size() + 1) + "\n");
        for (Vergelijking.Rijreeks r : t.rijen()) {
          out.write("| " + Escape.markdown(r.label()) + " |");
          for (Verslagjaar jaar : v.jaren()) {
            out.write(" " + Escape.markdown(r.jaar(jaar).map(w -> VorigeJaren.cel(w, "-")).orElse("")) + " |");
          }
          voetnoot |= r.noemerGewijzigd().orElse(false);
          out.write(" " + Escape.markdown(VorigeJaren.verschil(r, "-")) + " |\n");
        }
        for (Vergelijking.Rijreeks r : t.rijen()) {
          if (r.overgangen().isPresent()) {
            out.write("\n" + Escape.markdown(overgangen(r.overgangen().get())) + "\n");
          }
        }
      }
      List<String> noten = new ArrayList<>();
      if (voetnoot) {
        noten.add(ANDERE_GROEP);
      }
      if (v.tabellen().stream().flatMap(t -> t.rijen().stream()).flatMap(r -> r.jaren().stream())
          .anyMatch(w -> w.bron() == Vergelijking.Bron.GEPUBLICEERD)) {
        noten.add(GEPUBLICEERD);
      }
      if (!noten.isEmpty()) {
        out.write("\n");
        for (String noot : noten) {
          out.write(Escape.markdown(noot) + "\n\n");
        }
      }
      cohortMarkdown(v.cohort(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The cohort as a Markdown table. */
  static void cohortMarkdown(Cohort c, Writer out) throws IOException {
    out.write("\n## Cohort (Figuur 1.4)\n\nGemeenten die in elk jaar alle drie aantallen aanleverden: " + c.gemeenten().size()
        + ".\n\n| Jaar | " + String.join(" | ", COHORTKOPPEN) + " |\n|---|" + "---:|".repeat(COHORTKOPPEN.size()) + "\n");
    for (Cohort.Jaar j : c.reeks()) {
      out.write("| " + String.join(" | ", cohortCellen(j)) + " |\n");
    }
  }

  /** The transitions of one row in words. */
  static String overgangen(Vergelijking.Overgangen o) {
    return "Gemeenten " + o.vanJaar() + " \u2192 " + o.naarJaar() + " (n=" + o.aantalGemeenten() + "): ja\u2192ja "
        + cel(o.jaJa()) + ", ja\u2192nee " + cel(o.jaNee()) + ", nee\u2192ja " + cel(o.neeJa()) + ", nee\u2192nee "
        + cel(o.neeNee()) + (o.onderdrukt() ? " (" + Cells.ONDERDRUKT + ": onderdrukt)" : "");
  }

  /**
   * Writes the comparison as CSV ({@link VergelijkingRegels}): one line per table, row and year,
   * the cohort as the table {@code cohort}. Every field goes through {@link Escape#csv}. The writer is
   * not flushed or closed.
   *
   * @param v the comparison, not null
   * @param out where the CSV goes, not null
   * @throws DomainValidationException if an argument is null
   * @throws UncheckedIOException if writing fails
   */
  public static void csv(Vergelijking v, Writer out) {
    DomainValidationException.requireNonNull(v, "vergelijking");
    DomainValidationException.requireNonNull(out, "out");
    try {
      Csv.regel(out, VergelijkingRegels.KOPPEN);
      for (List<Object> regel : VergelijkingRegels.regels(v)) {
        Csv.waarden(out, regel);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The cohort as aligned text: its n, and per year the three sums and the two bereik figures. */
  static void cohortTekst(Cohort c, Writer out) throws IOException {
    out.write("\nCohort  Gemeenten die in elk jaar alle drie aantallen aanleverden (n=" + c.gemeenten().size() + ")\n\n");
    List<List<String>> regels = new ArrayList<>();
    for (Cohort.Jaar j : c.reeks()) {
      regels.add(cohortCellen(j));
    }
    tabel(out, COHORTKOPPEN, regels);
  }

  /** The headings of the cohort's columns after the year. */
  static final List<String> COHORTKOPPEN = List.of("Doelgroeppeuters", "Kindplaatsen", "Bereikt", "Gewogen bereik", "Gemiddeld bereik");

  /** One year of the cohort: the year, the three sums and the two bereik figures as printed. */
  static List<String> cohortCellen(Cohort.Jaar j) {
    return List.of(j.verslagjaar().toString(), Numbers.duizendtallen(j.doelgroeppeuters()), Numbers.duizendtallen(j.kindplaatsen()),
        Numbers.duizendtallen(j.bereikteDoelgroeppeuters()), procent(j.gewogenBereik().waarde().map(r -> r.procent())),
        procent(j.gemiddeldBereik().waarde().map(r -> r.procent())));
  }

  private static String cel(OptionalLong n) {
    return n.isPresent() ? Long.toString(n.getAsLong()) : "<k";
  }

  private static String procent(Optional<Integer> p) {
    return p.map(x -> x + "%").orElse("-");
  }

  /** Rows of a label and right-aligned cells under their headings. */
  static void tabel(Writer out, List<String> koppen, List<List<String>> regels) throws IOException {
    int breedte = regels.stream().mapToInt(r -> r.get(0).length()).max().orElse(0);
    int[] kolom = new int[koppen.size()];
    for (int i = 0; i < koppen.size(); i++) {
      kolom[i] = koppen.get(i).length();
      for (List<String> r : regels) {
        kolom[i] = Math.max(kolom[i], r.get(i + 1).length());
      }
    }
    List<String> kop = new ArrayList<>();
    kop.add("");
    kop.addAll(koppen);
    regel(out, kop, breedte, kolom);
    for (List<String> r : regels) {
      regel(out, r, breedte, kolom);
    }
  }

  private static void regel(Writer out, List<String> cellen, int breedte, int[] kolom) throws IOException {
    StringBuilder b = new StringBuilder("  ").append(cellen.get(0)).append(" ".repeat(breedte - cellen.get(0).length()));
    for (int i = 0; i < kolom.length; i++) {
      b.append("  ").append(" ".repeat(kolom[i] - cellen.get(i + 1).length())).append(cellen.get(i + 1));
    }
    out.write(b.toString().stripTrailing() + "\n");
  }
}
