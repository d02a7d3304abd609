package nl.lea.rapport.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Verslagjaar;
import nl.lea.rapport.Gemiddelderij;
import nl.lea.rapport.Rapport;
import nl.lea.rapport.Rij;
import nl.lea.rapport.Somrij;
import nl.lea.rapport.Telrij;
import nl.lea.rapport.Vergelijking;
import org.apiguardian.api.API;

/**
 * The two columns a report gains from earlier years ({@code ./lea rapport FILE --vorig F…},
 * docs/jaren.md §4), as every format that people read shows them: the row's value in its previous
 * year and the verschil, marked {@code *} when the noemer changed by more than 5% and {@code g}
 * after a published figure. Shared by the text, Markdown, HTML and Excel formats and by the
 * comparison's own text. Not for applications: it may change without notice.
 */
@API(status = API.Status.INTERNAL, since = "0.2")
public final class VorigeJaren {

  private VorigeJaren() {}

  /**
   * Checks that a comparison can give a report its earlier years: it ends in the report's year, with
   * that year's document.
   *
   * @param rapport the report, not null
   * @param vorigeJaren the comparison, not null
   * @throws DomainValidationException if an argument is null or the comparison ends elsewhere
   */
  public static void controleer(Rapport rapport, Vergelijking vorigeJaren) {
    DomainValidationException.requireNonNull(rapport, "rapport");
    DomainValidationException.requireNonNull(vorigeJaren, "vorigeJaren");
    List<Verslagjaar> jaren = vorigeJaren.jaren();
    List<Vergelijking.Document> documenten = vorigeJaren.documenten();
    if (jaren.isEmpty() || documenten.isEmpty() || !jaren.get(jaren.size() - 1).equals(rapport.verslagjaar())
        || !documenten.get(documenten.size() - 1).verslagjaar().equals(rapport.verslagjaar())) {
      throw new DomainValidationException("vorigeJaren", "must end in the report's year " + rapport.verslagjaar()
          + " with its document", jaren.isEmpty() ? "no years" : jaren.get(jaren.size() - 1).toString());
    }
  }

  /**
   * The years before the report's year, ascending.
   *
   * @param v the comparison, not null
   * @return the years, not null
   */
  public static List<Verslagjaar> jaren(Vergelijking v) {
    DomainValidationException.requireNonNull(v, "vergelijking");
    return v.jaren().subList(0, Math.max(0, v.jaren().size() - 1));
  }

  /**
   * The two headings: {@code Vorig (2021)} with the latest earlier year, and {@code Verschil}.
   *
   * @param v the comparison, not null
   * @return the headings, not null
   */
  public static List<String> koppen(Vergelijking v) {
    DomainValidationException.requireNonNull(v, "vergelijking");
    List<Verslagjaar> eerder = jaren(v);
    return List.of(eerder.isEmpty() ? "Vorig" : "Vorig (" + eerder.get(eerder.size() - 1) + ")", "Verschil");
  }

  /**
   * The row of a table in the comparison.
   *
   * @param v the comparison, not null
   * @param tabel the table's id, not null
   * @param rij the report's row, not null
   * @return the row over the years, empty if the comparison does not have it
   */
  public static Optional<Vergelijking.Rijreeks> rij(Vergelijking v, String tabel, Rij rij) {
    DomainValidationException.requireNonNull(v, "vergelijking");
    DomainValidationException.requireNonNull(tabel, "tabel");
    DomainValidationException.requireNonNull(rij, "rij");
    return v.tabel(tabel).flatMap(t -> t.rij(rij.sleutel()));
  }

