package nl.lea.rapport.render;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import nl.lea.bereik.Bereik;
import nl.lea.bereik.Indeling;
import nl.lea.bereik.Ratio;
import nl.lea.bereik.Toereikendheid;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeentecode;
import nl.lea.core.thema.JaarlijksOverleg;
import nl.lea.core.thema.LeaThema;
import nl.lea.core.thema.ThemaAntwoord;
import nl.lea.core.toezicht.AanvaardeToelichting;
import nl.lea.core.toezicht.Contact;
import nl.lea.core.toezicht.Domein;
import nl.lea.core.toezicht.Signaal;
import nl.lea.core.toezicht.Verbeterafspraak;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.core.vve.Aanbod;
import nl.lea.core.vve.Doelgroepdefinitie;
import nl.lea.core.vve.OnderwerpAntwoord;
import nl.lea.core.vve.VveAntwoord;
import nl.lea.core.vve.VveOnderwerp;
import nl.lea.core.vve.VveUitkomst;
import nl.lea.core.resultaat.Resultaatafspraken;
import nl.lea.json.JsonTextWriter;
import nl.lea.rapport.Gemeenteprofiel;
import nl.lea.rapport.Gemiddelderij;
import nl.lea.rapport.Rij;
import nl.lea.rapport.Telrij;
import nl.lea.rapport.risico.Risicoregel;
import nl.lea.rapport.toezicht.Toezichtuitkomst;
import org.apiguardian.api.API;

