package nl.lea.core.vve;

import java.util.List;
import java.util.Set;
import nl.lea.core.DomainValidationException;
import nl.lea.core.RedenGeenOverleg;
import nl.lea.core.internal.Checks;
import nl.lea.core.internal.LeaStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A gemeente's answer about the yearly consultation on one vve onderwerp: the outcome and, without
 * overleg, the reasons (docs/domein.md §3.8).
 *
 * <p>The outcome must be allowed for the onderwerp ({@link VveUitkomst#isToegestaanVoor}), and
 * reasons are allowed only with {@link VveUitkomst#GEEN_OVERLEG}. For example:
 *
 * <pre>{@code
 * OnderwerpAntwoord toeleiding = OnderwerpAntwoord.of(VveOnderwerp.TOELEIDING,
 *     VveUitkomst.GEEN_OVERLEG, Set.of(RedenGeenOverleg.AFSPRAKEN_LOPEN_NOG));
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 */
@API(status = API.Status.STABLE, since = "0.1")
@Value.Immutable
@LeaStyle
public abstract class OnderwerpAntwoord {

  OnderwerpAntwoord() {}

  /**
   * Obtains an answer with reasons for not consulting.
   *
   * @param onderwerp the onderwerp, not null
   * @param uitkomst the outcome, allowed for the onderwerp, not null
   * @param redenenGeenOverleg the reasons, empty unless the outcome is {@code GEEN_OVERLEG}, not
   *     null
   * @return the answer, not null
   * @throws DomainValidationException if an argument is null or holds null, the outcome is not
   *     allowed for the onderwerp, or reasons are given with overleg
   */
  public static OnderwerpAntwoord of(
      VveOnderwerp onderwerp, VveUitkomst uitkomst, Set<RedenGeenOverleg> redenenGeenOverleg) {
    return ImmutableOnderwerpAntwoord.construct(
        Checks.notNull(onderwerp, "onderwerp"),
        Checks.notNull(uitkomst, "uitkomst"),
        Checks.noNulls(redenenGeenOverleg, "redenenGeenOverleg"));
  }

  /**
   * Obtains an answer without reasons.
   *
   * <p>For example, {@code OnderwerpAntwoord.of(VveOnderwerp.DOORGAANDE_LIJN,
   * VveUitkomst.VOLDOET)}.
   *
   * @param onderwerp the onderwerp, not null
   * @param uitkomst the outcome, allowed for the onderwerp, not null
   * @return the answer, not null
   * @throws DomainValidationException if an argument is null or the outcome is not allowed for
   *     the onderwerp
   */
  public static OnderwerpAntwoord of(VveOnderwerp onderwerp, VveUitkomst uitkomst) {
    return of(onderwerp, uitkomst, Set.of());
  }

  /**
   * Gets the onderwerp.
   *
   * @return the onderwerp, not null
   */
  public abstract VveOnderwerp onderwerp();

  /**
   * Gets the outcome.
   *
   * @return the outcome, not null
   */
  public abstract VveUitkomst uitkomst();

  /**
   * Gets the reasons for not consulting.
   *
   * @return the reasons, empty unless the outcome is {@code GEEN_OVERLEG}, not null
   */
  public abstract Set<RedenGeenOverleg> redenenGeenOverleg();

  @Value.Check
  void check() {
    DomainValidationException.throwIfAny(violations(onderwerp(), uitkomst(), redenenGeenOverleg()));
  }

  /**
   * Lists the violations of an answer's rules: the outcome is allowed for the onderwerp ({@link
   * VveUitkomst#isToegestaanVoor}), and reasons for not consulting come only with {@code
   * GEEN_OVERLEG} (checked when the outcome is allowed).
   *
   * <p>For lea's readers, which report every error of a document at once: a null argument is
   * unknown and skips the rules that need it. The factories check the same rules. Not for
   * applications: it may change without notice.
   *
   * @param onderwerp the onderwerp, null if unknown
   * @param uitkomst the outcome, null if unknown
   * @param redenenGeenOverleg the reasons for not consulting, null if unknown
   * @return the violations, possibly empty, not null
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public static List<DomainValidationException.Violation> violations(VveOnderwerp onderwerp, VveUitkomst uitkomst,
      Set<RedenGeenOverleg> redenenGeenOverleg) {
    if (uitkomst == null) {
      return List.of();
    }
    if (onderwerp != null && !uitkomst.isToegestaanVoor(onderwerp)) {
      return List.of(DomainValidationException.Violation.of("uitkomst", "is not allowed for " + onderwerp.name(), uitkomst));
    }
    if (uitkomst != VveUitkomst.GEEN_OVERLEG && redenenGeenOverleg != null && !redenenGeenOverleg.isEmpty()) {
      return List.of(DomainValidationException.Violation.ofField(
          "redenenGeenOverleg", "allowed only with uitkomst GEEN_OVERLEG", redenenGeenOverleg));
    }
    return List.of();
  }
}
