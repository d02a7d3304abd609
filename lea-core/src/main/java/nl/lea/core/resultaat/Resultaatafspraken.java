package nl.lea.core.resultaat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.lea.core.DomainValidationException;
import nl.lea.core.doel.Doel;
import nl.lea.core.doel.Doelbereik;
import nl.lea.core.doel.DoelbereikGrof;
import nl.lea.core.internal.Checks;
import nl.lea.core.internal.LeaStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A gemeente's resultaatafspraken vroegschoolse educatie: agreements with school boards on the
 * results of early-school education (docs/domein.md §3.12, report part 2).
 *
 * <p>With status {@code GEEN} or {@code ONBEKEND} every other field is empty. With {@code WEL}:
 * each {@link Inhoud}'s gebied must be one of the {@code ontwikkelingsgebieden}, and {@code
 * redenenNietBehaald} is allowed only when the coarse goal category is {@code DEELS_BEHAALD} or
 * {@code NIET_BEHAALD}. Build one with {@link #wel()}:
 *
 * <pre>{@code
 * Resultaatafspraken r = Resultaatafspraken.wel()
 *     .reikwijdte(Reikwijdte.ALLE_SCHOOLBESTUREN)
 *     .ontwikkelingsgebieden(Ontwikkelingsgebied.TAAL)
 *     .inhoud(Inhoud.of(InhoudType.EINDE_GROEP_2, Ontwikkelingsgebied.TAAL))
 *     .doelen(Doel.of(DoelStatus.NIET_BEHAALD))
 *     .redenenNietBehaald(RedenNietBehaald.PERSONEELSTEKORT)
 *     .build();
 * r.doelbereikGrof(); // NIET_BEHAALD
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 */
@API(status = API.Status.STABLE, since = "0.1")
@Value.Immutable
@LeaStyle
public abstract class Resultaatafspraken {

  private static final Resultaatafspraken GEEN = new Builder(ResultaatafsprakenStatus.GEEN).build();
  private static final Resultaatafspraken ONBEKEND =
      new Builder(ResultaatafsprakenStatus.ONBEKEND).build();

  Resultaatafspraken() {}

  /**
   * Obtains the answer of a gemeente that made no resultaatafspraken.
   *
   * @return the answer with status {@code GEEN}, not null
   */
  public static Resultaatafspraken geen() {
    return GEEN;
  }

  /**
   * Obtains the answer of a gemeente that did not answer the question (report Tabel 2.1
   * "Missing").
   *
   * @return the answer with status {@code ONBEKEND}, not null
   */
  public static Resultaatafspraken onbekend() {
    return ONBEKEND;
  }

  /**
   * Starts building the answer of a gemeente that made resultaatafspraken.
   *
   * @return a builder with status {@code WEL} and every other field empty, not null
   */
  public static Builder wel() {
    return new Builder(ResultaatafsprakenStatus.WEL);
  }

  /**
   * Starts building an answer with any status; with {@code GEEN} or {@code ONBEKEND} the built
   * answer must have every other field empty.
   *
   * @param status the status, not null
   * @return a builder with every other field empty, not null
   * @throws DomainValidationException if the status is null
   */
  public static Builder builder(ResultaatafsprakenStatus status) {
    return new Builder(Checks.notNull(status, "status"));
  }

  /**
   * Gets the status.
   *
   * @return the status, not null
   */
  public abstract ResultaatafsprakenStatus status();

  /**
   * Gets with which school boards the agreements were made.
   *
   * @return the scope, empty if not given
   */
  public abstract Optional<Reikwijdte> reikwijdte();

  /**
   * Gets the developmental areas the agreements are about.
   *
   * @return the areas, possibly empty, not null
   */
  public abstract Set<Ontwikkelingsgebied> ontwikkelingsgebieden();

  /**
   * Gets the content items: pairs of terms and developmental area.
   *
   * @return the items, possibly empty, not null
   */
  public abstract Set<Inhoud> inhoud();

  /**
   * Gets how the data for monitoring are delivered.
   *
   * @return the ways of delivery, possibly empty, not null
   */
  public abstract Set<Aanlevering> aanlevering();

  /**
   * Gets the goals, in the order given.
   *
   * @return the goals, possibly empty, not null
   */
  public abstract List<Doel> doelen();

  /**
   * Gets the reasons why goals were not (fully) achieved.
   *
   * @return the reasons, possibly empty, not null
   */
  public abstract Set<RedenNietBehaald> redenenNietBehaald();

  /**
   * Gets with whom the results are discussed.
   *
   * @return the partners, possibly empty, not null
   */
  public abstract Set<Gesprekspartner> gesprekspartners();

  /**
   * Gets how often the results are discussed.
   *
   * @return the frequency, empty if not given
   */
  public abstract Optional<Frequentie> frequentie();

  /**
   * Gets the {@code anders} text ({@code lea-vragenlijst/2}): what the reason {@code ANDERS} for
   * missed goals means.
   *
   * @return the text by reasons field ({@code redenenNietBehaald}), possibly empty, not null
   */
  public abstract Map<String, String> anders();

  /**
   * Checks if any item only {@code lea-vragenlijst/2} asks is present: an {@code anders} text.
   *
   * @return true if such an item is present
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public boolean heeftVersie2Gegevens() {
    return !anders().isEmpty();
  }

  /**
   * Evaluates the goals into their goal-attainment category (docs/domein.md §3.6).
   *
   * @return the category, not null
   */
  public Doelbereik doelbereik() {
    return Doelbereik.evalueer(doelen());
  }

  /**
   * Evaluates the goals into the coarse category of report Figuur 2.2.
   *
   * @return the coarse category, not null
   */
  public DoelbereikGrof doelbereikGrof() {
    return doelbereik().grof();
  }

  @Value.Check
  void check() {
    DomainValidationException.throwIfAny(violations(status(), reikwijdte().orElse(null), ontwikkelingsgebieden(), inhoud(),
        aanlevering(), doelen(), redenenNietBehaald(), gesprekspartners(), frequentie().orElse(null), anders()));
  }

  /**
   * Lists the violations of the rules between the fields: with a status other than {@code WEL}
   * every other field is absent or empty; each {@link Inhoud}'s gebied is one of the {@code
   * ontwikkelingsgebieden}; {@code redenenNietBehaald} only when the goals are {@code DEELS_BEHAALD}
   * or {@code NIET_BEHAALD}; the {@code anders} rule (docs/jaarverantwoording.md rule 14).
   *
   * <p>For lea's readers, which report every error of a document at once: a null argument is
   * unknown (or, for the two optional values, absent) and skips the rules that need it. The
   * builder checks the same rules. Not for applications: it may change without notice.
   *
   * <p>An element of a collection that is null is unknown too.
   *
   * @param status the status, null if unknown
   * @param reikwijdte the scope, null if absent or unknown
   * @param gebieden the developmental areas, null if unknown
   * @param inhoud the content items in order, null if unknown
   * @param aanlevering the ways of delivery, null if unknown
   * @param doelen the goals, null if unknown
   * @param redenen the reasons goals were missed, null if unknown
   * @param partners the partners, null if unknown
   * @param frequentie the frequency, null if absent or unknown
   * @param anders the {@code anders} texts, null if unknown
   * @return the violations, in the order of the fields, possibly empty, not null
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public static List<DomainValidationException.Violation> violations(ResultaatafsprakenStatus status, Reikwijdte reikwijdte,
      Set<Ontwikkelingsgebied> gebieden, Collection<Inhoud> inhoud, Set<Aanlevering> aanlevering, List<Doel> doelen,
      Set<RedenNietBehaald> redenen, Set<Gesprekspartner> partners, Frequentie frequentie, Map<String, String> anders) {
    List<DomainValidationException.Violation> violations = new ArrayList<>();
    if (status != null && status != ResultaatafsprakenStatus.WEL) {
      String leeg = "must be empty with status " + status.name();
      String afwezig = "must be absent with status " + status.name();
      if (reikwijdte != null) {
        violations.add(DomainValidationException.Violation.of("reikwijdte", afwezig, reikwijdte));
      }
      leeg(violations, "ontwikkelingsgebieden", gebieden, leeg);
      leeg(violations, "inhoud", inhoud, leeg);
      leeg(violations, "aanlevering", aanlevering, leeg);
      leeg(violations, "doelen", doelen, leeg);
      leeg(violations, "redenenNietBehaald", redenen, leeg);
      leeg(violations, "gesprekspartners", partners, leeg);
      if (frequentie != null) {
        violations.add(DomainValidationException.Violation.of("frequentie", afwezig, frequentie));
      }
    }
    if (gebieden != null && inhoud != null) {
      int k = 0;
      for (Inhoud item : inhoud) {
        if (item != null && !gebieden.contains(item.gebied())) {
          violations.add(DomainValidationException.Violation.of("inhoud[" + k + "].gebied",
              "must be one of ontwikkelingsgebieden " + gebieden, item.gebied()));
        }
        k++;
      }
    }
    if (doelen != null && doelen.stream().allMatch(java.util.Objects::nonNull) && redenen != null && !redenen.isEmpty()) {
      DoelbereikGrof grof = Doelbereik.evalueer(doelen).grof();
      if (grof != DoelbereikGrof.DEELS_BEHAALD && grof != DoelbereikGrof.NIET_BEHAALD) {
        violations.add(DomainValidationException.Violation.ofField("redenenNietBehaald",
            "allowed only when the goals are DEELS_BEHAALD or NIET_BEHAALD, not " + grof.name(), redenen));
      }
    }
    Map<String, Set<?>> redenenVelden = new java.util.HashMap<>();
    redenenVelden.put("redenenNietBehaald", redenen);
    violations.addAll(Checks.andersViolations(anders, redenenVelden));
    return List.copyOf(violations);
  }

  private static void leeg(List<DomainValidationException.Violation> violations, String veld, Collection<?> waarde,
      String regel) {
    if (waarde != null && !waarde.isEmpty()) {
      violations.add(DomainValidationException.Violation.ofField(veld, regel, waarde));
    }
  }

  /**
   * Builds a {@link Resultaatafspraken}; each setter replaces the field's value. Obtain one with
   * {@link Resultaatafspraken#wel()} or {@link Resultaatafspraken#builder}.
   *
   * <p>This class is mutable and not thread-safe; the built value is immutable.
   */
  public static final class Builder {
    private final ResultaatafsprakenStatus status;
    private Reikwijdte reikwijdte;
    private Map<String, String> anders = Map.of();
    private Set<Ontwikkelingsgebied> ontwikkelingsgebieden = Set.of();
    private Set<Inhoud> inhoud = Set.of();
    private Set<Aanlevering> aanlevering = Set.of();
    private List<Doel> doelen = List.of();
    private Set<RedenNietBehaald> redenenNietBehaald = Set.of();
    private Set<Gesprekspartner> gesprekspartners = Set.of();
    private Frequentie frequentie;

    private Builder(ResultaatafsprakenStatus status) {
      this.status = status;
    }

    /**
     * Sets the scope.
     *
     * @param reikwijdte the scope, null for none
     * @return this builder
     */
    public Builder reikwijdte(Reikwijdte reikwijdte) {
      this.reikwijdte = reikwijdte;
      return this;
    }

    /**
     * Sets the developmental areas.
     *
     * @param gebieden the areas, not null
     * @return this builder
     * @throws DomainValidationException if the argument is null or holds null
     */
    public Builder ontwikkelingsgebieden(Collection<Ontwikkelingsgebied> gebieden) {
      this.ontwikkelingsgebieden = enumSet(gebieden, Ontwikkelingsgebied.class, "ontwikkelingsgebieden");
      return this;
    }

    /**
     * Sets the developmental areas.
     *
     * @param gebieden the areas, not null
     * @return this builder
     * @throws DomainValidationException if the argument is null or holds null
     */
    public Builder ontwikkelingsgebieden(Ontwikkelingsgebied... gebieden) {
      return ontwikkelingsgebieden(lijst(gebieden, "ontwikkelingsgebieden"));
    }

    /**
     * Sets the content items.
     *
     * @param inhoud the items, not null
     * @return this builder
     * @throws DomainValidationException if the argument is null or holds null
     */
    public Builder inhoud(Collection<Inhoud> inhoud) {
      this.inhoud = new LinkedHashSet<>(Checks.noNulls(inhoud, "inhoud"));
      return this;
    }

    /**
     * Sets the content items.
     *
     * @param inhoud the items, not null
     * @return this builder
     * @throws DomainValidationException if the argument is null or holds null
     */
    public Builder inhoud(Inhoud... inhoud) {
      return inhoud(lijst(inhoud, "inhoud"));
    }

    /**
     * Sets the ways of delivery.
     *
     * @param aanlevering the ways, not null
     * @return this builder
     * @throws DomainValidationException if the argument is null or holds null
     */
    public Builder aanlevering(Collection<Aanlevering> aanlevering) {
      this.aanlevering = enumSet(aanlevering, Aanlevering.class, "aanlevering");
      return this;
    }

    /**
     * Sets the ways of delivery.
     *
     * @param aanlevering the ways, not null
     * @return this builder
     * @throws DomainValidationException if the argument is null or holds null
     */
    public Builder aanlevering(Aanlevering... aanlevering) {
      return aanlevering(lijst(aanlevering, "aanlevering"));
    }

    /**
     * Sets the goals.
     *
     * @param doelen the goals in order, not null
     * @return this builder
     * @throws DomainValidationException if the argument is null or holds null
     */
    public Builder doelen(List<Doel> doelen) {
      this.doelen = new ArrayList<>(Checks.noNulls(doelen, "doelen"));
      return this;
    }

    /**
     * Sets the goals.
     *
     * @param doelen the goals in order, not null
     * @return this builder
     * @throws DomainValidationException if the argument is null or holds null
     */
    public Builder doelen(Doel... doelen) {
      return doelen(lijst(doelen, "doelen"));
    }

    /**
     * Sets the reasons why goals were not (fully) achieved.
     *
     * @param redenen the reasons, not null
     * @return this builder
     * @throws DomainValidationException if the argument is null or holds null
     */
    public Builder redenenNietBehaald(Collection<RedenNietBehaald> redenen) {
      this.redenenNietBehaald = enumSet(redenen, RedenNietBehaald.class, "redenenNietBehaald");
      return this;
    }

    /**
     * Sets the reasons why goals were not (fully) achieved.
     *
     * @param redenen the reasons, not null
     * @return this builder
     * @throws DomainValidationException if the argument is null or holds null
     */
    public Builder redenenNietBehaald(RedenNietBehaald... redenen) {
      return redenenNietBehaald(lijst(redenen, "redenenNietBehaald"));
    }

    /**
     * Sets with whom the results are discussed.
     *
     * @param partners the partners, not null
     * @return this builder
     * @throws DomainValidationException if the argument is null or holds null
     */
    public Builder gesprekspartners(Collection<Gesprekspartner> partners) {
      this.gesprekspartners = enumSet(partners, Gesprekspartner.class, "gesprekspartners");
      return this;
    }

    /**
     * Sets with whom the results are discussed.
     *
     * @param partners the partners, not null
     * @return this builder
     * @throws DomainValidationException if the argument is null or holds null
     */
    public Builder gesprekspartners(Gesprekspartner... partners) {
      return gesprekspartners(lijst(partners, "gesprekspartners"));
    }

    /**
     * Sets how often the results are discussed.
     *
     * @param frequentie the frequency, null for none
     * @return this builder
     */
    public Builder frequentie(Frequentie frequentie) {
      this.frequentie = frequentie;
      return this;
    }

    /**
     * Sets the {@code anders} text ({@code lea-vragenlijst/2}).
     *
     * @param anders the text by reasons field ({@code redenenNietBehaald}), not null
     * @return this builder
     * @throws DomainValidationException if the map is null or holds null
     */
    public Builder anders(Map<String, String> anders) {
      this.anders = Map.copyOf(Checks.noNulls(anders, "anders"));
      return this;
    }

    /**
     * Builds the value, checking every rule.
     *
     * @return the resultaatafspraken, not null
     * @throws DomainValidationException if a rule is broken
     */
    public Resultaatafspraken build() {
      return ImmutableResultaatafspraken.construct(
          status,
          Optional.ofNullable(reikwijdte),
          ontwikkelingsgebieden,
          inhoud,
          aanlevering,
          doelen,
          redenenNietBehaald,
          gesprekspartners,
          Optional.ofNullable(frequentie),
          anders);
    }

    private static <E extends Enum<E>> Set<E> enumSet(
        Collection<E> waarden, Class<E> type, String veld) {
      Checks.noNulls(waarden, veld);
      Set<E> set = EnumSet.noneOf(type);
      set.addAll(waarden);
      return set;
    }

    private static <T> List<T> lijst(T[] waarden, String veld) {
      Checks.notNull(waarden, veld);
      return Checks.noNulls(Arrays.asList(waarden), veld);
    }
  }
}
