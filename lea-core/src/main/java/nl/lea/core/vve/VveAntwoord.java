package nl.lea.core.vve;

import java.util.EnumMap;
import java.util.Map;
import nl.lea.core.DomainValidationException;
import nl.lea.core.internal.Checks;
import nl.lea.core.internal.LeaStyle;
import nl.lea.core.resultaat.Resultaatafspraken;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A gemeente's answers about vve in the verslagjaar: the consultation outcome of each of the three
 * onderwerpen, its doelgroepdefinitie, its ve offer and reach, and its resultaatafspraken.
 *
 * <p>For example:
 *
 * <pre>{@code
 * VveAntwoord vve = VveAntwoord.of(
 *     OnderwerpAntwoord.of(VveOnderwerp.DOELGROEPDEFINITIE, VveUitkomst.VOLDOET),
 *     Doelgroepdefinitie.of(Set.of(DoelgroepIndicator.THUISTAAL)),
 *     OnderwerpAntwoord.of(VveOnderwerp.TOELEIDING, VveUitkomst.NIEUW),
 *     OnderwerpAntwoord.of(VveOnderwerp.DOORGAANDE_LIJN, VveUitkomst.VOLDOET),
 *     Aanbod.of(812, 900, 640),
 *     Resultaatafspraken.geen());
 * vve.heeftDoelgroepdefinitie(); // true
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 */
@API(status = API.Status.STABLE, since = "0.1")
@Value.Immutable
@LeaStyle
public abstract class VveAntwoord {

  VveAntwoord() {}

  /**
   * Obtains the vve answers from their five parts.
   *
   * @param doelgroepdefinitieOverleg the outcome on the onderwerp {@code DOELGROEPDEFINITIE}, not
   *     null
   * @param doelgroepdefinitie the definition in use (may be {@link Doelgroepdefinitie#onbekend()}),
   *     not null
   * @param toeleiding the outcome on the onderwerp {@code TOELEIDING}, not null
   * @param doorgaandeLijn the outcome on the onderwerp {@code DOORGAANDE_LIJN}, not null
   * @param aanbod the offer and reach, not null
   * @param resultaatafspraken the resultaatafspraken, not null
   * @return the answers, not null
   * @throws DomainValidationException if an argument is null or an outcome is about another
   *     onderwerp than its position says
   */
  public static VveAntwoord of(
      OnderwerpAntwoord doelgroepdefinitieOverleg,
      Doelgroepdefinitie doelgroepdefinitie,
      OnderwerpAntwoord toeleiding,
      OnderwerpAntwoord doorgaandeLijn,
      Aanbod aanbod,
      Resultaatafspraken resultaatafspraken) {
    Map<VveOnderwerp, OnderwerpAntwoord> overleg = new EnumMap<>(VveOnderwerp.class);
    overleg.put(VveOnderwerp.DOELGROEPDEFINITIE, positie(doelgroepdefinitieOverleg, VveOnderwerp.DOELGROEPDEFINITIE, "doelgroepdefinitie"));
    overleg.put(VveOnderwerp.TOELEIDING, positie(toeleiding, VveOnderwerp.TOELEIDING, "toeleiding"));
    overleg.put(VveOnderwerp.DOORGAANDE_LIJN, positie(doorgaandeLijn, VveOnderwerp.DOORGAANDE_LIJN, "doorgaandeLijn"));
    return ImmutableVveAntwoord.construct(
        overleg,
        Checks.notNull(doelgroepdefinitie, "doelgroepdefinitie"),
        Checks.notNull(aanbod, "aanbod"),
        Checks.notNull(resultaatafspraken, "resultaatafspraken"));
  }

  private static OnderwerpAntwoord positie(
      OnderwerpAntwoord antwoord, VveOnderwerp verwacht, String veld) {
    Checks.notNull(antwoord, veld);
    if (antwoord.onderwerp() != verwacht) {
      throw new DomainValidationException(veld, "must be about onderwerp " + verwacht, antwoord.onderwerp());
    }
    return antwoord;
  }

  /**
   * Gets the consultation outcome per onderwerp, in onderwerp order.
   *
   * @return the map holding all three onderwerpen, not null
   */
  public abstract Map<VveOnderwerp, OnderwerpAntwoord> overleg();

  /**
   * Gets the doelgroepdefinitie in use.
   *
   * @return the definition, {@link Doelgroepdefinitie#onbekend()} if none was reported, not null
   */
  public abstract Doelgroepdefinitie doelgroepdefinitie();

  /**
   * Gets the ve offer and reach.
   *
   * @return the offer, not null
   */
  public abstract Aanbod aanbod();

  /**
   * Gets the resultaatafspraken vroegschoolse educatie.
   *
   * @return the resultaatafspraken, not null
   */
  public abstract Resultaatafspraken resultaatafspraken();

  /**
   * Checks if any item only {@code lea-vragenlijst/2} asks is present in an onderwerp answer, the
   * offer or the resultaatafspraken.
   *
   * @return true if such an item is present
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public boolean heeftVersie2Gegevens() {
    return overleg().values().stream().anyMatch(OnderwerpAntwoord::heeftVersie2Gegevens)
        || aanbod().heeftVersie2Gegevens() || resultaatafspraken().heeftVersie2Gegevens();
  }

  /**
   * Gets the consultation outcome on one onderwerp.
   *
   * @param onderwerp the onderwerp, not null
   * @return the answer, not null
   * @throws DomainValidationException if the onderwerp is null
   */
  public OnderwerpAntwoord overleg(VveOnderwerp onderwerp) {
    return overleg().get(Checks.notNull(onderwerp, "onderwerp"));
  }

  /**
   * Returns a copy with another outcome on one onderwerp.
   *
   * @param antwoord the outcome, whose onderwerp says which one it replaces, not null
   * @return the copy, not null
   * @throws DomainValidationException if the outcome is null
   */
  public VveAntwoord withOverleg(OnderwerpAntwoord antwoord) {
    Checks.notNull(antwoord, "antwoord");
    Map<VveOnderwerp, OnderwerpAntwoord> nieuw = new EnumMap<>(overleg());
    nieuw.put(antwoord.onderwerp(), antwoord);
    return of(nieuw.get(VveOnderwerp.DOELGROEPDEFINITIE), doelgroepdefinitie(), nieuw.get(VveOnderwerp.TOELEIDING),
        nieuw.get(VveOnderwerp.DOORGAANDE_LIJN), aanbod(), resultaatafspraken());
  }

  /**
   * Returns a copy with another doelgroepdefinitie.
   *
   * @param doelgroepdefinitie the definition, not null
   * @return the copy, not null
   * @throws DomainValidationException if the definition is null
   */
  public VveAntwoord withDoelgroepdefinitie(Doelgroepdefinitie doelgroepdefinitie) {
    return of(overleg(VveOnderwerp.DOELGROEPDEFINITIE), doelgroepdefinitie, overleg(VveOnderwerp.TOELEIDING),
        overleg(VveOnderwerp.DOORGAANDE_LIJN), aanbod(), resultaatafspraken());
  }

  /**
   * Returns a copy with another offer and reach.
   *
   * <p>For example, {@code vve.withAanbod(vve.aanbod().withKindplaatsen(OptionalInt.of(900)))}.
   *
   * @param aanbod the offer, not null
   * @return the copy, not null
   * @throws DomainValidationException if the offer is null
   */
  public VveAntwoord withAanbod(Aanbod aanbod) {
    return of(overleg(VveOnderwerp.DOELGROEPDEFINITIE), doelgroepdefinitie(), overleg(VveOnderwerp.TOELEIDING),
        overleg(VveOnderwerp.DOORGAANDE_LIJN), aanbod, resultaatafspraken());
  }

  /**
   * Returns a copy with other resultaatafspraken.
   *
   * @param resultaatafspraken the resultaatafspraken, not null
   * @return the copy, not null
   * @throws DomainValidationException if the argument is null
   */
  public VveAntwoord withResultaatafspraken(Resultaatafspraken resultaatafspraken) {
    return of(overleg(VveOnderwerp.DOELGROEPDEFINITIE), doelgroepdefinitie(), overleg(VveOnderwerp.TOELEIDING),
        overleg(VveOnderwerp.DOORGAANDE_LIJN), aanbod(), resultaatafspraken);
  }

  /**
   * Gets the outcome on one onderwerp.
   *
   * @param onderwerp the onderwerp, not null
   * @return the outcome, not null
   * @throws DomainValidationException if the onderwerp is null
   */
  public VveUitkomst uitkomst(VveOnderwerp onderwerp) {
    return overleg(onderwerp).uitkomst();
  }

  /**
   * Checks if the gemeente has a doelgroepdefinitie: the outcome on the doelgroepdefinitie is
   * {@code NIEUW} or {@code VOLDOET} (report §2.1: 46 + 218 = 264).
   *
   * @return true if the gemeente has a doelgroepdefinitie
   */
  public boolean heeftDoelgroepdefinitie() {
    VveUitkomst uitkomst = uitkomst(VveOnderwerp.DOELGROEPDEFINITIE);
    return uitkomst == VveUitkomst.NIEUW || uitkomst == VveUitkomst.VOLDOET;
  }
}
