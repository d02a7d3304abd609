package nl.lea.bereik;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeente;
import nl.lea.core.Gemeentecode;
import nl.lea.core.Verslagjaar;
import nl.lea.core.jaren.Herindeling;
import nl.lea.core.jaren.Herindelingen;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.core.vragenlijst.Vragenlijst;
import org.apiguardian.api.API;

/**
 * A questionnaire document in the layout of a later verslagjaar (docs/jaren.md §2): what a
 * comparison over years compares per gemeente. The herindelingen of {@link
 * Herindelingen#tussen(Verslagjaar, Verslagjaar)} apply in turn; one changes the document only when
 * a code it lets stop to exist occurs in it. The gemeente {@code naar} replaces the {@code van}
 * gemeenten, at the place of the first of them:
 *
 * <ul>
 *   <li>each count ({@link Aantallen}) is summed when every {@code van} gemeente occurs with that
 *       count supplied, and absent otherwise;
 *   <li>formed from two or more gemeenten it is <i>niet vergelijkbaar</i>: its other answers
 *       cannot be combined, so it has no {@link #antwoord(Gemeentecode) answer};
 *   <li>formed from one (a new code), it keeps its answer.
 * </ul>
 *
 * <p>For example, the 2021 document (345 gemeenten) in the layout of 2022:
 *
 * <pre>{@code
 * Indeling i = Indeling.van(v2021, LeaJson.herindelingenNl(), Verslagjaar.of(2022));
 * i.gemeenten().size();        // 342
 * i.nietVergelijkbaar();       // [GM0363, GM1992]: Amsterdam with Weesp, Voorne aan Zee
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class Indeling {

  /** One gemeente of the layout: its answer if it is comparable, and its counts. */
  private record Deel(Gemeente gemeente, Optional<GemeenteAntwoord> antwoord, Aantallen aantallen, boolean vergelijkbaar) {}

  private final Verslagjaar verslagjaar;
  private final Map<Gemeentecode, Deel> delen;

  private Indeling(Verslagjaar verslagjaar, Map<Gemeentecode, Deel> delen) {
    this.verslagjaar = verslagjaar;
    this.delen = delen;
  }

  /**
   * Maps a document to the layout of a verslagjaar not before its own.
   *
   * @param vragenlijst the document, not null
   * @param herindelingen the herindelingen, not null
   * @param laatste the verslagjaar whose layout is wanted, not before the document's, not null
   * @return the document in that layout, not null
   * @throws DomainValidationException if an argument is null or {@code laatste} is before the
   *     document's verslagjaar
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  public static Indeling van(Vragenlijst vragenlijst, Herindelingen herindelingen, Verslagjaar laatste) {
    DomainValidationException.requireNonNull(vragenlijst, "vragenlijst");
    DomainValidationException.requireNonNull(herindelingen, "herindelingen");
    DomainValidationException.requireNonNull(laatste, "laatste");
    Map<Gemeentecode, Deel> delen = new LinkedHashMap<>();
    for (GemeenteAntwoord a : vragenlijst.gemeenten()) {
      delen.put(a.gemeente().code(), new Deel(a.gemeente(), Optional.of(a), Aantallen.van(a), true));
    }
    for (Herindeling h : herindelingen.tussen(vragenlijst.verslagjaar(), laatste)) {
      if (h.opgeheven().stream().anyMatch(delen::containsKey)) {
        delen = pas(delen, h);
      }
    }
    return new Indeling(vragenlijst.verslagjaar(), Collections.unmodifiableMap(delen));
  }

  /** The layout after one herindeling that changes it. */
  private static Map<Gemeentecode, Deel> pas(Map<Gemeentecode, Deel> delen, Herindeling h) {
    List<Deel> van = h.van().stream().map(g -> delen.get(g.code())).toList();
    Aantallen som = null;
    for (Deel d : van) {
      Aantallen a = d == null ? Aantallen.GEEN : d.aantallen();
      som = som == null ? a : som.plus(a);
    }
    boolean enkel = van.size() == 1;
    Deel nieuw = new Deel(h.naar(), enkel ? van.get(0).antwoord() : Optional.empty(), som, enkel && van.get(0).vergelijkbaar());
    Set<Gemeentecode> weg = new java.util.HashSet<>();
    h.van().forEach(g -> weg.add(g.code()));
    weg.add(h.naar().code());
    Map<Gemeentecode, Deel> na = new LinkedHashMap<>();
    for (Map.Entry<Gemeentecode, Deel> e : delen.entrySet()) {
      if (!weg.contains(e.getKey())) {
        na.put(e.getKey(), e.getValue());
      } else if (!na.containsKey(h.naar().code())) {
        na.put(h.naar().code(), nieuw);
      }
    }
    return na;
  }

  /**
   * Gets the verslagjaar of the document.
   *
   * @return the verslagjaar, not null
   */
  public Verslagjaar verslagjaar() {
    return verslagjaar;
  }

  /**
   * Lists the gemeenten in the layout, in document order (a gemeente formed by a herindeling at the
   * place of the first gemeente it replaced).
   *
   * @return the gemeenten, unmodifiable, not null
   */
  public List<Gemeente> gemeenten() {
    return delen.values().stream().map(Deel::gemeente).toList();
  }

  /**
   * Lists the gemeenten formed from two or more gemeenten of the document, whose answers cannot
   * be compared with another year's.
   *
   * @return the codes, sorted, unmodifiable, not null
   */
  public Set<Gemeentecode> nietVergelijkbaar() {
    Set<Gemeentecode> codes = new TreeSet<>();
    delen.forEach((code, d) -> {
      if (!d.vergelijkbaar()) {
        codes.add(code);
      }
    });
    return Collections.unmodifiableSet(codes);
  }

  /**
   * Gets the answer of a comparable gemeente: its own, or, for a gemeente that only changed its
   * code, that of its predecessor.
   *
   * @param code the code in the layout, not null
   * @return the answer, empty if the gemeente is not in the layout or is not comparable
   */
  public Optional<GemeenteAntwoord> antwoord(Gemeentecode code) {
    DomainValidationException.requireNonNull(code, "code");
    Deel d = delen.get(code);
    return d == null ? Optional.empty() : d.antwoord();
  }

  /**
   * Gets the counts of a gemeente of the layout, summed over the gemeenten it was formed from.
   *
   * @param code the code in the layout, not null
   * @return the counts, empty if the gemeente is not in the layout
   */
  public Optional<Aantallen> aantallen(Gemeentecode code) {
    DomainValidationException.requireNonNull(code, "code");
    return Optional.ofNullable(delen.get(code)).map(Deel::aantallen);
  }

  /**
   * The counts of one gemeente that can be summed over a herindeling: each is absent when not
   * supplied (or not summable). Immutable.
   *
   * @param doelgroeppeuters the doelgroeppeuters, not negative, empty if not supplied, not null
   * @param kindplaatsen the kindplaatsen, not negative, empty if not supplied, not null
   * @param bereikteDoelgroeppeuters the bereikte doelgroeppeuters, not negative, empty if not
   *     supplied, not null
   * @param wachtlijst the doelgroeppeuters on a waiting list, not negative, empty if not supplied,
   *     not null
   */
  public record Aantallen(OptionalLong doelgroeppeuters, OptionalLong kindplaatsen, OptionalLong bereikteDoelgroeppeuters,
      OptionalLong wachtlijst) {

    /** No count supplied. */
    public static final Aantallen GEEN = new Aantallen(OptionalLong.empty(), OptionalLong.empty(), OptionalLong.empty(),
        OptionalLong.empty());

    /**
     * Checks the counts.
     *
     * @param doelgroeppeuters the doelgroeppeuters, not negative, not null
     * @param kindplaatsen the kindplaatsen, not negative, not null
     * @param bereikteDoelgroeppeuters the bereikte doelgroeppeuters, not negative, not null
     * @param wachtlijst the waiting list, not negative, not null
     * @throws DomainValidationException if a count is null or negative
     */
    public Aantallen {
      for (Object[] veld : new Object[][] {{"doelgroeppeuters", doelgroeppeuters}, {"kindplaatsen", kindplaatsen},
          {"bereikteDoelgroeppeuters", bereikteDoelgroeppeuters}, {"wachtlijst", wachtlijst}}) {
        OptionalLong n = (OptionalLong) DomainValidationException.requireNonNull(veld[1], (String) veld[0]);
        if (n.isPresent() && n.getAsLong() < 0) {
          throw new DomainValidationException((String) veld[0], "must not be negative", n.getAsLong());
        }
      }
    }

    /**
     * Gets the counts of an answer; none when the questionnaire was not returned.
     *
     * @param antwoord the answer, not null
     * @return the counts, not null
     */
    public static Aantallen van(GemeenteAntwoord antwoord) {
      DomainValidationException.requireNonNull(antwoord, "antwoord");
      return antwoord.vve().map(v -> new Aantallen(lang(v.aanbod().doelgroeppeuters()), lang(v.aanbod().kindplaatsen()),
          lang(v.aanbod().bereikteDoelgroeppeuters()), lang(v.aanbod().wachtlijst()))).orElse(GEEN);
    }

    private static OptionalLong lang(OptionalInt n) {
      return n.isPresent() ? OptionalLong.of(n.getAsInt()) : OptionalLong.empty();
    }

    /**
     * Sums two gemeenten's counts: each count when both supplied it.
     *
     * @param other the other counts, not null
     * @return the sums, not null
     * @throws ArithmeticException if a sum overflows a {@code long}
     */
    public Aantallen plus(Aantallen other) {
      DomainValidationException.requireNonNull(other, "other");
      return new Aantallen(som(doelgroeppeuters, other.doelgroeppeuters), som(kindplaatsen, other.kindplaatsen),
          som(bereikteDoelgroeppeuters, other.bereikteDoelgroeppeuters), som(wachtlijst, other.wachtlijst));
    }

    private static OptionalLong som(OptionalLong a, OptionalLong b) {
      return a.isPresent() && b.isPresent() ? OptionalLong.of(Som.optellen(a.getAsLong(), b.getAsLong(), "count")) : OptionalLong.empty();
    }

    /**
     * Checks if the three aanbod counts are supplied, as the cohort of Figuur 1.4 needs.
     *
     * @return true if doelgroeppeuters, kindplaatsen and bereikte doelgroeppeuters are present
     */
    public boolean isVolledig() {
      return doelgroeppeuters.isPresent() && kindplaatsen.isPresent() && bereikteDoelgroeppeuters.isPresent();
    }

    /**
     * Computes the bereik: bereikte doelgroeppeuters / doelgroeppeuters.
     *
     * @return the exact bereik, empty when a count is missing or doelgroeppeuters is 0
     */
    public Optional<Ratio> bereik() {
      if (doelgroeppeuters.isEmpty() || bereikteDoelgroeppeuters.isEmpty() || doelgroeppeuters.getAsLong() == 0) {
        return Optional.empty();
      }
      return Optional.of(Ratio.of(bereikteDoelgroeppeuters.getAsLong(), doelgroeppeuters.getAsLong()));
    }
  }
}
