package nl.lea.core.thema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.lea.core.DomainValidationException;
import nl.lea.core.RedenGeenOverleg;
import nl.lea.core.doel.Doel;
import nl.lea.core.doel.DoelStatus;
import nl.lea.core.doel.Doelbereik;
import nl.lea.core.internal.Checks;
import nl.lea.core.internal.LeaStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A gemeente's answer about one LEA thema in the verslagjaar (docs/domein.md §3.4): whether it consulted,
 * why not, its agreements and its goals.
 *
 * <p>Reasons for not consulting are allowed only without overleg (the set may be empty: no reason
 * given). A {@code lea-vragenlijst/2} answer adds reasons for no agreements, for no goals and for
 * goals not evaluated, each allowed only where it applies, and an {@code anders} text per reasons
 * field that holds {@code ANDERS} (docs/jaarverantwoording.md rules 13 and 14); an answer from
 * {@code lea-vragenlijst/1} was not asked them and has none. For example:
 *
 * <pre>{@code
 * ThemaAntwoord antwoord = ThemaAntwoord.of(true, Set.of(), AfspraakStatus.LOPEND,
 *     List.of(Doel.of(DoelStatus.BEHAALD)));
 * antwoord.doelbereik(); // ALLE_BEHAALD
 * ThemaAntwoord geen = ThemaAntwoord.geenOverleg(Set.of(RedenGeenOverleg.GEEN_CAPACITEIT),
 *     AfspraakStatus.GEEN);
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 */
@API(status = API.Status.STABLE, since = "0.1")
@Value.Immutable(builder = false, copy = true)
@LeaStyle
public abstract class ThemaAntwoord {

  ThemaAntwoord() {}

  // The copies below delegate to the generated copy methods, which carry every other attribute
  // over and validate again.

  /**
   * Obtains an answer from all its parts.
   *
   * @param overleg whether the gemeente consulted on the thema
   * @param redenenGeenOverleg the reasons for not consulting, empty when {@code overleg} is true,
   *     not null
   * @param afspraken the agreement status, not null
   * @param doelen the goals in order, possibly empty, not null
   * @return the answer, not null
   * @throws DomainValidationException if an argument is null or holds null, or reasons are given
   *     with overleg
   */
  public static ThemaAntwoord of(
      boolean overleg,
      Set<RedenGeenOverleg> redenenGeenOverleg,
      AfspraakStatus afspraken,
      List<Doel> doelen) {
    return ImmutableThemaAntwoord.construct(
        overleg,
        Checks.noNulls(redenenGeenOverleg, "redenenGeenOverleg"),
        Checks.notNull(afspraken, "afspraken"),
        Checks.noNulls(doelen, "doelen"),
        Set.of(),
        Set.of(),
        Set.of(),
        Map.of());
  }

  /**
   * Obtains the answer of a gemeente that did not consult on the thema and set no goals.
   *
   * @param redenen the reasons given, possibly empty, not null
   * @param afspraken the agreement status, not null
   * @return the answer, not null
   * @throws DomainValidationException if an argument is null or holds null
   */
  public static ThemaAntwoord geenOverleg(Set<RedenGeenOverleg> redenen, AfspraakStatus afspraken) {
    return of(false, redenen, afspraken, List.of());
  }

  /**
   * Checks if the gemeente consulted on the thema in the verslagjaar.
   *
   * @return true if there was overleg
   */
  public abstract boolean overleg();

  /**
   * Returns a copy with another overleg answer; reasons must then fit it.
   *
   * <p>For example, {@code antwoord.withRedenenGeenOverleg(Set.of()).withOverleg(true)}.
   *
   * @param overleg whether the gemeente consulted
   * @return the copy, not null
   * @throws DomainValidationException if reasons are given with overleg
   */
  public ThemaAntwoord withOverleg(boolean overleg) {
    return ((ImmutableThemaAntwoord) this).copyWithOverleg(overleg);
  }

  /**
   * Returns a copy with other reasons for not consulting.
   *
   * @param redenenGeenOverleg the reasons, empty when {@code overleg} is true, not null
   * @return the copy, not null
   * @throws DomainValidationException if the set is null or holds null, or reasons are given with
   *     overleg
   */
  public ThemaAntwoord withRedenenGeenOverleg(Set<RedenGeenOverleg> redenenGeenOverleg) {
    return ((ImmutableThemaAntwoord) this).copyWithRedenenGeenOverleg(Checks.noNulls(redenenGeenOverleg, "redenenGeenOverleg"));
  }

  /**
   * Returns a copy with another agreement status.
   *
   * @param afspraken the status, not null
   * @return the copy, not null
   * @throws DomainValidationException if the status is null
   */
  public ThemaAntwoord withAfspraken(AfspraakStatus afspraken) {
    return ((ImmutableThemaAntwoord) this).copyWithAfspraken(Checks.notNull(afspraken, "afspraken"));
  }

  /**
   * Returns a copy with other goals.
   *
   * @param doelen the goals in order, not null
   * @return the copy, not null
   * @throws DomainValidationException if the list is null or holds null
   */
  public ThemaAntwoord withDoelen(List<Doel> doelen) {
    return ((ImmutableThemaAntwoord) this).copyWithDoelen(Checks.noNulls(doelen, "doelen"));
  }

  /**
   * Returns a copy with other reasons for having no agreements ({@code lea-vragenlijst/2}).
   *
   * @param redenen the reasons, empty unless the afspraken are {@code GEEN}, not null
   * @return the copy, not null
   * @throws DomainValidationException if the set is null or holds null, or reasons are given with
   *     agreements
   */
  public ThemaAntwoord withRedenenGeenAfspraken(Set<RedenGeenAfspraken> redenen) {
    return ((ImmutableThemaAntwoord) this).copyWithRedenenGeenAfspraken(Checks.noNulls(redenen, "redenenGeenAfspraken"));
  }

  /**
   * Returns a copy with other reasons for having no goals ({@code lea-vragenlijst/2}).
   *
   * @param redenen the reasons, empty unless there are no doelen, not null
   * @return the copy, not null
   * @throws DomainValidationException if the set is null or holds null, or reasons are given with
   *     goals
   */
  public ThemaAntwoord withRedenenGeenDoelen(Set<RedenGeenDoelen> redenen) {
    return ((ImmutableThemaAntwoord) this).copyWithRedenenGeenDoelen(Checks.noNulls(redenen, "redenenGeenDoelen"));
  }

  /**
   * Returns a copy with other reasons for goals not evaluated ({@code lea-vragenlijst/2}).
   *
   * @param redenen the reasons, empty unless a doel is {@code NIET_GEEVALUEERD}, not null
   * @return the copy, not null
   * @throws DomainValidationException if the set is null or holds null, or reasons are given
   *     while every goal was evaluated
   */
  public ThemaAntwoord withRedenenNietGeevalueerd(Set<RedenNietGeevalueerd> redenen) {
    return ((ImmutableThemaAntwoord) this).copyWithRedenenNietGeevalueerd(Checks.noNulls(redenen, "redenenNietGeevalueerd"));
  }

  /**
   * Returns a copy with other {@code anders} texts ({@code lea-vragenlijst/2}).
   *
   * <p>For example, {@code antwoord.withAnders(Map.of("redenenGeenOverleg", "Werkdruk bij de
   * schoolbesturen."))} for an answer whose reasons for not consulting hold {@code ANDERS}.
   *
   * @param anders the texts by reasons field ({@code redenenGeenOverleg}, {@code
   *     redenenGeenAfspraken}, {@code redenenGeenDoelen}, {@code redenenNietGeevalueerd}), not null
   * @return the copy, not null
   * @throws DomainValidationException if the map is null or holds null, a key names no reasons
   *     field holding {@code ANDERS}, or a text breaks the text rule
   */
  public ThemaAntwoord withAnders(Map<String, String> anders) {
    return ((ImmutableThemaAntwoord) this).copyWithAnders(Checks.noNulls(anders, "anders"));
  }

  /**
   * Gets the reasons for not consulting.
   *
   * @return the reasons, empty with overleg, not null
   */
  public abstract Set<RedenGeenOverleg> redenenGeenOverleg();

  /**
   * Gets the agreement status.
   *
   * @return the status, not null
   */
  public abstract AfspraakStatus afspraken();

  /**
   * Gets the goals, in the order given.
   *
   * @return the goals, possibly empty, not null
   */
  public abstract List<Doel> doelen();

  /**
   * Gets the reasons for having no agreements ({@code lea-vragenlijst/2}).
   *
   * @return the reasons, empty if none were given or the question was not asked, not null
   */
  public abstract Set<RedenGeenAfspraken> redenenGeenAfspraken();

  /**
   * Gets the reasons for having no goals ({@code lea-vragenlijst/2}).
   *
   * @return the reasons, empty if none were given or the question was not asked, not null
   */
  public abstract Set<RedenGeenDoelen> redenenGeenDoelen();

  /**
   * Gets the reasons why goals were not evaluated ({@code lea-vragenlijst/2}).
   *
   * @return the reasons, empty if none were given or the question was not asked, not null
   */
  public abstract Set<RedenNietGeevalueerd> redenenNietGeevalueerd();

  /**
   * Gets the {@code anders} texts: what "anders" means, per reasons field that holds it.
   *
   * @return the texts by reasons field, possibly empty, not null
   */
  public abstract Map<String, String> anders();

  /**
   * Evaluates the goals into their goal-attainment category (docs/domein.md §3.6).
   *
   * @return the category, not null
   */
  public Doelbereik doelbereik() {
    return Doelbereik.evalueer(doelen());
  }

  /**
   * Checks if the gemeente had new or running agreements on the thema.
   *
   * @return true if the afspraken are {@code NIEUW} or {@code LOPEND}
   */
  public boolean heeftAfspraken() {
    return afspraken() != AfspraakStatus.GEEN;
  }

  /**
   * Checks if any item only {@code lea-vragenlijst/2} asks is present: a reason for no agreements,
   * no goals or goals not evaluated, or an {@code anders} text.
   *
   * @return true if such an item is present
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public boolean heeftVersie2Gegevens() {
    return !redenenGeenAfspraken().isEmpty() || !redenenGeenDoelen().isEmpty() || !redenenNietGeevalueerd().isEmpty()
        || !anders().isEmpty();
  }

  @Value.Check
  void check() {
    DomainValidationException.throwIfAny(violations(overleg(), redenenGeenOverleg(), afspraken(), doelen(),
        redenenGeenAfspraken(), redenenGeenDoelen(), redenenNietGeevalueerd(), anders()));
  }

  /**
   * Lists the violations of an answer's rules: reasons for not consulting only without overleg;
   * reasons for no agreements only with afspraken {@code GEEN}, for no goals only without doelen,
   * for goals not evaluated only with a doel {@code NIET_GEEVALUEERD}; the {@code anders} rule.
   *
   * <p>For lea's readers, which report every error of a document at once: a null argument is
   * unknown and skips the rules that need it. The factories check the same rules. Not for
   * applications: it may change without notice.
   *
   * @param overleg whether the gemeente consulted, null if unknown
   * @param redenenGeenOverleg the reasons for not consulting, null if unknown
   * @param afspraken the agreement status, null if unknown
   * @param doelen the goals, null if unknown
   * @param redenenGeenAfspraken the reasons for no agreements, null if unknown
   * @param redenenGeenDoelen the reasons for no goals, null if unknown
   * @param redenenNietGeevalueerd the reasons for goals not evaluated, null if unknown
   * @param anders the {@code anders} texts, null if unknown
   * @return the violations, possibly empty, not null
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public static List<DomainValidationException.Violation> violations(Boolean overleg,
      Set<RedenGeenOverleg> redenenGeenOverleg, AfspraakStatus afspraken, List<Doel> doelen,
      Set<RedenGeenAfspraken> redenenGeenAfspraken, Set<RedenGeenDoelen> redenenGeenDoelen,
      Set<RedenNietGeevalueerd> redenenNietGeevalueerd, Map<String, String> anders) {
    List<DomainValidationException.Violation> lijst = new java.util.ArrayList<>();
    if (Boolean.TRUE.equals(overleg) && gevuld(redenenGeenOverleg)) {
      lijst.add(DomainValidationException.Violation.ofField(
          "redenenGeenOverleg", "allowed only when overleg is false", redenenGeenOverleg));
    }
    if (afspraken != null && afspraken != AfspraakStatus.GEEN && gevuld(redenenGeenAfspraken)) {
      lijst.add(DomainValidationException.Violation.ofField(
          "redenenGeenAfspraken", "allowed only when afspraken is GEEN", redenenGeenAfspraken));
    }
    if (doelen != null && !doelen.isEmpty() && gevuld(redenenGeenDoelen)) {
      lijst.add(DomainValidationException.Violation.ofField(
          "redenenGeenDoelen", "allowed only when doelen is empty", redenenGeenDoelen));
    }
    if (doelen != null && doelen.stream().allMatch(d -> d != null && d.status() != DoelStatus.NIET_GEEVALUEERD)
        && gevuld(redenenNietGeevalueerd)) {
      lijst.add(DomainValidationException.Violation.ofField(
          "redenenNietGeevalueerd", "allowed only when a doel has status NIET_GEEVALUEERD", redenenNietGeevalueerd));
    }
    Map<String, Set<?>> redenen = new LinkedHashMap<>();
    redenen.put("redenenGeenOverleg", redenenGeenOverleg);
    redenen.put("redenenGeenAfspraken", redenenGeenAfspraken);
    redenen.put("redenenGeenDoelen", redenenGeenDoelen);
    redenen.put("redenenNietGeevalueerd", redenenNietGeevalueerd);
    lijst.addAll(Checks.andersViolations(anders, redenen));
    return List.copyOf(lijst);
  }

  private static boolean gevuld(Set<?> redenen) {
    return redenen != null && !redenen.isEmpty();
  }
}
