package nl.lea.core.doel;

import java.util.Optional;
import nl.lea.core.DomainValidationException;
import nl.lea.core.internal.Checks;
import nl.lea.core.internal.LeaStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One goal (doel) that a gemeente set within an agreement, with its status (docs/domein.md §3.5).
 *
 * <p>For example:
 *
 * <pre>{@code
 * Doel doel = Doel.of(DoelStatus.BEHAALD, "Meer peuters naar de voorschool");
 * doel.omschrijving(); // Optional[Meer peuters naar de voorschool]
 * }</pre>
 *
 * <p>Evaluate a list of goals with {@link Doelbereik#evalueer(java.util.Collection)}.
 *
 * <p>This class is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 */
@API(status = API.Status.STABLE, since = "0.1")
@Value.Immutable
@LeaStyle
public abstract class Doel {

  Doel() {}

  /**
   * Obtains a goal without a description.
   *
   * <p>For example, {@code Doel.of(DoelStatus.NIET_GEEVALUEERD)}.
   *
   * @param status the status, not null
   * @return the goal, not null
   * @throws DomainValidationException if the status is null
   */
  public static Doel of(DoelStatus status) {
    return ImmutableDoel.construct(Optional.empty(), Checks.notNull(status, "status"));
  }

  /**
   * Obtains a goal with a free-text description.
   *
   * @param status the status, not null
   * @param omschrijving the description, kept as given, not null
   * @return the goal, not null
   * @throws DomainValidationException if an argument is null
   */
  public static Doel of(DoelStatus status, String omschrijving) {
    return ImmutableDoel.construct(
        Optional.of(Checks.notNull(omschrijving, "omschrijving")), Checks.notNull(status, "status"));
  }

  /**
   * Gets the free-text description.
   *
   * @return the description, empty if none was given
   */
  public abstract Optional<String> omschrijving();

  /**
   * Gets the status.
   *
   * @return the status, not null
   */
  public abstract DoelStatus status();
}
