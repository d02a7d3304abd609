package nl.lea.rapport.render;

import nl.lea.core.DomainValidationException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import nl.lea.json.JsonTextWriter;
import nl.lea.rapport.Gemiddelderij;
import nl.lea.rapport.Rapport;
import nl.lea.rapport.Rij;
import nl.lea.rapport.Somrij;
import nl.lea.rapport.Tabel;
import nl.lea.rapport.Telrij;
import nl.lea.rapport.Waarschuwing;

/**
 * Renders a {@link Rapport} as aligned text like the printed report, Markdown, JSON ({@code
 * lea-rapport/1}, RAPPORT.md) or CSV. For example:
 *
 * <pre>{@code
 * String tekst = RapportRenderer.render(Rapport.van(vragenlijst), Formaat.TEKST);
 * }</pre>
 */
public final class RapportRenderer {

  /** The schema name of the JSON output. */
  public static final String SCHEMA = "lea-rapport/1";

  private RapportRenderer() {}

  /**
   * Renders a report to a string.
   *
   * @param rapport the report, not null
   * @param formaat the format, not null
   * @return the rendering, not null
   */
  public static String render(Rapport rapport, Formaat formaat) {
    StringWriter w = new StringWriter();
    render(rapport, formaat, w);
    return w.toString();
  }

