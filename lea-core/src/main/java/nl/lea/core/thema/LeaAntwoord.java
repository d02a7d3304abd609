package nl.lea.core.thema;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import nl.lea.core.DomainValidationException;
import nl.lea.core.internal.Checks;
import nl.lea.core.internal.LeaStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A gemeente's answers about the four LEA themes in the verslagjaar: exactly one {@link
 * ThemaAntwoord} per {@link LeaThema}.
 *
 * <p>For example:
 *
 * <pre>{@code
 * Map<LeaThema, ThemaAntwoord> perThema = new EnumMap<>(LeaThema.class);
 * for (LeaThema thema : LeaThema.values()) {
 *   perThema.put(thema, ThemaAntwoord.geenOverleg(Set.of(), AfspraakStatus.GEEN));
 * }
 * LeaAntwoord lea = LeaAntwoord.of(perThema);
 * lea.isOverlegOpEnigThema(); // false
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 */
@API(status = API.Status.STABLE, since = "0.1")
@Value.Immutable
@LeaStyle
public abstract class LeaAntwoord {

  LeaAntwoord() {}

  /**
   * Obtains the answers from a map holding every thema.
   *
   * @param perThema the answer per thema, with all four themes as keys, not null
   * @return the answers, not null
   * @throws DomainValidationException if the map is null, holds null or misses a thema
   */
  public static LeaAntwoord of(Map<LeaThema, ThemaAntwoord> perThema) {
    return ImmutableLeaAntwoord.construct(Checks.noNulls(perThema, "lea"));
  }

  /**
   * Gets the answers per thema, in thema order.
   *
   * @return the map with all four themes, not null
   */
  public abstract Map<LeaThema, ThemaAntwoord> perThema();

  /**
   * Gets the answer about one thema.
   *
   * @param thema the thema, not null
   * @return the answer, not null
   * @throws DomainValidationException if the thema is null
   */
  public ThemaAntwoord thema(LeaThema thema) {
    return perThema().get(Checks.notNull(thema, "thema"));
  }

  /**
   * Checks if the gemeente consulted on at least one thema.
   *
   * @return true if any thema has overleg
   */
  public boolean isOverlegOpEnigThema() {
    return perThema().values().stream().anyMatch(ThemaAntwoord::overleg);
  }

  @Value.Check
  void check() {
    Set<LeaThema> ontbrekend = EnumSet.allOf(LeaThema.class);
    ontbrekend.removeAll(perThema().keySet());
    if (!ontbrekend.isEmpty()) {
      throw new DomainValidationException("lea", "must hold every LeaThema, missing " + ontbrekend, perThema().keySet());
    }
  }
}
