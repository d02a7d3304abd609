package nl.lea.core.toezicht;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import nl.lea.core.Gelabeld;
import nl.lea.core.internal.Checks;
import org.apiguardian.api.API;

/**
 * What a verbeterafspraak is about (docs/toezicht.md §1): the four LEA themes, then the vve subjects.
 * Each belongs to one {@link Domein}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Toezichtonderwerp implements Gelabeld {
  /** LEA thema bestrijden onderwijsachterstanden. */
  BESTRIJDEN_ONDERWIJSACHTERSTANDEN(Domein.LEA, "Bestrijden onderwijsachterstanden"),
  /** LEA thema voorkomen segregatie. */
  VOORKOMEN_SEGREGATIE(Domein.LEA, "Voorkomen segregatie"),
  /** LEA thema bevorderen integratie. */
  BEVORDEREN_INTEGRATIE(Domein.LEA, "Bevorderen integratie"),
  /** LEA thema inschrijving en toelating. */
  INSCHRIJVING_EN_TOELATING(Domein.LEA, "Inschrijving en toelating"),
  /** The doelgroepdefinitie. */
  DOELGROEPDEFINITIE(Domein.VVE, "Doelgroepdefinitie"),
  /** Toeleiding of doelgroep toddlers to a preschool. */
  TOELEIDING(Domein.VVE, "Toeleiding"),
  /** The doorgaande lijn to primary school. */
  DOORGAANDE_LIJN(Domein.VVE, "Doorgaande lijn"),
  /** The offer of kindplaatsen. */
  KINDPLAATSEN(Domein.VVE, "Aanbod van kindplaatsen"),
  /** Resultaatafspraken vroegschoolse educatie. */
  RESULTAATAFSPRAKEN(Domein.VVE, "Resultaatafspraken");

  private final Domein domein;
  private final String label;

  Toezichtonderwerp(Domein domein, String label) {
    this.domein = domein;
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /**
   * Gets the domein this onderwerp belongs to.
   *
   * @return {@code LEA} for the four themes, {@code VVE} otherwise, not null
   */
  public Domein domein() {
    return domein;
  }

  /**
   * Lists the onderwerpen of one domein, in declaration order.
   *
   * <p>For example, {@code Toezichtonderwerp.of(Domein.VVE)} starts with {@code
   * DOELGROEPDEFINITIE}.
   *
   * @param domein the domein, not null
   * @return the onderwerpen, not null
   */
  public static List<Toezichtonderwerp> of(Domein domein) {
    Checks.notNull(domein, "domein");
    return Arrays.stream(values()).filter(o -> o.domein == domein).collect(Collectors.toUnmodifiableList());
  }
}
