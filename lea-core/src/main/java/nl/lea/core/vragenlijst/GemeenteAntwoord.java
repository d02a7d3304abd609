package nl.lea.core.vragenlijst;

import java.util.List;
import java.util.Optional;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeente;
import nl.lea.core.internal.Checks;
import nl.lea.core.internal.LeaStyle;
import nl.lea.core.thema.JaarlijksOverleg;
import nl.lea.core.thema.LeaAntwoord;
import nl.lea.core.vve.VveAntwoord;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One gemeente's answer to the yearly questionnaire: either the filled-in LEA and vve answers, or
 * the fact that it did not return the questionnaire.
 *
 * <p>A {@code lea-vragenlijst/2} answer (the jaarverantwoording, docs/jaarverantwoording.md) adds
 * the yearly overleg ({@link #jaarlijksOverleg()}) and the adoption and sending of the answers
 * ({@link #verantwoording()}); an answer from {@code lea-vragenlijst/1} was not asked them and has
 * neither ({@link #isJaarverantwoording()} is false). A thema with overleg while the yearly overleg
 * names no forum is an error (rule 12).
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
@Value.Immutable(builder = false, copy = true)
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
        Optional.of(Checks.notNull(vve, "vve")),
        Optional.empty(),
        Optional.empty());
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
        Checks.notNull(gemeente, "gemeente"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
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
    return ((ImmutableGemeenteAntwoord) this).copyWithLea(lea);
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
    return ((ImmutableGemeenteAntwoord) this).copyWithVve(vve);
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
   * Gets the yearly overleg ({@code lea-vragenlijst/2}).
   *
   * @return the overleg; empty if the questionnaire was not returned or did not ask it ({@code
   *     lea-vragenlijst/1})
   */
  public abstract Optional<JaarlijksOverleg> jaarlijksOverleg();

  /**
   * Gets the adoption and sending of the answers ({@code lea-vragenlijst/2}).
   *
   * @return the formalities; empty if the questionnaire was not returned, did not ask them, or
   *     they were not given (optional before verslagjaar 2023)
   */
  public abstract Optional<Verantwoording> verantwoording();

  /**
   * Returns a copy with the yearly overleg.
   *
   * @param overleg the overleg, not null
   * @return the copy, not null
   * @throws DomainValidationException if the overleg is null, the questionnaire was not returned,
   *     or a thema had overleg while the overleg names no forum (rule 12)
   */
  public GemeenteAntwoord withJaarlijksOverleg(JaarlijksOverleg overleg) {
    Checks.notNull(overleg, "jaarlijksOverleg");
    if (!isIngevuld()) {
      throw new DomainValidationException("jaarlijksOverleg", "cannot be set: the questionnaire was not returned", overleg);
    }
    return ((ImmutableGemeenteAntwoord) this).copyWithJaarlijksOverleg(overleg);
  }

  /**
   * Returns a copy with the adoption and sending of the answers.
   *
   * @param verantwoording the formalities, not null
   * @return the copy, not null
   * @throws DomainValidationException if the formalities are null or the questionnaire was not
   *     returned
   */
  public GemeenteAntwoord withVerantwoording(Verantwoording verantwoording) {
    Checks.notNull(verantwoording, "verantwoording");
    if (!isIngevuld()) {
      throw new DomainValidationException("verantwoording", "cannot be set: the questionnaire was not returned", verantwoording);
    }
    return ((ImmutableGemeenteAntwoord) this).copyWithVerantwoording(verantwoording);
  }

  /**
   * Checks if the answers are a jaarverantwoording ({@code lea-vragenlijst/2}): they carry the
   * yearly overleg. The tables over items only {@code lea-vragenlijst/2} asks count these
   * gemeenten (N2, docs/jaarverantwoording.md §4).
   *
   * @return true if the yearly overleg is present
   */
  public boolean isJaarverantwoording() {
    return jaarlijksOverleg().isPresent();
  }

  /**
   * Checks if any item only {@code lea-vragenlijst/2} asks is present in the answers, here or in
   * a thema, vve onderwerp, offer or resultaatafspraken: what decides the version a writer writes.
   *
   * @return true if an item of {@code lea-vragenlijst/2} is present
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public boolean heeftVersie2Gegevens() {
    return jaarlijksOverleg().isPresent() || verantwoording().isPresent()
        || lea().map(l -> l.perThema().values().stream().anyMatch(t -> t.heeftVersie2Gegevens())).orElse(false)
        || vve().map(v -> v.heeftVersie2Gegevens()).orElse(false);
  }

  @Value.Check
  void check() {
    DomainValidationException.throwIfAny(violations(lea().orElse(null), jaarlijksOverleg().orElse(null)));
  }

  /**
   * Lists the violations of rule 12: a thema with overleg while the yearly overleg names no forum.
   *
   * <p>For lea's readers, which report every error of a document at once: a null argument is
   * unknown or absent and skips the rule. Not for applications: it may change without notice.
   *
   * @param lea the LEA answers, null if unknown
   * @param overleg the yearly overleg, null if absent or unknown
   * @return the violations, possibly empty, not null
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public static List<DomainValidationException.Violation> violations(LeaAntwoord lea, JaarlijksOverleg overleg) {
    if (lea != null && overleg != null && overleg.overlegvormen().isEmpty() && lea.isOverlegOpEnigThema()) {
      return List.of(DomainValidationException.Violation.ofField("jaarlijksOverleg.overlegvormen",
          "must name a forum: a thema had overleg", overleg.overlegvormen()));
    }
    return List.of();
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
        && vve().equals(other.vve())
        && jaarlijksOverleg().equals(other.jaarlijksOverleg())
        && verantwoording().equals(other.verantwoording());
  }

  @Override
  public int hashCode() {
    int h = gemeente().hashCode();
    h = 31 * h + gemeente().naam().hashCode();
    h = 31 * h + lea().hashCode();
    h = 31 * h + vve().hashCode();
    h = 31 * h + jaarlijksOverleg().hashCode();
    return 31 * h + verantwoording().hashCode();
  }

  @Override
  public String toString() {
    return "GemeenteAntwoord{gemeente=" + gemeente() + (isIngevuld() ? ", lea=" + lea().get() + ", vve=" + vve().get() : ", ingevuld=false")
        + jaarlijksOverleg().map(o -> ", jaarlijksOverleg=" + o).orElse("")
        + verantwoording().map(v -> ", verantwoording=" + v).orElse("") + "}";
  }
}
