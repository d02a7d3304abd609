package nl.lea.core.vve;

import nl.lea.core.Gelabeld;
import org.apiguardian.api.API;

/**
 * The outcome of the yearly consultation duty on one {@link VveOnderwerp} (docs/domein.md §3.8, report
 * Tabel 1.4, 1.6 and 1.8).
 *
 * <p>Not every outcome fits every onderwerp: see {@link #isToegestaanVoor(VveOnderwerp)}.
 * <p>Implements {@link Gelabeld}: every constant carries its Dutch label as printed in the report.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum VveUitkomst implements Gelabeld {
  /** New agreements were made (for the doelgroepdefinitie: a new definition was drawn up). */
  NIEUW("Er zijn nieuwe afspraken gemaakt"),

  /** Consulted; the running agreements still suffice. */
  VOLDOET("Er was overleg en de afspraken voldeden nog"),

  /** Consulted; the agreements must be adjusted, which has not been done yet. */
  AANPASSING_NODIG("Er was overleg, de afspraken moeten worden aangepast, maar dat is nog niet gebeurd"),

  /** There are no agreements and none were made; not for the doelgroepdefinitie. */
  GEEN_AFSPRAKEN("Er zijn geen afspraken"),

  /** The gemeente needs no doelgroepdefinitie for toddlers; only for the doelgroepdefinitie. */
  NIET_NODIG("We hebben geen doelgroepdefinitie voor peuters nodig"),

  /** There was no consultation on this onderwerp. */
  GEEN_OVERLEG("Er was geen overleg");

  /** The Dutch label. */
  private final String label;

  VveUitkomst(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /**
   * Checks if this outcome may be given for an onderwerp (docs/domein.md §3.8): {@link #NIET_NODIG} only
   * for the doelgroepdefinitie, {@link #GEEN_AFSPRAKEN} only for toeleiding and doorgaande lijn,
   * every other outcome for all three.
   *
   * @param onderwerp the onderwerp, not null
   * @return true if the outcome is allowed for the onderwerp
   * @throws nl.lea.core.DomainValidationException if the onderwerp is null
   */
  public boolean isToegestaanVoor(VveOnderwerp onderwerp) {
    nl.lea.core.internal.Checks.notNull(onderwerp, "onderwerp");
    return switch (this) {
      case NIET_NODIG -> onderwerp == VveOnderwerp.DOELGROEPDEFINITIE;
      case GEEN_AFSPRAKEN -> onderwerp != VveOnderwerp.DOELGROEPDEFINITIE;
      case NIEUW, VOLDOET, AANPASSING_NODIG, GEEN_OVERLEG -> true;
    };
  }
}
