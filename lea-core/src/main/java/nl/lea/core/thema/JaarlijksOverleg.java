package nl.lea.core.thema;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.lea.core.DomainValidationException;
import nl.lea.core.internal.Checks;
import nl.lea.core.internal.LeaStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The gemeente's yearly overleg with its partners, as {@code lea-vragenlijst/2} asks it
 * (docs/jaarverantwoording.md §1): whether an overleg under the name LEA took place, in which
 * forums the overleg was held, and with whom.
 *
 * <p>This is not the per-thema overleg of {@link ThemaAntwoord}: a gemeente may discuss a thema in
 * the OOGO and still hold no overleg under the name LEA (report §1.1, "70 gemeenten"). An overleg
 * under the name LEA took place exactly when {@link Overlegvorm#LEA} is among the forums (rule
 * 11). For example:
 *
 * <pre>{@code
 * JaarlijksOverleg overleg = JaarlijksOverleg.of(false, Set.of(Overlegvorm.OOGO),
 *     Set.of(Overlegpartij.SAMENWERKINGSVERBANDEN));
 * overleg.leaOverlegGevoerd(); // false
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
@Value.Immutable
@LeaStyle
public abstract class JaarlijksOverleg {

  JaarlijksOverleg() {}

  /**
   * Obtains the yearly overleg.
   *
   * @param leaOverlegGevoerd whether an overleg under the name LEA took place
   * @param overlegvormen the forums, containing {@link Overlegvorm#LEA} exactly when {@code
   *     leaOverlegGevoerd}, not null
   * @param partijen the parties, possibly empty, not null
   * @return the overleg, not null
   * @throws DomainValidationException if a set is null or holds null, or the forums contradict
   *     {@code leaOverlegGevoerd}
   */
  public static JaarlijksOverleg of(boolean leaOverlegGevoerd, Set<Overlegvorm> overlegvormen, Set<Overlegpartij> partijen) {
    return ImmutableJaarlijksOverleg.construct(leaOverlegGevoerd,
        Checks.noNulls(overlegvormen, "overlegvormen"), Checks.noNulls(partijen, "partijen"));
  }

  /**
   * Checks if an overleg under the name LEA took place in the verslagjaar.
   *
   * @return true if it did
   */
  public abstract boolean leaOverlegGevoerd();

  /**
   * Gets the forums in which the yearly overleg was held.
   *
   * @return the forums, possibly empty, not null
   */
  public abstract Set<Overlegvorm> overlegvormen();

  /**
   * Gets the parties of the yearly overleg.
   *
   * @return the parties, possibly empty, not null
   */
  public abstract Set<Overlegpartij> partijen();

  @Value.Check
  void check() {
    DomainValidationException.throwIfAny(violations(leaOverlegGevoerd(), overlegvormen()));
  }

  /**
   * Lists the violations of rule 11: {@code leaOverlegGevoerd} exactly when the forums hold {@code
   * LEA}.
   *
   * <p>For lea's readers, which report every error of a document at once: a null argument is
   * unknown and skips the rule. Not for applications: it may change without notice.
   *
   * @param leaOverlegGevoerd whether an overleg under the name LEA took place, null if unknown
   * @param overlegvormen the forums, null if unknown
   * @return the violations, possibly empty, not null
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public static List<DomainValidationException.Violation> violations(Boolean leaOverlegGevoerd, Set<Overlegvorm> overlegvormen) {
    List<DomainValidationException.Violation> lijst = new ArrayList<>();
    if (leaOverlegGevoerd != null && overlegvormen != null && leaOverlegGevoerd != overlegvormen.contains(Overlegvorm.LEA)) {
      lijst.add(DomainValidationException.Violation.ofField("overlegvormen", leaOverlegGevoerd
          ? "must contain LEA when leaOverlegGevoerd is true" : "must not contain LEA when leaOverlegGevoerd is false",
          overlegvormen));
    }
    return List.copyOf(lijst);
  }
}