  /**
   * Renders a report to a writer, which is not flushed or closed.
   *
   * @param rapport the report, not null
   * @param formaat the format, not null
   * @param out where the rendering goes, not null
   * @throws UncheckedIOException if writing fails
   */
  public static void render(Rapport rapport, Formaat formaat, Writer out) {
    DomainValidationException.requireNonNull(rapport, "rapport");
    try {
      switch (DomainValidationException.requireNonNull(formaat, "formaat")) {
        case TEKST:
          tekst(rapport, out);
          break;
        case MARKDOWN:
          markdown(rapport, out);
          break;
        case JSON:
          json(rapport, out);
          break;
        default:
          csv(rapport, out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void json(Rapport r, Writer out) throws IOException {
    JsonTextWriter j = new JsonTextWriter(out, true);
    j.beginObject();
    j.name("schema");
    j.string(SCHEMA);
    j.name("verslagjaar");
    j.number(r.verslagjaar().jaar());
    j.name("aantalGemeenten");
    j.number(r.aantalGemeenten());
    j.name("aantalIngevuld");
    j.number(r.aantalIngevuld());
    j.name("tabellen");
    j.beginArray();
    for (Tabel t : r.tabellen()) {
      j.beginObject();
      j.name("id");
      j.string(t.id());
      j.name("titel");
      j.string(t.titel());
      j.name("rijen");
      j.beginArray();
      for (Rij rij : t.rijen()) {
        jsonRij(j, rij);
      }
      j.endArray();
      j.endObject();
    }
    j.endArray();
    j.name("waarschuwingen");
    j.beginArray();
    for (Waarschuwing w : r.waarschuwingen()) {
      j.beginObject();
      j.name("gemeente");
      j.string(w.gemeente().toString());
      j.name("code");
      j.string(w.code());
      j.name("bericht");
      j.string(w.bericht());
      j.endObject();
    }
    j.endArray();
    j.endObject();
    out.write('\n');
  }

  private static void jsonRij(JsonTextWriter j, Rij rij) throws IOException {
    j.beginObject();
    j.name("sleutel");
    j.string(rij.sleutel());
    j.name("label");
    j.string(rij.label());
    if (rij instanceof Telrij) {
      Telrij t = (Telrij) rij;
      j.name("aantal");
      if (t.aantal().isPresent()) {
        j.number(t.aantal().getAsLong());
      } else {
        j.nul();
      }
      j.name("noemer");
      j.number(t.noemer());
      j.name("percentage");
      if (t.percentage().isPresent()) {
        j.number(t.percentage().getAsInt());
      } else {
        j.nul();
      }
      if (t.onderdrukt()) {
        j.name("onderdrukt");
        j.bool(true);
      }
    } else if (rij instanceof Somrij) {
      Somrij s = (Somrij) rij;
      j.name("waarde");
      j.number(s.waarde());
      j.name("aantalGemeenten");
      j.number(s.aantalGemeenten());
    } else {
      Gemiddelderij g = (Gemiddelderij) rij;
      j.name("percentage");
      if (g.percentage().isPresent()) {
        j.number(g.percentage().getAsInt());
      } else {
        j.nul();
      }
      j.name("fractie");
      if (g.waarde().isPresent()) {
        j.number(Getallen.fractie(g.waarde().get()));
      } else {
        j.nul();
      }
      j.name("aantalGemeenten");
      j.number(g.aantalGemeenten());
    }
    j.endObject();
  }

  private static void csv(Rapport r, Writer out) throws IOException {
    Csv.regel(out, List.of("tabel", "sleutel", "label", "aantal", "noemer", "percentage", "waarde", "fractie", "aantalGemeenten", "onderdrukt"));
    for (Tabel t : r.tabellen()) {
      for (Rij rij : t.rijen()) {
        List<String> v = new ArrayList<>(List.of(t.id(), rij.sleutel(), rij.label()));
        if (rij instanceof Telrij) {
          Telrij c = (Telrij) rij;
          v.addAll(List.of(Getallen.tekst(c.aantal()), Long.toString(c.noemer()), Getallen.tekst(c.percentage()), "", "", "",
              Boolean.toString(c.onderdrukt())));
        } else if (rij instanceof Somrij) {
          Somrij s = (Somrij) rij;
          v.addAll(List.of("", "", "", Long.toString(s.waarde()), "", Long.toString(s.aantalGemeenten()), "false"));
        } else {
          Gemiddelderij g = (Gemiddelderij) rij;
          v.addAll(List.of("", "", Getallen.tekst(g.percentage()), "",
              g.waarde().map(x -> Getallen.fractie(x).toPlainString()).orElse(""), Long.toString(g.aantalGemeenten()), "false"));
        }
        Csv.regel(out, v);
      }
    }
  }

  /** The cells of one row for the text and Markdown layouts. */
  private static List<String> cellen(Rij rij) {
    if (rij instanceof Telrij) {
      Telrij t = (Telrij) rij;
      String aantal = t.onderdrukt() ? "<k" : Getallen.duizendtallen(t.aantal().getAsLong());
      String pct = t.percentage().isPresent() ? t.percentage().getAsInt() + "%" : "-";
      return List.of(aantal, pct, Getallen.duizendtallen(t.noemer()));
    }
    if (rij instanceof Somrij) {
      Somrij s = (Somrij) rij;
      return List.of(Getallen.duizendtallen(s.waarde()), "", Getallen.duizendtallen(s.aantalGemeenten()));
    }
    Gemiddelderij g = (Gemiddelderij) rij;
    return List.of("", g.percentage().isPresent() ? g.percentage().getAsInt() + "%" : "-", Getallen.duizendtallen(g.aantalGemeenten()));
  }

  private static List<String> koppen(Tabel t) {
    Rij eerste = t.rijen().isEmpty() ? null : t.rijen().get(0);
    if (eerste instanceof Somrij) {
      return List.of("Aantal", "", "Gemeenten");
    }
    if (eerste instanceof Gemiddelderij) {
      return List.of("", "Bereik", "Gemeenten");
    }
    return List.of("Aantal", "Percentage", "n");
  }

  private static void tekst(Rapport r, Writer out) throws IOException {
    out.write("Landelijk rapport LEA/vve " + r.verslagjaar() + " (" + r.aantalIngevuld() + " van "
        + r.aantalGemeenten() + " gemeenten vulden de vragenlijst in)\n");
    for (Tabel t : r.tabellen()) {
      out.write("\n" + t.id() + "  " + t.titel() + "\n\n");
      List<String> koppen = koppen(t);
      int breedte = t.rijen().stream().mapToInt(x -> x.label().length()).max().orElse(0);
      int[] kolom = new int[3];
      for (int i = 0; i < 3; i++) {
        kolom[i] = koppen.get(i).length();
      }
      for (Rij rij : t.rijen()) {
        List<String> c = cellen(rij);
        for (int i = 0; i < 3; i++) {
          kolom[i] = Math.max(kolom[i], c.get(i).length());
        }
      }
      regel(out, "", koppen, breedte, kolom);
      for (Rij rij : t.rijen()) {
        regel(out, rij.label(), cellen(rij), breedte, kolom);
      }
    }
    if (!r.waarschuwingen().isEmpty()) {
      out.write("\nWaarschuwingen\n\n");
      for (Waarschuwing w : r.waarschuwingen()) {
        out.write("  " + w.gemeente() + "  " + w.code() + "  " + w.bericht() + "\n");
      }
    }
  }

  private static void regel(Writer out, String label, List<String> cellen, int breedte, int[] kolom) throws IOException {
    StringBuilder b = new StringBuilder("  ").append(label);
    b.append(" ".repeat(breedte - label.length()));
    for (int i = 0; i < 3; i++) {
      b.append("  ").append(" ".repeat(kolom[i] - cellen.get(i).length())).append(cellen.get(i));
    }
    out.write(b.toString().stripTrailing() + "\n");
  }

  private static void markdown(Rapport r, Writer out) throws IOException {
    out.write("# Landelijk rapport LEA/vve " + r.verslagjaar() + "\n\n" + r.aantalIngevuld() + " van "
        + r.aantalGemeenten() + " gemeenten vulden de vragenlijst in.\n");
    for (Tabel t : r.tabellen()) {
      out.write("\n## " + t.id() + " " + t.titel() + "\n\n");
      List<String> koppen = koppen(t);
      out.write("| | " + String.join(" | ", koppen) + " |\n|---|---:|---:|---:|\n");
      for (Rij rij : t.rijen()) {
        out.write("| " + rij.label().replace("|", "\\|") + " | " + String.join(" | ", cellen(rij)) + " |\n");
      }
    }
    if (!r.waarschuwingen().isEmpty()) {
      out.write("\n## Waarschuwingen\n\n");
      for (Waarschuwing w : r.waarschuwingen()) {
        out.write("- " + w.gemeente() + " `" + w.code() + "`: " + w.bericht() + "\n");
      }
    }
  }
}
