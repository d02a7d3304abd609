package nl.lea.core.vragenlijst;

import java.util.Optional;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeente;
import nl.lea.core.internal.Checks;
import nl.lea.core.internal.LeaStyle;
import nl.lea.core.thema.LeaAntwoord;
import nl.lea.core.vve.VveAntwoord;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One gemeente's answer to the yearly questionnaire: either the filled-in LEA and vve answers, or
 * the fact that it did not return the questionnaire.
 *
 * <p>For example:
 *
 * <pre>{@code
 * GemeenteAntwoord almere = GemeenteAntwoord.nietIngevuld(Gemeente.of("GM0034", "Almere"));
 * almere.isIngevuld(); // false
 * GemeenteAntwoord groningen = GemeenteAntwoord.ingevuld(
 *     Gemeente.of("GM0014", "Groningen"), lea, vve);
 * groningen.lea();     // Optional[...]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 */
@API(status = API.Status.STABLE, since = "0.1")
@Value.Immutable
@LeaStyle
public abstract class GemeenteAntwoord {

  GemeenteAntwoord() {}

  /**
   * Obtains the answer of a gemeente that filled in the questionnaire.
   *
   * @param gemeente the gemeente, not null
   * @param lea the answers about the four LEA themes, not null
   * @param vve the answers about vve, not null
   * @return the answer, not null
   * @throws DomainValidationException if an argument is null
   */
  public static GemeenteAntwoord ingevuld(Gemeente gemeente, LeaAntwoord lea, VveAntwoord vve) {
    return ImmutableGemeenteAntwoord.construct(
        Checks.notNull(gemeente, "gemeente"),
        Optional.of(Checks.notNull(lea, "lea")),
        Optional.of(Checks.notNull(vve, "vve")));
  }

  /**
   * Obtains the answer of a gemeente that did not return the questionnaire.
   *
   * @param gemeente the gemeente, not null
   * @return the answer, not null
   * @throws DomainValidationException if the gemeente is null
   */
  public static GemeenteAntwoord nietIngevuld(Gemeente gemeente) {
    return ImmutableGemeenteAntwoord.construct(
        Checks.notNull(gemeente, "gemeente"), Optional.empty(), Optional.empty());
  }

  /**
   * Gets the gemeente.
   *
   * @return the gemeente, not null
   */
  public abstract Gemeente gemeente();

  /**
   * Gets the answers about the four LEA themes.
   *
   * @return the answers, empty if the questionnaire was not returned
   */
  public abstract Optional<LeaAntwoord> lea();

  /**
   * Gets the answers about vve.
   *
   * @return the answers, empty if the questionnaire was not returned
   */
  public abstract Optional<VveAntwoord> vve();

  /**
   * Returns a copy with other LEA answers; a gemeente that did not return the questionnaire has
   * none.
   *
   * @param lea the answers, not null
   * @return the copy, not null
   * @throws DomainValidationException if the answers are null or the questionnaire was not
   *     returned
   */
  public GemeenteAntwoord withLea(LeaAntwoord lea) {
    Checks.notNull(lea, "lea");
    if (!isIngevuld()) {
      throw new DomainValidationException("lea", "cannot be set: the questionnaire was not returned", lea);
    }
    return ingevuld(gemeente(), lea, vve().get());
  }

  /**
   * Returns a copy with other vve answers.
   *
   * <p>For example, {@code antwoord.withVve(antwoord.vve().orElseThrow().withAanbod(Aanbod.of(812, 900, 640)))}.
   *
   * @param vve the answers, not null
   * @return the copy, not null
   * @throws DomainValidationException if the answers are null or the questionnaire was not
   *     returned
   */
  public GemeenteAntwoord withVve(VveAntwoord vve) {
    Checks.notNull(vve, "vve");
    if (!isIngevuld()) {
      throw new DomainValidationException("vve", "cannot be set: the questionnaire was not returned", vve);
    }
    return ingevuld(gemeente(), lea().get(), vve);
  }

  /**
   * Checks if the gemeente filled in and returned the questionnaire.
   *
   * @return true if the LEA and vve answers are present
   */
  public boolean isIngevuld() {
    return lea().isPresent();
  }

  /**
   * Checks if this answer equals another in every field, including the gemeente's name.
   *
   * @param obj the other object, null returns false
   * @return true if the other is an equal answer
   */
  @Override
  public boolean equals(Object obj) {
    if (this == obj) {
      return true;
    }
    if (!(obj instanceof GemeenteAntwoord)) {
      return false;
    }
    GemeenteAntwoord other = (GemeenteAntwoord) obj;
    return gemeente().equals(other.gemeente())
        && gemeente().naam().equals(other.gemeente().naam())
        && lea().equals(other.lea())
        && vve().equals(other.vve());
  }

  @Override
  public int hashCode() {
    int h = gemeente().hashCode();
    h = 31 * h + gemeente().naam().hashCode();
    h = 31 * h + lea().hashCode();
    return 31 * h + vve().hashCode();
  }

  @Override
  public String toString() {
    return "GemeenteAntwoord{gemeente=" + gemeente() + (isIngevuld() ? ", lea=" + lea().get() + ", vve=" + vve().get() : ", ingevuld=false") + "}";
  }
}
