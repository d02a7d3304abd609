package nl.lea.rapport.toezicht;

import nl.lea.core.DomainValidationException;
import org.apiguardian.api.API;

/**
 * Thrown when a supervision dossier is asked to make a transition the state machine does not
 * allow, or to go back in time; names both states.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class OngeldigeOvergangException extends DomainValidationException {

  private static final long serialVersionUID = 1L;

  private final Toestand van;
  private final Toestand naar;

  OngeldigeOvergangException(Toestand van, Toestand naar, String regel) {
    super("toestand", regel + " (" + van + " -> " + naar + ")", naar);
    this.van = van;
    this.naar = naar;
  }

  /**
   * Gets the current state.
   *
   * @return the state the dossier is in, not null
   */
  public Toestand van() {
    return van;
  }

  /**
   * Gets the requested state.
   *
   * @return the state that was asked for, not null
   */
  public Toestand naar() {
    return naar;
  }
}
