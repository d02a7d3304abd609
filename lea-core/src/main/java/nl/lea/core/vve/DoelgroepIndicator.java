package nl.lea.core.vve;

import nl.lea.core.Gelabeld;
import org.apiguardian.api.API;

/**
 * One of the nine indicators a doelgroepdefinitie may use to say which toddlers are eligible for
 * ve (docs/domein.md §3.9, report footnote 9).
 * <p>Implements {@link Gelabeld}: every constant carries its Dutch label as printed in the report.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum DoelgroepIndicator implements Gelabeld {
  /** The parents' level of education. */
  OPLEIDINGSNIVEAU_OUDERS("Opleidingsniveau van de ouders"),

  /** A language or developmental delay found by the child health clinic. */
  ACHTERSTAND_CONSULTATIEBUREAU("Taal- of ontwikkelingsachterstand vastgesteld door het consultatiebureau"),

  /** A language or developmental delay found by the day-care centre. */
  ACHTERSTAND_KINDERDAGVERBLIJF("Taal- of ontwikkelingsachterstand vastgesteld door het kinderdagverblijf"),

  /** The child's country of origin. */
  HERKOMST_KIND("Land van herkomst van het kind"),

  /** The parents' country of origin. */
  HERKOMST_OUDERS("Land van herkomst van de ouders"),

  /** The number of years in the Netherlands. */
  JAREN_IN_NEDERLAND("Aantal jaren in Nederland"),

  /** The language spoken at home. */
  THUISTAAL("Thuistaal"),

  /** Children of people on a civic integration programme. */
  KIND_VAN_INBURGERAAR("Kinderen van inburgeraars"),

  /** Children living in an asylum seekers' centre. */
  KIND_IN_AZC("Kinderen in een AZC");

  /** The Dutch label. */
  private final String label;

  DoelgroepIndicator(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