  /**
   * The two cells of a row: its previous value (with its year in brackets when that is not the
   * heading's year) and the signed verschil; {@code ontbreekt} for what is absent.
   *
   * @param v the comparison, not null
   * @param tabel the table's id, not null
   * @param rij the report's row, not null
   * @param ontbreekt what an absent figure shows, such as {@code -}, not null
   * @return the two cells, not null
   */
  public static List<String> cellen(Vergelijking v, String tabel, Rij rij, String ontbreekt) {
    DomainValidationException.requireNonNull(ontbreekt, "ontbreekt");
    Optional<Vergelijking.Rijreeks> reeks = rij(v, tabel, rij);
    if (reeks.isEmpty() || reeks.get().vorigJaar().isEmpty()) {
      return List.of(ontbreekt, ontbreekt);
    }
    Vergelijking.Rijreeks r = reeks.get();
    Verslagjaar jaar = r.vorigJaar().get();
    List<Verslagjaar> eerder = jaren(v);
    boolean kopjaar = !eerder.isEmpty() && jaar.equals(eerder.get(eerder.size() - 1));
    String vorig = r.jaar(jaar).map(w -> cel(w, ontbreekt)).orElse(ontbreekt) + (kopjaar ? "" : " (" + jaar + ")");
    return List.of(vorig, verschil(r, ontbreekt));
  }

  /**
   * The signed verschil of a row, {@code +10}, with {@code *} when its noemer changed by more than
   * 5%.
   *
   * @param r the row over the years, not null
   * @param ontbreekt what an absent verschil shows, not null
   * @return the cell, not null
   */
  public static String verschil(Vergelijking.Rijreeks r, String ontbreekt) {
    DomainValidationException.requireNonNull(r, "rij");
    DomainValidationException.requireNonNull(ontbreekt, "ontbreekt");
    if (r.verschil().isEmpty()) {
      return ontbreekt;
    }
    long n = r.verschil().getAsLong();
    return (n > 0 ? "+" + n : Long.toString(n)) + (r.noemerGewijzigd().orElse(false) ? "*" : "");
  }

  /**
   * One year's value as printed: a percentage, a sum, {@link Cells#ONDERDRUKT} for a suppressed
   * count; {@code g} after a published figure.
   *
   * @param w the value, not null
   * @param ontbreekt what an undefined percentage shows, not null
   * @return the cell, not null
   */
  public static String cel(Vergelijking.Jaarwaarde w, String ontbreekt) {
    DomainValidationException.requireNonNull(w, "jaarwaarde");
    DomainValidationException.requireNonNull(ontbreekt, "ontbreekt");
    Rij rij = w.rij();
    String tekst;
    if (rij instanceof Somrij s) {
      tekst = Numbers.duizendtallen(s.waarde());
    } else if (rij instanceof Telrij t) {
      tekst = t.onderdrukt() ? Cells.ONDERDRUKT : t.percentage().isPresent() ? t.percentage().getAsInt() + "%" : ontbreekt;
    } else {
      var p = ((Gemiddelderij) rij).percentage();
      tekst = p.isPresent() ? p.getAsInt() + "%" : ontbreekt;
    }
    return w.bron() == Vergelijking.Bron.GEPUBLICEERD ? tekst + " g" : tekst;
  }

  /**
   * The footnotes the report's two columns need: {@link VergelijkingRenderer#ANDERE_GROEP} when a
   * shown verschil is marked, {@link VergelijkingRenderer#GEPUBLICEERD} when a shown previous value
   * is a published figure.
   *
   * @param tabellen the report's tables, or some of them, not null
   * @param v the comparison, not null
   * @return the footnotes, in that order, not null
   */
  public static List<String> voetnoten(List<nl.lea.rapport.Tabel> tabellen, Vergelijking v) {
    DomainValidationException.requireNoNulls(tabellen, "tabellen");
    DomainValidationException.requireNonNull(v, "vergelijking");
    boolean ander = false;
    boolean gepubliceerd = false;
    for (var t : tabellen) {
      for (Rij rij : t.rijen()) {
        Optional<Vergelijking.Rijreeks> r = rij(v, t.id(), rij);
        if (r.isPresent() && r.get().vorigJaar().isPresent()) {
          ander |= r.get().noemerGewijzigd().orElse(false);
          gepubliceerd |= r.get().jaar(r.get().vorigJaar().get()).map(w -> w.bron() == Vergelijking.Bron.GEPUBLICEERD).orElse(false);
        }
      }
    }
    List<String> noten = new ArrayList<>();
    if (ander) {
      noten.add(VergelijkingRenderer.ANDERE_GROEP);
    }
    if (gepubliceerd) {
      noten.add(VergelijkingRenderer.GEPUBLICEERD);
    }
    return List.copyOf(noten);
  }
}
