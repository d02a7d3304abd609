package nl.lea.core.vve;

import java.util.List;
import java.util.Map;
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
 * reasons are allowed only with {@link VveUitkomst#GEEN_OVERLEG}. A {@code lea-vragenlijst/2}
 * answer may explain the reason {@code ANDERS} in {@link #anders()} (rule 14). For example:
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
@Value.Immutable(builder = false, copy = true)
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
        Checks.noNulls(redenenGeenOverleg, "redenenGeenOverleg"),
        Map.of());
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

  /**
   * Gets the {@code anders} text ({@code lea-vragenlijst/2}): what the reason {@code ANDERS}
   * means.
   *
   * @return the text by reasons field ({@code redenenGeenOverleg}), possibly empty, not null
   */
  public abstract Map<String, String> anders();

  /**
   * Returns a copy with another {@code anders} text.
   *
   * @param anders the text by reasons field ({@code redenenGeenOverleg}), not null
   * @return the copy, not null
   * @throws DomainValidationException if the map is null or holds null, a key names no reasons
   *     field holding {@code ANDERS}, or a text breaks the text rule
   */
  public OnderwerpAntwoord withAnders(Map<String, String> anders) {
    return ((ImmutableOnderwerpAntwoord) this).copyWithAnders(Checks.noNulls(anders, "anders"));
  }

  /**
   * Checks if any item only {@code lea-vragenlijst/2} asks is present: an {@code anders} text.
   *
   * @return true if such an item is present
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public boolean heeftVersie2Gegevens() {
    return !anders().isEmpty();
  }

  @Value.Check
  void check() {
    List<DomainValidationException.Violation> lijst = new java.util.ArrayList<>(violations(onderwerp(), uitkomst(),
        redenenGeenOverleg()));
    lijst.addAll(andersViolations(redenenGeenOverleg(), anders()));
    DomainValidationException.throwIfAny(lijst);
  }

  /**
   * Lists the violations of the {@code anders} rule (rule 14) for an onderwerp answer.
   *
   * <p>For lea's readers; a null argument is unknown. Not for applications.
   *
   * @param redenenGeenOverleg the reasons, null if unknown
   * @param anders the texts, null if unknown
   * @return the violations, possibly empty, not null
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public static List<DomainValidationException.Violation> andersViolations(Set<RedenGeenOverleg> redenenGeenOverleg,
      Map<String, String> anders) {
    Map<String, Set<?>> redenen = new java.util.LinkedHashMap<>();
    redenen.put("redenenGeenOverleg", redenenGeenOverleg);
    return Checks.andersViolations(anders, redenen);
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
