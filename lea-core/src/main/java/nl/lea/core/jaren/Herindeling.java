package nl.lea.core.jaren;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeente;
import nl.lea.core.Gemeentecode;
import nl.lea.core.internal.Checks;
import nl.lea.core.internal.LeaStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One gemeentelijke herindeling (docs/jaren.md §2): on {@link #datum()} the gemeenten {@link
 * #van()} become {@link #naar()}. A gemeente that absorbs others is both in {@code van} and {@code
 * naar} (Amsterdam absorbing Weesp); a gemeente that only changes its code is the one {@code van}
 * of a new {@code naar}.
 *
 * <p>For example, the merger into Voorne aan Zee:
 *
 * <pre>{@code
 * Herindeling voorne = Herindeling.of(LocalDate.of(2023, 1, 1),
 *     List.of(Gemeente.of("GM0501", "Brielle"), Gemeente.of("GM0530", "Hellevoetsluis"), Gemeente.of("GM0614", "Westvoorne")),
 *     Gemeente.of("GM1992", "Voorne aan Zee"));
 * voorne.opgeheven();   // GM0501, GM0530, GM0614
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
@Value.Immutable
@LeaStyle
public abstract class Herindeling {

  Herindeling() {}

  /**
   * Obtains a herindeling.
   *
   * @param datum the day it takes effect, not null
   * @param van the gemeenten before, at least one, each code once, not null
   * @param naar the gemeente after, not null
   * @return the herindeling, not null
   * @throws DomainValidationException if an argument is null or holds null, {@code van} is empty,
   *     or a code occurs twice in {@code van}
   */
  public static Herindeling of(LocalDate datum, List<Gemeente> van, Gemeente naar) {
    return ImmutableHerindeling.construct(Checks.notNull(datum, "datum"), Checks.noNulls(van, "van"), Checks.notNull(naar, "naar"));
  }

  /**
   * Gets the day the herindeling takes effect.
   *
   * @return the day, not null
   */
  public abstract LocalDate datum();

  /**
   * Gets the gemeenten before the herindeling.
   *
   * @return the gemeenten, in the given order, at least one, not null
   */
  public abstract List<Gemeente> van();

  /**
   * Gets the gemeente after the herindeling.
   *
   * @return the gemeente, not null
   */
  public abstract Gemeente naar();

  /**
   * Lists the codes that stop to exist: those of {@link #van()} other than {@link #naar()}'s.
   *
   * @return the codes, in {@code van} order, possibly empty, unmodifiable, not null
   */
  public Set<Gemeentecode> opgeheven() {
    Set<Gemeentecode> codes = van().stream().map(Gemeente::code).filter(c -> !c.equals(naar().code()))
        .collect(Collectors.toCollection(LinkedHashSet::new));
    return Collections.unmodifiableSet(codes);
  }

  /**
   * Checks if the herindeling joins two or more gemeenten, whose answers then cannot be compared
   * with the joined gemeente's (docs/jaren.md §2).
   *
   * @return true if {@code van} holds two or more gemeenten
   */
  public boolean isSamenvoeging() {
    return van().size() > 1;
  }

  @Value.Check
  void check() {
    DomainValidationException.throwIfAny(violations(van().stream().map(Gemeente::code).toList()));
  }

  /**
   * Lists the violations of one entry's rules: {@code van} is not empty and holds each code once.
   *
   * <p>For lea's readers, which report every error of a document at once: a null code is unknown
   * and skipped. Not for applications: it may change without notice.
   *
   * @param van the codes of {@code van}, null elements for unknown ones, not null
   * @return the violations, possibly empty, not null
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public static List<DomainValidationException.Violation> violations(List<Gemeentecode> van) {
    if (Checks.notNull(van, "van").isEmpty()) {
      return List.of(DomainValidationException.Violation.ofField("van", "must name at least one gemeente", "[]"));
    }
    return Checks.herhalingen(van, j -> "van[" + j + "].code", j -> "van[" + j + "]", "repeats the code of");
  }
}
