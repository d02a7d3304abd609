package nl.lea.rapport;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import nl.lea.bereik.Indeling;
import nl.lea.bereik.Ratio;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeentecode;
import nl.lea.core.Verslagjaar;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.core.vve.Omvang;
import nl.lea.rapport.risico.Risicocategorie;
import nl.lea.rapport.risico.Risicoprofiel;
import nl.lea.rapport.toezicht.Toezichtuitkomst;
import org.apiguardian.api.API;

/**
 * One gemeente's figures beside the national ones (docs/profiel.md): its answers, each with the
 * national figure of the report's registry table it belongs to, its bereik with its position among
 * every gemeente's and among comparable gemeenten, its risk rules, and, when given, the inspector's
 * judgement and last year's values. The national figures are the rows of the year's {@link
 * Rapport}: none is computed a second time. For example, with the shipped data:
 *
 * <pre>{@code
 * Gemeenteprofiel p = Gemeenteprofiel.van(vragenlijst, Gemeentecode.of("GM0308"));
 * p.bereikpositie().orElseThrow().positie();               // OptionalInt[77]
 * p.bereikpositie().orElseThrow().vergelijkbaar().aantal(); // 24
 * }</pre>
 *
 * <p>For many gemeenten, or with the judgement and earlier years, use {@link Gemeenteprofielen},
 * which computes the report and the ranking once. This record is immutable and thread-safe.
 *
 * @param landelijk the report of the year, whose rows are the national figures, not null
 * @param antwoord the gemeente's answer, not null
 * @param risico the risk rules that fired for it, not null
 * @param omvangen the national share of each omvang of the doelgroepdefinitie over the gemeenten
 *     that returned the questionnaire: rows {@code SMAL}, {@code MIDDEN}, {@code BREED} and
 *     {@code ONBEKEND} (no indicators), not null
 * @param bereikpositie its bereik and where it stands, empty when its bereik is undefined
 * @param toezicht the inspector's judgement and its outcome (category after judgement,
 *     Afhandeling; the judgement itself is {@link Toezichtuitkomst#beoordeling()}), empty without one
 * @param vorigJaar last year's values, empty without earlier documents or when none holds it
 * @param metVorigeJaren whether earlier documents were given (so {@code vorigJaar} is asked)
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record Gemeenteprofiel(Rapport landelijk, GemeenteAntwoord antwoord, Risicoprofiel risico, List<Telrij> omvangen,
    Optional<Bereikpositie> bereikpositie, Optional<Toezichtuitkomst> toezicht, Optional<VorigJaar> vorigJaar,
    boolean metVorigeJaren) {

  /**
   * Checks the profile.
   *
   * @param landelijk the report, not null
   * @param antwoord the answer, not null
   * @param risico the risk profile, of the same gemeente, not null
   * @param omvangen the omvang shares, not null
   * @param bereikpositie the bereik's position, not null
   * @param toezicht the judgement, not null
   * @param vorigJaar last year's values, not null
   * @param metVorigeJaren whether earlier years were given
   */
  public Gemeenteprofiel {
    DomainValidationException.requireNonNull(landelijk, "landelijk");
    DomainValidationException.requireNonNull(antwoord, "antwoord");
    DomainValidationException.requireNonNull(risico, "risico");
    omvangen = List.copyOf(DomainValidationException.requireNoNulls(omvangen, "omvangen"));
    DomainValidationException.requireNonNull(bereikpositie, "bereikpositie");
    DomainValidationException.requireNonNull(toezicht, "toezicht");
    DomainValidationException.requireNonNull(vorigJaar, "vorigJaar");
    if (!risico.gemeente().code().equals(antwoord.gemeente().code())) {
      throw new DomainValidationException("risico", "must be of the profile's gemeente " + antwoord.gemeente().code(),
          risico.gemeente().code().toString());
    }
    if (toezicht.isPresent() && !toezicht.get().gemeente().code().equals(antwoord.gemeente().code())) {
      throw new DomainValidationException("toezicht", "must be of the profile's gemeente " + antwoord.gemeente().code(),
          toezicht.get().gemeente().code().toString());
    }
    if (vorigJaar.isPresent() && !metVorigeJaren) {
      throw new DomainValidationException("vorigJaar", "needs earlier years (metVorigeJaren)", vorigJaar.get().verslagjaar().toString());
    }
  }

  /**
   * Computes the profile of one gemeente of a document with the default risk rules.
   *
   * @param vragenlijst the document, not null
   * @param code the gemeente, not null
   * @return the profile, not null
   * @throws DomainValidationException if an argument is null or the document has no gemeente with that code
   */
  public static Gemeenteprofiel van(Vragenlijst vragenlijst, Gemeentecode code) {
    return Gemeenteprofielen.of(vragenlijst).profiel(code);
  }

  /**
   * Gets the year.
   *
   * @return the report's verslagjaar, not null
   */
  public Verslagjaar verslagjaar() {
    return landelijk.verslagjaar();
  }

  /**
   * Finds a national figure: a row of the year's report.
   *
   * @param tabel the table's id, not null
   * @param sleutel the row's key, not null
   * @return the row, empty if the report has no such row
   */
  public Optional<Rij> landelijk(String tabel, String sleutel) {
    DomainValidationException.requireNonNull(tabel, "tabel");
    DomainValidationException.requireNonNull(sleutel, "sleutel");
    return landelijk.tabel(tabel).flatMap(t -> t.rij(sleutel));
  }

  /**
   * A gemeente's bereik and where it stands (docs/profiel.md §1).
   *
   * @param bereik its bereik, bereikte doelgroeppeuters / doelgroeppeuters, exact, not null
   * @param landelijkGemiddeld the report's mean bereik (row {@code bereik}/{@code GEMIDDELD}), not null
   * @param omvang the omvang of its doelgroepdefinitie, empty without indicators
   * @param omvangGemiddeld the mean bereik of its omvang (table {@code 1.11}), empty without omvang
   * @param positie its mid-rank among the gemeenten with a defined bereik, 0..100, empty when it is the only one
   * @param vergelijkbaar the comparable gemeenten, not null
   * @param verdeling the bereik of every gemeente with a defined bereik, its own included, ascending
   *     (what a page draws the position on), not null
   */
  public record Bereikpositie(Ratio bereik, Gemiddelderij landelijkGemiddeld, Optional<Omvang> omvang,
      Optional<Gemiddelderij> omvangGemiddeld, OptionalInt positie, Vergelijkbaar vergelijkbaar, List<Ratio> verdeling) {

    /**
     * Checks the position.
     *
     * @param bereik the bereik, not null
     * @param landelijkGemiddeld the national mean, not null
     * @param omvang the omvang, not null
     * @param omvangGemiddeld the omvang's mean, not null
     * @param positie the position, not null, 0..100 when present
     * @param vergelijkbaar the comparable group, not null
     * @param verdeling every bereik, ascending, holding {@code bereik}, not null
     */
    public Bereikpositie {
      DomainValidationException.requireNonNull(bereik, "bereik");
      DomainValidationException.requireNonNull(landelijkGemiddeld, "landelijkGemiddeld");
      DomainValidationException.requireNonNull(omvang, "omvang");
      DomainValidationException.requireNonNull(omvangGemiddeld, "omvangGemiddeld");
      DomainValidationException.requireNonNull(positie, "positie");
      DomainValidationException.requireNonNull(vergelijkbaar, "vergelijkbaar");
      verdeling = List.copyOf(DomainValidationException.requireNoNulls(verdeling, "verdeling"));
      procent("positie", positie);
      for (int i = 1; i < verdeling.size(); i++) {
        if (verdeling.get(i - 1).compareTo(verdeling.get(i)) > 0) {
          throw new DomainValidationException("verdeling", "must be ascending", i);
        }
      }
      if (!verdeling.contains(bereik)) {
        throw new DomainValidationException("verdeling", "must hold the gemeente's own bereik", bereik.toString());
      }
      if (omvang.isPresent() != omvangGemiddeld.isPresent()) {
        throw new DomainValidationException("omvangGemiddeld", "must be present exactly when omvang is", omvang.toString());
      }
    }
  }

  /**
   * The gemeenten comparable to one: the same omvang and the same fifth by doelgroeppeuters among
   * the gemeenten with a defined bereik, itself excluded.
   *
   * @param vijfde its fifth, 1..5
   * @param gemeenten the others in its group, ascending, not null
   * @param mediaan the lower median of their bereik, empty when there are none
   * @param positie its mid-rank among them, 0..100, empty when there are none
   */
  public record Vergelijkbaar(int vijfde, List<Gemeentecode> gemeenten, Optional<Ratio> mediaan, OptionalInt positie) {

    /**
     * Checks the group.
     *
     * @param vijfde 1..5
     * @param gemeenten the codes, not null
     * @param mediaan the median, present exactly when there are gemeenten
     * @param positie the position, present exactly when there are gemeenten, 0..100
     */
    public Vergelijkbaar {
      if (vijfde < 1 || vijfde > 5) {
        throw new DomainValidationException("vijfde", "must be 1..5", vijfde);
      }
      gemeenten = List.copyOf(DomainValidationException.requireNoNulls(gemeenten, "gemeenten"));
      DomainValidationException.requireNonNull(mediaan, "mediaan");
      DomainValidationException.requireNonNull(positie, "positie");
      procent("positie", positie);
      if (mediaan.isPresent() == gemeenten.isEmpty() || positie.isPresent() == gemeenten.isEmpty()) {
        throw new DomainValidationException("mediaan", "and positie must be present exactly when there are gemeenten",
            gemeenten.size());
      }
    }

    /**
     * Counts the group.
     *
     * @return the number of comparable gemeenten
     */
    public int aantal() {
      return gemeenten.size();
    }
  }

  /**
   * The gemeente in the latest earlier document that holds it after mapping (docs/jaren.md §2).
   *
   * @param verslagjaar that document's year, not null
   * @param vergelijkbaar false when the gemeente was formed from two or more predecessors
   * @param antwoord its answer then, empty when not vergelijkbaar
   * @param aantallen its three counts then (summed over predecessors), not null
   * @param risicocategorie its risk category then, empty when not vergelijkbaar
   * @param verschilBereik this year's bereik percentage minus that year's, both rounded first,
   *     empty when either is undefined
   */
  public record VorigJaar(Verslagjaar verslagjaar, boolean vergelijkbaar, Optional<GemeenteAntwoord> antwoord,
      Indeling.Aantallen aantallen, Optional<Risicocategorie> risicocategorie, OptionalLong verschilBereik) {

    /**
     * Checks the values.
     *
     * @param verslagjaar the year, not null
     * @param vergelijkbaar whether comparable
     * @param antwoord the answer, present exactly when vergelijkbaar
     * @param aantallen the counts, not null
     * @param risicocategorie the category, present exactly when vergelijkbaar
     * @param verschilBereik the change, not null
     */
    public VorigJaar {
      DomainValidationException.requireNonNull(verslagjaar, "verslagjaar");
      DomainValidationException.requireNonNull(antwoord, "antwoord");
      DomainValidationException.requireNonNull(aantallen, "aantallen");
      DomainValidationException.requireNonNull(risicocategorie, "risicocategorie");
      DomainValidationException.requireNonNull(verschilBereik, "verschilBereik");
      if (antwoord.isPresent() != vergelijkbaar || risicocategorie.isPresent() != vergelijkbaar) {
        throw new DomainValidationException("antwoord", "and risicocategorie must be present exactly when vergelijkbaar", vergelijkbaar);
      }
    }
  }

  private static void procent(String veld, OptionalInt p) {
    if (p.isPresent() && (p.getAsInt() < 0 || p.getAsInt() > 100)) {
      throw new DomainValidationException(veld, "must be 0..100", p.getAsInt());
    }
  }
}
