package nl.lea.bereik;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeente;
import nl.lea.core.Gemeentecode;
import nl.lea.core.Verslagjaar;
import nl.lea.core.jaren.Herindelingen;
import nl.lea.core.vragenlijst.Vragenlijst;
import org.apiguardian.api.API;

/**
 * The multi-year cohort of report Figuur 1.4: the gemeenten that supplied all three aanbod counts in
 * every one of the given years, and per year the three sums over that fixed cohort with its pooled
 * and mean bereik (docs/domein.md §3.11, docs/jaren.md).
 *
 * <p>Gemeenten are matched by code; a gemeente missing from a year, one that did not return the
 * questionnaire or one that left out a count drops out, and so do merged gemeenten whose code
 * changed. For example:
 *
 * <pre>{@code
 * Cohort cohort = Cohort.van(List.of(vragenlijst2020, vragenlijst2021, vragenlijst2022));
 * cohort.gemeenten().size();              // 88 in the report
 * cohort.reeks().get(2).doelgroeppeuters(); // the 2022 sum over those 88
 * cohort.reeks().get(0).gemiddeldBereik();  // the mean bereik of those 88 in 2020
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Cohort {

  private final List<Verslagjaar> jaren;
  private final List<Gemeentecode> gemeenten;
  private final List<Jaar> reeks;

  private Cohort(List<Verslagjaar> jaren, List<Gemeentecode> gemeenten, List<Jaar> reeks) {
    this.jaren = jaren;
    this.gemeenten = gemeenten;
    this.reeks = reeks;
  }

  /**
   * Computes the cohort over questionnaire documents of distinct years, matching gemeenten by code
   * as the documents give them.
   *
   * @param vragenlijsten the documents, at least one, with distinct verslagjaren, in any order, not
   *     null
   * @return the cohort, not null
   * @throws DomainValidationException if there is no document or two share a verslagjaar
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  public static Cohort van(Collection<Vragenlijst> vragenlijsten) {
    return van(vragenlijsten, Herindelingen.geen());
  }

  /**
   * Computes the cohort over questionnaire documents of distinct years, each first mapped to the
   * layout of the latest year ({@link Indeling}, docs/jaren.md §2): a gemeente formed by a
   * herindeling is in the cohort when its summed counts are complete in every year.
   *
   * @param vragenlijsten the documents, at least one, with distinct verslagjaren, in any order, not
   *     null
   * @param herindelingen the herindelingen to map with, not null
   * @return the cohort, not null
   * @throws DomainValidationException if an argument is null, there is no document or two share a
   *     verslagjaar
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  public static Cohort van(Collection<Vragenlijst> vragenlijsten, Herindelingen herindelingen) {
    DomainValidationException.requireNoNulls(vragenlijsten, "vragenlijsten");
    DomainValidationException.requireNonNull(herindelingen, "herindelingen");
    if (vragenlijsten.isEmpty()) {
      throw new DomainValidationException("vragenlijsten", "must hold at least one document", "[]");
    }
    List<Vragenlijst> opJaar = new ArrayList<>(vragenlijsten);
    opJaar.sort(Comparator.comparing(Vragenlijst::verslagjaar));
    for (int i = 1; i < opJaar.size(); i++) {
      if (opJaar.get(i).verslagjaar().equals(opJaar.get(i - 1).verslagjaar())) {
        throw new DomainValidationException("verslagjaar", "must differ between the documents of a cohort", opJaar.get(i).verslagjaar());
      }
    }
    Verslagjaar laatste = opJaar.get(opJaar.size() - 1).verslagjaar();
    List<Map<Gemeentecode, Indeling.Aantallen>> volledig = new ArrayList<>();
    for (Vragenlijst v : opJaar) {
      Indeling indeling = Indeling.van(v, herindelingen, laatste);
      Map<Gemeentecode, Indeling.Aantallen> perCode = new HashMap<>();
      for (Gemeente g : indeling.gemeenten()) {
        Indeling.Aantallen a = indeling.aantallen(g.code()).orElseThrow();
        if (a.isVolledig()) {
          perCode.put(g.code(), a);
        }
      }
      volledig.add(perCode);
    }
    Set<Gemeentecode> cohort = new TreeSet<>(volledig.get(0).keySet());
    volledig.forEach(perCode -> cohort.retainAll(perCode.keySet()));
    List<Verslagjaar> jaren = new ArrayList<>();
    List<Jaar> reeks = new ArrayList<>();
    for (int i = 0; i < opJaar.size(); i++) {
      long d = 0;
      long k = 0;
      long b = 0;
      // The bereik as table bereik computes it, over the cohort's gemeenten with doelgroeppeuters > 0.
      GewogenBereik gewogen = GewogenBereik.LEEG;
      Gemiddelde gemiddeld = Gemiddelde.LEEG;
      for (Gemeentecode code : cohort) {
        Indeling.Aantallen a = volledig.get(i).get(code);
        d = Som.optellen(d, a.doelgroeppeuters().getAsLong(), "sum of doelgroeppeuters");
        k = Som.optellen(k, a.kindplaatsen().getAsLong(), "sum of kindplaatsen");
        b = Som.optellen(b, a.bereikteDoelgroeppeuters().getAsLong(), "sum of bereikteDoelgroeppeuters");
        if (a.bereik().isPresent()) {
          gewogen = gewogen.merge(GewogenBereik.of(a.bereikteDoelgroeppeuters().getAsLong(), a.doelgroeppeuters().getAsLong(), 1));
          gemiddeld = gemiddeld.plus(a.bereik().get());
        }
      }
      jaren.add(opJaar.get(i).verslagjaar());
      reeks.add(new Jaar(opJaar.get(i).verslagjaar(), d, k, b, gewogen, gemiddeld));
    }
    return new Cohort(Collections.unmodifiableList(jaren),
        Collections.unmodifiableList(new ArrayList<>(cohort)), Collections.unmodifiableList(reeks));
  }

  /**
   * Gets the years, ascending.
   *
   * @return the verslagjaren, at least one, not null
   */
  public List<Verslagjaar> jaren() {
    return jaren;
  }

  /**
   * Gets the gemeenten in the cohort, sorted by code.
   *
   * @return the codes, possibly empty, not null
   */
  public List<Gemeentecode> gemeenten() {
    return gemeenten;
  }

  /**
   * Gets the sums over the cohort per year, in the order of {@link #jaren()}.
   *
   * @return one entry per year, not null
   */
  public List<Jaar> reeks() {
    return reeks;
  }

  /**
   * The three sums of one year over the cohort. For example, {@code cohort.reeks().get(0).doelgroeppeuters()}
   * is the first year's sum of doelgroeppeuters over the cohort's gemeenten. Immutable.
   */
  public static final class Jaar {
    private final Verslagjaar verslagjaar;
    private final long doelgroeppeuters;
    private final long kindplaatsen;
    private final long bereikteDoelgroeppeuters;
    private final GewogenBereik gewogenBereik;
    private final Gemiddelde gemiddeldBereik;

    Jaar(Verslagjaar verslagjaar, long doelgroeppeuters, long kindplaatsen, long bereikteDoelgroeppeuters,
        GewogenBereik gewogenBereik, Gemiddelde gemiddeldBereik) {
      this.verslagjaar = verslagjaar;
      this.doelgroeppeuters = doelgroeppeuters;
      this.kindplaatsen = kindplaatsen;
      this.bereikteDoelgroeppeuters = bereikteDoelgroeppeuters;
      this.gewogenBereik = gewogenBereik;
      this.gemiddeldBereik = gemiddeldBereik;
    }

    /**
     * Gets the year.
     *
     * @return the verslagjaar, not null
     */
    public Verslagjaar verslagjaar() {
      return verslagjaar;
    }

    /**
     * Gets Σ doelgroeppeuters over the cohort in this year.
     *
     * @return the sum, not negative
     */
    public long doelgroeppeuters() {
      return doelgroeppeuters;
    }

    /**
     * Gets Σ kindplaatsen over the cohort in this year.
     *
     * @return the sum, not negative
     */
    public long kindplaatsen() {
      return kindplaatsen;
    }

    /**
     * Gets Σ bereikte doelgroeppeuters over the cohort in this year.
     *
     * @return the sum, not negative
     */
    public long bereikteDoelgroeppeuters() {
      return bereikteDoelgroeppeuters;
    }

    /**
     * Gets the pooled bereik of the cohort in this year, Σ bereikte doelgroeppeuters / Σ
     * doelgroeppeuters over its gemeenten with doelgroeppeuters &gt; 0: table {@code bereik}'s
     * {@code GEWOGEN} over the cohort (docs/domein.md §3.11).
     *
     * @return the pooled bereik with its number of gemeenten, not null
     */
    public GewogenBereik gewogenBereik() {
      return gewogenBereik;
    }

    /**
     * Gets the unweighted mean of the bereik of the cohort's gemeenten with doelgroeppeuters &gt;
     * 0 in this year: table {@code bereik}'s {@code GEMIDDELD} over the cohort.
     *
     * @return the mean with its number of gemeenten, not null
     */
    public Gemiddelde gemiddeldBereik() {
      return gemiddeldBereik;
    }

    @Override
    public boolean equals(Object obj) {
      if (!(obj instanceof Jaar)) {
        return false;
      }
      Jaar o = (Jaar) obj;
      return verslagjaar.equals(o.verslagjaar) && doelgroeppeuters == o.doelgroeppeuters
          && kindplaatsen == o.kindplaatsen && bereikteDoelgroeppeuters == o.bereikteDoelgroeppeuters
          && gewogenBereik.equals(o.gewogenBereik) && gemiddeldBereik.equals(o.gemiddeldBereik);
    }

    @Override
    public int hashCode() {
      return Objects.hash(verslagjaar, doelgroeppeuters, kindplaatsen, bereikteDoelgroeppeuters, gewogenBereik, gemiddeldBereik);
    }

    @Override
    public String toString() {
      return verslagjaar + ": " + doelgroeppeuters + " / " + kindplaatsen + " / " + bereikteDoelgroeppeuters
          + ", gewogen " + gewogenBereik + ", gemiddeld " + gemiddeldBereik;
    }
  }
}
