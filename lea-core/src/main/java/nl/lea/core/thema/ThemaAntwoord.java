package nl.lea.core.thema;

import java.util.List;
import java.util.Set;
import nl.lea.core.DomainValidationException;
import nl.lea.core.RedenGeenOverleg;
import nl.lea.core.doel.Doel;
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
 * given). For example:
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
@Value.Immutable
@LeaStyle
public abstract class ThemaAntwoord {

  ThemaAntwoord() {}

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
        Checks.noNulls(doelen, "doelen"));
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
    return of(overleg, redenenGeenOverleg(), afspraken(), doelen());
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
    return of(overleg(), redenenGeenOverleg, afspraken(), doelen());
  }

  /**
   * Returns a copy with another agreement status.
   *
   * @param afspraken the status, not null
   * @return the copy, not null
   * @throws DomainValidationException if the status is null
   */
  public ThemaAntwoord withAfspraken(AfspraakStatus afspraken) {
    return of(overleg(), redenenGeenOverleg(), afspraken, doelen());
  }

  /**
   * Returns a copy with other goals.
   *
   * @param doelen the goals in order, not null
   * @return the copy, not null
   * @throws DomainValidationException if the list is null or holds null
   */
  public ThemaAntwoord withDoelen(List<Doel> doelen) {
    return of(overleg(), redenenGeenOverleg(), afspraken(), doelen);
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

  @Value.Check
  void check() {
    DomainValidationException.throwIfAny(violations(overleg(), redenenGeenOverleg()));
  }

  /**
   * Lists the violations of an answer's rules: reasons for not consulting only without overleg.
   *
   * <p>For lea's readers, which report every error of a document at once: a null argument is
   * unknown and skips the rules that need it. The factories check the same rules. Not for
   * applications: it may change without notice.
   *
   * @param overleg whether the gemeente consulted, null if unknown
   * @param redenenGeenOverleg the reasons for not consulting, null if unknown
   * @return the violations, possibly empty, not null
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public static List<DomainValidationException.Violation> violations(Boolean overleg,
      Set<RedenGeenOverleg> redenenGeenOverleg) {
    if (Boolean.TRUE.equals(overleg) && redenenGeenOverleg != null && !redenenGeenOverleg.isEmpty()) {
      return List.of(DomainValidationException.Violation.ofField(
          "redenenGeenOverleg", "allowed only when overleg is false", redenenGeenOverleg));
    }
    return List.of();
  }
}
