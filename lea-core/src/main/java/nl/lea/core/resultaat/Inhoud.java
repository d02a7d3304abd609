package nl.lea.core.resultaat;

import java.util.Comparator;
import nl.lea.core.DomainValidationException;
import nl.lea.core.internal.Checks;
import nl.lea.core.internal.LeaStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One content item of resultaatafspraken: in which terms ({@link InhoudType}) an agreement on a
 * developmental area ({@link Ontwikkelingsgebied}) is phrased (docs/domein.md §3.12, report Tabel 2.2).
 *
 * <p>Ordered by type, then gebied. For example, {@code Inhoud.of(InhoudType.EINDE_GROEP_2,
 * Ontwikkelingsgebied.TAAL)}.
 *
 * <p>This class is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 */
@API(status = API.Status.STABLE, since = "0.1")
@Value.Immutable
@LeaStyle
public abstract class Inhoud implements Comparable<Inhoud> {

  private static final Comparator<Inhoud> ORDE =
      Comparator.comparing(Inhoud::type).thenComparing(Inhoud::gebied);

  Inhoud() {}

  /**
   * Obtains a content item.
   *
   * @param type the terms of the agreement, not null
   * @param gebied the developmental area, not null
   * @return the item, not null
   * @throws DomainValidationException if an argument is null
   */
  public static Inhoud of(InhoudType type, Ontwikkelingsgebied gebied) {
    return ImmutableInhoud.construct(Checks.notNull(type, "type"), Checks.notNull(gebied, "gebied"));
  }

  /**
   * Gets the terms of the agreement.
   *
   * @return the type, not null
   */
  public abstract InhoudType type();

  /**
   * Gets the developmental area.
   *
   * @return the gebied, not null
   */
  public abstract Ontwikkelingsgebied gebied();

  @Override
  public int compareTo(Inhoud other) {
    return ORDE.compare(this, other);
  }
}
