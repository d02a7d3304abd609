package nl.lea.core;

import org.apiguardian.api.API;

/**
 * A reason for not consulting on a LEA thema or a vve onderwerp (multi-select; docs/domein.md §3.7,
 * report Tabel 1.5, 1.7 and 1.9).
 *
 * <p>Reasons may only be given together with the absence of overleg.
 * <p>Implements {@link Gelabeld}: every constant carries its Dutch label as printed in the report.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum RedenGeenOverleg implements Gelabeld {
  /** The subject is not relevant in the gemeente. */
  NIET_RELEVANT("Onderwerp is niet relevant in onze gemeente"),

  /** There is no capacity. */
  GEEN_CAPACITEIT("We hebben geen capaciteit"),

  /** Other parties in the gemeente arrange it. */
  GEREGELD_DOOR_ANDERE_PARTIJEN("Dit wordt geregeld door andere partijen in de gemeente"),

  /** Agreements are still running, so consultation is not needed. */
  AFSPRAKEN_LOPEN_NOG("Afspraken lopen nog, dus overleg is niet meer nodig"),

  /** Consultation is not needed given the local situation. */
  NIET_NODIG_GEZIEN_SITUATIE("Gezien de situatie in de gemeente is overleg niet nodig"),

  /** Other priorities within the gemeente. */
  ANDERE_PRIORITEITEN("Andere prioriteiten binnen de gemeente"),

  /** Discussed at another level (working groups, regional). */
  ANDER_NIVEAU("Op andere niveaus besproken (in werkgroepen, regiegroepen of themagroepen)"),

  /** Part of other policy, such as education for newcomers. */
  ONDERDEEL_ANDER_BELEID("Onderdeel van andere beleidsonderwerpen (zoals nieuwkomersonderwijs)"),

  /** Another reason. */
  ANDERS("Anders");

  /** The Dutch label. */
  private final String label;

  RedenGeenOverleg(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }
}