/**
 * Renders a {@link Gemeenteprofiel} (docs/profiel.md) as {@code lea-profiel/1} JSON, exactly the
 * shape of docs/profiel.md §3, or as text for people. For example:
 *
 * <pre>{@code
 * ProfielRenderer.json(Gemeenteprofiel.van(vragenlijst, Gemeentecode.of("GM0308")), writer);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class ProfielRenderer {

  /** The schema name of the JSON output. */
  public static final String SCHEMA = "lea-profiel/1";

  private ProfielRenderer() {}

  /**
   * Writes one profile as {@code lea-profiel/1} with a final newline; the writer is not flushed or
   * closed.
   *
   * @param p the profile, not null
   * @param out where the JSON goes, not null
   * @throws DomainValidationException if an argument is null
   * @throws UncheckedIOException if writing fails
   */
  public static void json(Gemeenteprofiel p, Writer out) {
    DomainValidationException.requireNonNull(p, "profiel");
    DomainValidationException.requireNonNull(out, "out");
    try {
      profiel(new JsonTextWriter(out, false), p);
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes profiles as a JSON array of {@code lea-profiel/1} objects, in the given order, with a
   * final newline; the writer is not flushed or closed.
   *
   * @param profielen the profiles, not null
   * @param out where the JSON goes, not null
   * @throws DomainValidationException if an argument is null
   * @throws UncheckedIOException if writing fails
   */
  public static void json(List<Gemeenteprofiel> profielen, Writer out) {
    DomainValidationException.requireNoNulls(profielen, "profielen");
    DomainValidationException.requireNonNull(out, "out");
    try {
      JsonTextWriter j = new JsonTextWriter(out, false);
      j.beginArray();
      for (Gemeenteprofiel p : profielen) {
        profiel(j, p);
      }
      j.endArray();
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void profiel(JsonTextWriter j, Gemeenteprofiel p) throws IOException {
    GemeenteAntwoord a = p.antwoord();
    j.beginObject();
    j.name("schema");
    j.string(SCHEMA);
    j.name("verslagjaar");
    j.number(p.verslagjaar().jaar());
    j.name("gemeente");
    j.beginObject();
    j.name("code");
    j.string(a.gemeente().code().toString());
    j.name("naam");
    j.string(a.gemeente().naam().strip());
    j.endObject();
    j.name("ingevuld");
    j.bool(a.isIngevuld());
    if (a.isIngevuld()) {
      lea(j, p);
      if (a.jaarlijksOverleg().isPresent()) {
        JaarlijksOverleg o = a.jaarlijksOverleg().get();
        j.name("jaarlijksOverleg");
        j.beginObject();
        j.name("leaOverlegGevoerd");
        j.bool(o.leaOverlegGevoerd());
        j.name("overlegvormen");
        namen(j, o.overlegvormen());
        j.name("partijen");
        namen(j, o.partijen());
        j.name("landelijk");
        rij(j, p.landelijk("1.1-lea-overleg", "GEEN_LEA_OVERLEG"));
        j.endObject();
      }
      VveAntwoord vve = a.vve().orElseThrow();
      vve(j, p, vve);
      doelgroepdefinitie(j, p, vve.doelgroepdefinitie());
      aanbod(j, p, vve.aanbod());
      resultaatafspraken(j, p, vve.resultaatafspraken());
    }
    j.name("risicoanalyse");
    j.beginObject();
    j.name("categorie");
    j.string(p.risico().categorie().name());
    j.name("regels");
    j.beginArray();
    for (Risicoregel r : p.risico().regels()) {
      j.beginObject();
      j.name("code");
      j.string(r.code());
      j.name("uitleg");
      j.string(uitleg(p, r.code()));
      j.endObject();
    }
    j.endArray();
    j.endObject();
    if (p.toezicht().isPresent()) {
      toezicht(j, p.toezicht().get(), p);
    }
    if (p.metVorigeJaren() && a.isIngevuld()) {
      j.name("vorigJaar");
      if (p.vorigJaar().isPresent()) {
        vorigJaar(j, p.vorigJaar().get());
      } else {
        j.nul();
      }
    }
    j.endObject();
  }

  /**
   * Writes one profile as text for people: per part the gemeente's answer with the national figure
   * beside it, its bereik with its position, the comparable gemeenten, the risk rules, the judgement
   * and last year's values. Every text from the input goes through {@link Escape#tekst}. The writer
   * is not flushed or closed.
   *
   * @param p the profile, not null
   * @param out where the text goes, not null
   * @throws DomainValidationException if an argument is null
   * @throws UncheckedIOException if writing fails
   */
  public static void tekst(Gemeenteprofiel p, Writer out) {
    DomainValidationException.requireNonNull(p, "profiel");
    DomainValidationException.requireNonNull(out, "out");
    try {
      GemeenteAntwoord a = p.antwoord();
      out.write("Gemeenteprofiel " + Escape.tekst(a.gemeente().naam().strip()) + " (" + a.gemeente().code() + "), verslagjaar "
          + p.verslagjaar() + (a.isIngevuld() ? "" : ": de vragenlijst is niet ingevuld") + "\n");
      if (a.isIngevuld()) {
        VveAntwoord vve = a.vve().orElseThrow();
        out.write("\nLEA-overleg per thema\n");
        for (LeaThema thema : LeaThema.values()) {
          ThemaAntwoord t = a.lea().orElseThrow().thema(thema);
          out.write("  " + thema.label() + ": overleg " + janee(t.overleg()) + " (landelijk " + pct(p.landelijk("1.1", thema.name()))
              + "), afspraken " + t.afspraken() + " (landelijk " + pct(p.landelijk("1.2", thema.name())) + " nieuw of lopend), doelen "
              + t.doelen().size() + " (landelijk " + pct(p.landelijk("F1.2", thema.name())) + " met doelen), doelbereik "
              + t.doelbereik() + "\n");
        }
        if (a.jaarlijksOverleg().isPresent()) {
          out.write("  Overleg onder de naam LEA: " + janee(a.jaarlijksOverleg().get().leaOverlegGevoerd()) + " (landelijk zonder: "
              + pct(p.landelijk("1.1-lea-overleg", "GEEN_LEA_OVERLEG")) + ")\n");
        }
        out.write("\nvve-overleg\n");
        for (VveOnderwerp o : VveOnderwerp.values()) {
          VveUitkomst u = vve.overleg(o).uitkomst();
          out.write("  " + o.label() + ": " + u + " (landelijk " + pct(landelijk(p, o, u)) + ")\n");
        }
        Doelgroepdefinitie d = vve.doelgroepdefinitie();
        out.write("\nDoelgroepdefinitie\n  " + (d.indicatoren().isEmpty() ? "geen indicatoren" : d.expressie()) + "; omvang "
            + d.omvang().map(Enum::name).orElse("onbekend") + " (landelijk " + pct(p.omvangen().stream()
                .filter(r -> r.sleutel().equals(d.omvang().map(Enum::name).orElse("ONBEKEND"))).findFirst().map(r -> (Rij) r)) + ")\n");
        Aanbod aanbod = vve.aanbod();
        out.write("\nAanbod\n  Doelgroeppeuters " + tal(aanbod.doelgroeppeuters()) + ", kindplaatsen " + tal(aanbod.kindplaatsen())
            + ", bereikte doelgroeppeuters " + tal(aanbod.bereikteDoelgroeppeuters()) + "; kindplaatsen " + Toereikendheid.van(aanbod)
            + "\n");
        if (p.bereikpositie().isPresent()) {
          Gemeenteprofiel.Bereikpositie b = p.bereikpositie().get();
          out.write("  Bereik " + b.bereik().procent() + "% (landelijk gemiddeld " + procent(b.landelijkGemiddeld().percentage())
              + ", n=" + b.landelijkGemiddeld().aantalGemeenten() + (b.omvangGemiddeld().isPresent() ? "; omvang " + b.omvang().get()
                  + " gemiddeld " + procent(b.omvangGemiddeld().get().percentage()) + ", n=" + b.omvangGemiddeld().get().aantalGemeenten()
                  : "") + ")\n");
          out.write("  Positie " + b.positie().stream().mapToObj(Integer::toString).findFirst().orElse("-") + " (0 = laagste, 100 = hoogste bereik)\n");
          Gemeenteprofiel.Vergelijkbaar v = b.vergelijkbaar();
          out.write("  Vergelijkbare gemeenten (zelfde omvang, vijfde " + v.vijfde() + " naar doelgroeppeuters): " + v.aantal()
              + (v.aantal() == 0 ? "" : ", mediaan bereik " + v.mediaan().orElseThrow().procent() + "%, positie "
                  + v.positie().getAsInt()) + "\n");
        } else {
          out.write("  Bereik onbekend (doelgroeppeuters of bereikte doelgroeppeuters ontbreken, of er zijn 0 doelgroeppeuters): geen positie en "
              + "geen vergelijkbare gemeenten\n");
        }
        Resultaatafspraken r = vve.resultaatafspraken();
        out.write("\nResultaatafspraken\n  " + r.status() + " (landelijk " + pct(p.landelijk("2.1", "WEL")) + " wel), doelbereik "
            + r.doelbereikGrof() + "\n");
      }
      out.write("\nRisicoanalyse: " + p.risico().categorie() + "\n");
      for (Risicoregel regel : p.risico().regels()) {
        out.write("  " + regel.code() + ": " + uitleg(p, regel.code()) + "\n");
      }
      if (p.toezicht().isPresent()) {
        Toezichtuitkomst u = p.toezicht().get();
        out.write("\nToezicht: categorie na oordeel " + u.categorieNa() + "; afhandeling LEA " + u.afhandeling(Domein.LEA) + ", vve "
            + u.afhandeling(Domein.VVE) + "\n");
        for (AanvaardeToelichting t : u.beoordeling().aanvaardeToelichtingen()) {
          out.write("  Toelichting aanvaard bij " + t.regel() + t.toelichting().map(x -> ": " + Escape.tekst(x)).orElse("") + "\n");
        }
        for (Signaal s : u.beoordeling().signalen()) {
          out.write("  Signaal " + s.domein() + ": " + Escape.tekst(s.omschrijving()) + "\n");
        }
        for (Contact c : u.beoordeling().contacten()) {
          out.write("  Contact " + c.domein() + ": " + c.uitkomst() + "\n");
          for (Verbeterafspraak v : c.verbeterafspraken()) {
            out.write("    Verbeterafspraak " + v.onderwerp() + v.uiterlijk().map(x -> " (uiterlijk " + x + ")").orElse("") + ": "
                + Escape.tekst(v.omschrijving()) + "\n");
          }
        }
      }
      if (p.metVorigeJaren() && a.isIngevuld()) {
        if (p.vorigJaar().isEmpty()) {
          out.write("\nVorig jaar: geen eerder document met deze gemeente\n");
        } else {
          Gemeenteprofiel.VorigJaar v = p.vorigJaar().get();
          out.write("\nVorig jaar (" + v.verslagjaar() + (v.vergelijkbaar() ? "" : ", niet vergelijkbaar: samengevoegd") + ")\n  Bereik "
              + v.aantallen().bereik().map(x -> x.procent() + "%").orElse("onbekend") + ", verschil "
              + (v.verschilBereik().isPresent() ? teken(v.verschilBereik().getAsLong()) + " procentpunten" : "-")
              + v.risicocategorie().map(c -> "; risicocategorie " + c).orElse("") + "\n");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The key figures of a profile, as the letter's appendix "Uw gegevens in het landelijk beeld" and
   * the profile's Markdown show them: per row the part, the gemeente's value and the national
   * figure (docs/profiel.md §3.6): overleg per thema, the bereik with its positie and the national
   * mean, kindplaatsen, resultaatafspraken. Empty for a gemeente that returned nothing.
   *
   * @param p the profile, not null
   * @return rows of three cells, not null
   */
  public static List<List<String>> kerncijfers(Gemeenteprofiel p) {
    DomainValidationException.requireNonNull(p, "profiel");
    GemeenteAntwoord a = p.antwoord();
    if (!a.isIngevuld()) {
      return List.of();
    }
    java.util.List<List<String>> rijen = new java.util.ArrayList<>();
    for (LeaThema thema : LeaThema.values()) {
      rijen.add(List.of("Overleg over " + thema.label().toLowerCase(java.util.Locale.ROOT),
          janee(a.lea().orElseThrow().thema(thema).overleg()), pct(p.landelijk("1.1", thema.name())) + " van de gemeenten"));
    }
    VveAntwoord vve = a.vve().orElseThrow();
    Optional<Gemeenteprofiel.Bereikpositie> b = p.bereikpositie();
    rijen.add(List.of("Bereik van de doelgroeppeuters", b.map(x -> x.bereik().procent() + "%" + x.positie().stream()
        .mapToObj(q -> ", positie " + q + " (0 = laagste, 100 = hoogste)").findFirst().orElse("")).orElse("onbekend"),
        "gemiddeld " + p.landelijk("bereik", "GEMIDDELD").map(r -> procent(((Gemiddelderij) r).percentage())).orElse("-")));
    Toereikendheid t = Toereikendheid.van(vve.aanbod());
    rijen.add(List.of("Kindplaatsen", t.label(), pct(p.landelijk("kindplaatsen", "VOLDOENDE")) + " voldoende"));
    rijen.add(List.of("Resultaatafspraken", vve.resultaatafspraken().status().label(), pct(p.landelijk("2.1", "WEL")) + " wel"));
    return List.copyOf(rijen);
  }

  /** The key figures as a Markdown table, every cell escaped. */
  static String kerncijfersTabel(Gemeenteprofiel p) {
    StringBuilder b = new StringBuilder("| Onderdeel | Uw gemeente | Landelijk |\n|---|---|---|\n");
    for (List<String> rij : kerncijfers(p)) {
      b.append("| ").append(String.join(" | ", rij.stream().map(Escape::markdown).toList())).append(" |\n");
    }
    return b.toString();
  }

  /**
   * Writes one profile as Markdown: the key figures, then every part as in {@link #tekst}, every text
   * from the input escaped. The writer is not flushed or closed.
   *
   * @param p the profile, not null
   * @param out where the Markdown goes, not null
   * @throws DomainValidationException if an argument is null
   * @throws UncheckedIOException if writing fails
   */
  public static void markdown(Gemeenteprofiel p, Writer out) {
    DomainValidationException.requireNonNull(p, "profiel");
    DomainValidationException.requireNonNull(out, "out");
    try {
      GemeenteAntwoord a = p.antwoord();
      out.write("# Gemeenteprofiel " + Escape.markdown(a.gemeente().naam().strip()) + " (" + a.gemeente().code() + "), "
          + p.verslagjaar() + "\n\n");
      if (a.isIngevuld()) {
        out.write("## In het landelijk beeld\n\n" + kerncijfersTabel(p));
      } else {
        out.write("De gemeente vulde de vragenlijst niet in.\n");
      }
      // The rest as the text shows it, each line as a list item or a heading.
      StringWriter tekst = new StringWriter();
      tekst(p, tekst);
      List<String> regels = tekst.toString().lines().skip(1).toList();
      for (String regel : regels) {
        if (regel.isBlank()) {
          out.write("\n");
        } else if (!regel.startsWith(" ")) {
          out.write("## " + Escape.markdown(regel) + "\n\n");
        } else {
          out.write("- " + Escape.markdown(regel.strip()) + "\n");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes profiles as CSV, the dashboard feed of docs/profiel.md §3.6: one line per profile in the
   * given order, the columns of {@link #csvKoppen(boolean)}; a gemeente that returned nothing fills
   * only code, naam, ingevuld, categorie, regels and the toezicht columns. Every text goes through
   * {@link Escape#csv}. The writer is not flushed or closed.
   *
   * @param profielen the profiles, not null
   * @param metToezicht whether to add the columns {@code categorieNa}, {@code lea}, {@code vve}
   * @param out where the CSV goes, not null
   * @throws DomainValidationException if an argument is null
   * @throws UncheckedIOException if writing fails
   */
  public static void csv(List<Gemeenteprofiel> profielen, boolean metToezicht, Writer out) {
    DomainValidationException.requireNoNulls(profielen, "profielen");
    DomainValidationException.requireNonNull(out, "out");
    try {
      Csv.regel(out, csvKoppen(metToezicht));
      for (Gemeenteprofiel p : profielen) {
        GemeenteAntwoord a = p.antwoord();
        java.util.List<Object> v = new java.util.ArrayList<>(java.util.Arrays.asList(a.gemeente().code().toString(),
            a.gemeente().naam().strip(), a.isIngevuld()));
        if (a.isIngevuld()) {
          VveAntwoord vve = a.vve().orElseThrow();
          for (LeaThema thema : LeaThema.values()) {
            ThemaAntwoord t = a.lea().orElseThrow().thema(thema);
            v.addAll(java.util.List.of(t.overleg(), t.afspraken().name(), t.doelbereik().name()));
          }
          v.add(a.jaarlijksOverleg().map(j -> (Object) j.leaOverlegGevoerd()).orElse(null));
          for (VveOnderwerp o : VveOnderwerp.values()) {
            v.add(vve.overleg(o).uitkomst().name());
          }
          Aanbod aanbod = vve.aanbod();
          v.add(vve.doelgroepdefinitie().omvang().map(Enum::name).orElse(null));
          v.add(Csv.getal(aanbod.doelgroeppeuters()));
          v.add(Csv.getal(aanbod.kindplaatsen()));
          v.add(Csv.getal(aanbod.bereikteDoelgroeppeuters()));
          v.add(Bereik.van(aanbod).map(r -> (Object) (long) r.procent()).orElse(null));
          v.add(p.bereikpositie().flatMap(b -> b.positie().isPresent() ? Optional.of((Object) (long) b.positie().getAsInt())
              : Optional.empty()).orElse(null));
          v.add(Toereikendheid.van(aanbod).name());
          v.add(vve.resultaatafspraken().status().name());
        } else {
          for (int i = 3; i < csvKoppen(false).size() - 2; i++) {
            v.add(null);
          }
        }
        v.add(p.risico().categorie().name());
        v.add(String.join(" ", p.risico().regels().stream().map(Risicoregel::code).toList()));
        if (metToezicht) {
          Optional<Toezichtuitkomst> u = p.toezicht();
          v.add(u.map(x -> x.categorieNa().name()).orElse(null));
          v.add(u.map(x -> x.afhandeling(Domein.LEA).name()).orElse(null));
          v.add(u.map(x -> x.afhandeling(Domein.VVE).name()).orElse(null));
        }
        Csv.waarden(out, v);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The columns of the CSV, exactly as docs/profiel.md §3.6 lists them.
   *
   * @param metToezicht whether the toezicht columns follow
   * @return the column names, not null
   */
  public static List<String> csvKoppen(boolean metToezicht) {
    java.util.List<String> k = new java.util.ArrayList<>(java.util.List.of("code", "naam", "ingevuld"));
    for (LeaThema thema : LeaThema.values()) {
      k.addAll(java.util.List.of(thema.name() + "/overleg", thema.name() + "/afspraken", thema.name() + "/doelbereik"));
    }
    k.addAll(java.util.List.of("leaOverlegGevoerd", "doelgroepdefinitie", "toeleiding", "doorgaandeLijn", "omvang", "doelgroeppeuters",
        "kindplaatsen", "bereikteDoelgroeppeuters", "bereik", "positie", "kindplaatsenToereikend", "resultaatafspraken", "categorie",
        "regels"));
    if (metToezicht) {
      k.addAll(java.util.List.of("categorieNa", "lea", "vve"));
    }
    return java.util.List.copyOf(k);
  }

  private static String janee(boolean b) {
    return b ? "ja" : "nee";
  }

  private static String teken(long n) {
    return n > 0 ? "+" + n : Long.toString(n);
  }

  private static String tal(OptionalInt n) {
    return n.isPresent() ? Numbers.duizendtallen(n.getAsInt()) : "-";
  }

  private static String procent(OptionalInt p) {
    return p.isPresent() ? p.getAsInt() + "%" : "-";
  }

  /** A national count row's percentage as printed, {@code 94%}; {@code -} without one. */
  private static String pct(Optional<Rij> rij) {
    return rij.filter(r -> r instanceof Telrij).map(r -> procent(((Telrij) r).percentage())).orElse("-");
  }

  /** The explanation of a rule: its row label in the report's table {@code risico}, after "CODE: ". */
  static String uitleg(Gemeenteprofiel p, String code) {
    String label = p.landelijk("risico", code).map(Rij::label).orElse(code);
    return label.startsWith(code + ": ") ? label.substring(code.length() + 2) : label;
  }

  private static void lea(JsonTextWriter j, Gemeenteprofiel p) throws IOException {
    j.name("lea");
    j.beginObject();
    for (LeaThema thema : LeaThema.values()) {
      ThemaAntwoord t = p.antwoord().lea().orElseThrow().thema(thema);
      j.name(thema.name());
      j.beginObject();
      j.name("overleg");
      j.bool(t.overleg());
      j.name("afspraken");
      j.string(t.afspraken().name());
      j.name("aantalDoelen");
      j.number(t.doelen().size());
      j.name("doelbereik");
      j.string(t.doelbereik().name());
      j.name("redenenGeenOverleg");
      namen(j, t.redenenGeenOverleg());
      j.name("redenenGeenAfspraken");
      namen(j, t.redenenGeenAfspraken());
      j.name("redenenGeenDoelen");
      namen(j, t.redenenGeenDoelen());
      j.name("redenenNietGeevalueerd");
      namen(j, t.redenenNietGeevalueerd());
      anders(j, t.anders());
      j.name("landelijk");
      j.beginObject();
      j.name("overleg");
      rij(j, p.landelijk("1.1", thema.name()));
      j.name("afspraken");
      rij(j, p.landelijk("1.2", thema.name()));
      j.name("doelen");
      rij(j, p.landelijk("F1.2", thema.name()));
      j.endObject();
      j.endObject();
    }
    j.endObject();
  }

  /** The JSON key of a vve onderwerp: {@code doelgroepdefinitie}, {@code toeleiding}, {@code doorgaandeLijn}. */
  static String sleutel(VveOnderwerp o) {
    return switch (o) {
      case DOELGROEPDEFINITIE -> "doelgroepdefinitie";
      case TOELEIDING -> "toeleiding";
      case DOORGAANDE_LIJN -> "doorgaandeLijn";
    };
  }

  /** The national share of an onderwerp's outcome: its row in Tabel 1.4/1.6/1.8, or for NIEUW in 1.4-kern/1.6-nieuw/1.8-nieuw. */
  static Optional<Rij> landelijk(Gemeenteprofiel p, VveOnderwerp o, VveUitkomst u) {
    String tabel = switch (o) {
      case DOELGROEPDEFINITIE -> u == VveUitkomst.NIEUW ? "1.4-kern" : "1.4";
      case TOELEIDING -> u == VveUitkomst.NIEUW ? "1.6-nieuw" : "1.6";
      case DOORGAANDE_LIJN -> u == VveUitkomst.NIEUW ? "1.8-nieuw" : "1.8";
    };
    return p.landelijk(tabel, u.name());
  }

  private static void vve(JsonTextWriter j, Gemeenteprofiel p, VveAntwoord vve) throws IOException {
    j.name("vve");
    j.beginObject();
    for (VveOnderwerp o : VveOnderwerp.values()) {
      OnderwerpAntwoord a = vve.overleg(o);
      j.name(sleutel(o));
      j.beginObject();
      j.name("uitkomst");
      j.string(a.uitkomst().name());
      j.name("redenenGeenOverleg");
      namen(j, a.redenenGeenOverleg());
      anders(j, a.anders());
      j.name("landelijk");
      rij(j, landelijk(p, o, a.uitkomst()));
      j.endObject();
    }
    j.endObject();
  }

  private static void doelgroepdefinitie(JsonTextWriter j, Gemeenteprofiel p, Doelgroepdefinitie d) throws IOException {
    j.name("doelgroepdefinitie");
    j.beginObject();
    j.name("indicatoren");
    namen(j, d.indicatoren());
    j.name("criteria");
    if (d.indicatoren().isEmpty()) {
      j.nul();
    } else {
      j.string(d.expressie());
    }
    j.name("omvang");
    if (d.omvang().isPresent()) {
      j.string(d.omvang().get().name());
    } else {
      j.nul();
    }
    j.name("landelijk");
    j.beginObject();
    for (Telrij r : p.omvangen()) {
      j.name(r.sleutel());
      rij(j, Optional.of(r));
    }
    j.endObject();
    j.endObject();
  }

  private static void aanbod(JsonTextWriter j, Gemeenteprofiel p, Aanbod a) throws IOException {
    j.name("aanbod");
    j.beginObject();
    j.name("doelgroeppeuters");
    JsonFormaat.getal(j, a.doelgroeppeuters());
    j.name("kindplaatsen");
    JsonFormaat.getal(j, a.kindplaatsen());
    j.name("bereikteDoelgroeppeuters");
    JsonFormaat.getal(j, a.bereikteDoelgroeppeuters());
    j.name("kindplaatsenToereikend");
    j.string(Toereikendheid.van(a).name());
    j.name("redenenOnvolledigBereik");
    namen(j, a.redenenOnvolledigBereik());
    j.name("redenenOnvoldoendeKindplaatsen");
    namen(j, a.redenenOnvoldoendeKindplaatsen());
    anders(j, a.anders());
    j.name("bereik");
    ratio(j, Bereik.van(a));
    Optional<Gemeenteprofiel.Bereikpositie> b = p.bereikpositie();
    j.name("landelijkGemiddeld");
    if (b.isPresent()) {
      gemiddelde(j, b.get().landelijkGemiddeld(), null);
    } else {
      j.nul();
    }
    j.name("omvangGemiddeld");
    if (b.isPresent() && b.get().omvangGemiddeld().isPresent()) {
      gemiddelde(j, b.get().omvangGemiddeld().get(), b.get().omvang().orElseThrow().name());
    } else {
      j.nul();
    }
    j.name("positie");
    JsonFormaat.getal(j, b.map(Gemeenteprofiel.Bereikpositie::positie).orElse(OptionalInt.empty()));
    j.name("vergelijkbaar");
    if (b.isPresent()) {
      Gemeenteprofiel.Vergelijkbaar v = b.get().vergelijkbaar();
      j.beginObject();
      j.name("vijfde");
      j.number(v.vijfde());
      j.name("aantal");
      j.number(v.aantal());
      j.name("gemeenten");
      j.beginArray();
      for (Gemeentecode c : v.gemeenten()) {
        j.string(c.toString());
      }
      j.endArray();
      j.name("mediaan");
      ratio(j, v.mediaan());
      j.name("positie");
      JsonFormaat.getal(j, v.positie());
      j.endObject();
    } else {
      j.nul();
    }
    if (a.subsidiemodel().isPresent()) {
      j.name("subsidiemodel");
      j.string(a.subsidiemodel().get().name());
    }
    if (a.wachtlijst().isPresent()) {
      j.name("wachtlijst");
      j.number(a.wachtlijst().getAsInt());
    }
    if (a.veLocaties().isPresent()) {
      j.name("veLocaties");
      j.number(a.veLocaties().getAsInt());
    }
    j.endObject();
  }

  private static void resultaatafspraken(JsonTextWriter j, Gemeenteprofiel p, Resultaatafspraken r) throws IOException {
    j.name("resultaatafspraken");
    j.beginObject();
    j.name("status");
    j.string(r.status().name());
    j.name("reikwijdte");
    naam(j, r.reikwijdte());
    j.name("ontwikkelingsgebieden");
    namen(j, r.ontwikkelingsgebieden());
    j.name("doelbereik");
    j.string(r.doelbereikGrof().name());
    j.name("redenenNietBehaald");
    namen(j, r.redenenNietBehaald());
    j.name("gesprekspartners");
    namen(j, r.gesprekspartners());
    j.name("frequentie");
    naam(j, r.frequentie());
    anders(j, r.anders());
    j.name("landelijk");
    rij(j, p.landelijk("2.1", "WEL"));
    j.endObject();
  }

  private static void toezicht(JsonTextWriter j, Toezichtuitkomst u, Gemeenteprofiel p) throws IOException {
    j.name("toezicht");
    j.beginObject();
    j.name("categorieNa");
    j.string(u.categorieNa().name());
    j.name("aanvaardeToelichtingen");
    j.beginArray();
    List<String> volgorde = p.landelijk().tabel("risico").map(t -> t.rijen().stream().map(Rij::sleutel).toList()).orElse(List.of());
    List<AanvaardeToelichting> toelichtingen = u.beoordeling().aanvaardeToelichtingen().stream()
        .sorted(java.util.Comparator.comparingInt(t -> volgorde.indexOf(t.regel()))).toList();
    for (AanvaardeToelichting t : toelichtingen) {
      j.beginObject();
      j.name("regel");
      j.string(t.regel());
      j.name("toelichting");
      naamTekst(j, t.toelichting());
      j.endObject();
    }
    j.endArray();
    j.name("signalen");
    j.beginArray();
    for (Signaal s : u.beoordeling().signalen()) {
      j.beginObject();
      j.name("domein");
      j.string(s.domein().name());
      j.name("omschrijving");
      j.string(s.omschrijving());
      j.endObject();
    }
    j.endArray();
    j.name("afhandeling");
    j.beginObject();
    for (Domein d : Domein.values()) {
      j.name(d.name());
      j.string(u.afhandeling(d).name());
    }
    j.endObject();
    j.name("contact");
    j.beginObject();
    for (Domein d : Domein.values()) {
      Optional<Contact> c = u.beoordeling().contact(d);
      if (c.isEmpty()) {
        continue;
      }
      j.name(d.name());
      j.beginObject();
      j.name("uitkomst");
      j.string(c.get().uitkomst().name());
      j.name("verbeterafspraken");
      j.beginArray();
      for (Verbeterafspraak v : c.get().verbeterafspraken()) {
        j.beginObject();
        j.name("onderwerp");
        j.string(v.onderwerp().name());
        j.name("omschrijving");
        j.string(v.omschrijving());
        j.name("uiterlijk");
        naamTekst(j, v.uiterlijk().map(Object::toString));
        j.endObject();
      }
      j.endArray();
      j.endObject();
    }
    j.endObject();
    j.endObject();
  }

  private static void vorigJaar(JsonTextWriter j, Gemeenteprofiel.VorigJaar v) throws IOException {
    Optional<GemeenteAntwoord> a = v.antwoord();
    boolean ingevuld = a.map(GemeenteAntwoord::isIngevuld).orElse(false);
    j.beginObject();
    j.name("verslagjaar");
    j.number(v.verslagjaar().jaar());
    j.name("vergelijkbaar");
    j.bool(v.vergelijkbaar());
    j.name("ingevuld");
    if (a.isPresent()) {
      j.bool(ingevuld);
    } else {
      j.nul();
    }
    j.name("overleg");
    if (ingevuld) {
      j.beginObject();
      for (LeaThema t : LeaThema.values()) {
        j.name(t.name());
        j.bool(a.get().lea().orElseThrow().thema(t).overleg());
      }
      j.endObject();
    } else {
      j.nul();
    }
    j.name("leaOverlegGevoerd");
    Optional<Boolean> gevoerd = a.flatMap(GemeenteAntwoord::jaarlijksOverleg).map(JaarlijksOverleg::leaOverlegGevoerd);
    if (gevoerd.isPresent()) {
      j.bool(gevoerd.get());
    } else {
      j.nul();
    }
    Indeling.Aantallen n = v.aantallen();
    j.name("doelgroeppeuters");
    JsonFormaat.getal(j, n.doelgroeppeuters());
    j.name("kindplaatsen");
    JsonFormaat.getal(j, n.kindplaatsen());
    j.name("bereikteDoelgroeppeuters");
    JsonFormaat.getal(j, n.bereikteDoelgroeppeuters());
    j.name("bereik");
    ratio(j, n.bereik());
    j.name("resultaatafspraken");
    naam(j, a.flatMap(GemeenteAntwoord::vve).map(x -> x.resultaatafspraken().status()));
    j.name("risicocategorie");
    naam(j, v.risicocategorie());
    j.name("verschilBereik");
    JsonFormaat.getal(j, v.verschilBereik());
    j.endObject();
  }

  /** A count row, {@code {aantal, noemer, percentage}}; null for no row. */
  private static void rij(JsonTextWriter j, Optional<Rij> rij) throws IOException {
    if (rij.isEmpty() || !(rij.get() instanceof Telrij t)) {
      j.nul();
      return;
    }
    j.beginObject();
    j.name("aantal");
    JsonFormaat.getal(j, t.aantal());
    j.name("noemer");
    j.number(t.noemer());
    j.name("percentage");
    JsonFormaat.getal(j, t.percentage());
    j.endObject();
  }

  /** A mean, {@code {percentage, fractie, aantalGemeenten}}, with {@code omvang} first when given. */
  private static void gemiddelde(JsonTextWriter j, Gemiddelderij g, String omvang) throws IOException {
    j.beginObject();
    if (omvang != null) {
      j.name("omvang");
      j.string(omvang);
    }
    j.name("percentage");
    JsonFormaat.getal(j, g.percentage());
    j.name("fractie");
    if (g.waarde().isPresent()) {
      j.number(Numbers.fractie(g.waarde().get()));
    } else {
      j.nul();
    }
    j.name("aantalGemeenten");
    j.number(g.aantalGemeenten());
    j.endObject();
  }

  /** An exact ratio, {@code {teller, noemer, fractie, percentage}} in lowest terms; null for none. */
  private static void ratio(JsonTextWriter j, Optional<Ratio> r) throws IOException {
    if (r.isEmpty()) {
      j.nul();
      return;
    }
    j.beginObject();
    j.name("teller");
    j.number(new java.math.BigDecimal(r.get().teller()));
    j.name("noemer");
    j.number(new java.math.BigDecimal(r.get().noemer()));
    j.name("fractie");
    j.number(Numbers.fractie(r.get()));
    j.name("percentage");
    j.number(r.get().procent());
    j.endObject();
  }

  private static void anders(JsonTextWriter j, Map<String, String> anders) throws IOException {
    j.name("anders");
    j.beginObject();
    for (Map.Entry<String, String> e : new TreeMap<>(anders).entrySet()) {
      j.name(e.getKey());
      j.string(e.getValue());
    }
    j.endObject();
  }

  private static void namen(JsonTextWriter j, Collection<? extends Enum<?>> waarden) throws IOException {
    j.beginArray();
    for (Enum<?> e : waarden.stream().sorted(java.util.Comparator.comparingInt(Enum::ordinal)).toList()) {
      j.string(e.name());
    }
    j.endArray();
  }

  private static void naam(JsonTextWriter j, Optional<? extends Enum<?>> e) throws IOException {
    if (e.isPresent()) {
      j.string(e.get().name());
    } else {
      j.nul();
    }
  }

  private static void naamTekst(JsonTextWriter j, Optional<String> s) throws IOException {
    if (s.isPresent()) {
      j.string(s.get());
    } else {
      j.nul();
    }
  }

}
