package nl.lea.rapport.toezicht;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeente;
import nl.lea.core.Verslagjaar;
import nl.lea.core.toezicht.Domein;
import org.apiguardian.api.API;

/**
 * The supervision dossier of one gemeente, year and domein: its state and the history of its
 * transitions (docs/toezicht.md §2). Immutable: every transition returns a new dossier.
 *
 * <pre>
 * VRAGENLIJST_ONTVANGEN -&gt; RISICOANALYSE
 * RISICOANALYSE         -&gt; GEEN_RISICO | MOGELIJK_RISICO
 * MOGELIJK_RISICO       -&gt; CONTACTGEMEENTE | GEEN_CONTACT
 * CONTACTGEMEENTE       -&gt; GEEN_RISICO_MEER | VERBETERAFSPRAKEN | ONDERZOEK
 * VERBETERAFSPRAKEN     -&gt; GEEN_RISICO_MEER | ONDERZOEK
 * </pre>
 *
 * <p>For example:
 *
 * <pre>{@code
 * Toezichtdossier d = Toezichtdossier.open(groningen, Verslagjaar.of(2022), Domein.LEA, true, LocalDate.of(2023, 3, 1))
 *     .naar(Toestand.RISICOANALYSE, LocalDate.of(2023, 4, 1))
 *     .naar(Toestand.MOGELIJK_RISICO, LocalDate.of(2023, 4, 2))
 *     .naar(Toestand.CONTACTGEMEENTE, LocalDate.of(2023, 5, 1), "Geen overleg over OAB");
 * d.toestand();  // CONTACTGEMEENTE
 * d.naar(Toestand.GEEN_RISICO, LocalDate.of(2023, 6, 1)); // OngeldigeOvergangException
 * }</pre>
 *
 * @param gemeente the gemeente, not null
 * @param verslagjaar the year supervised, not null
 * @param domein the domein supervised, not null
 * @param geschiedenis the transitions, oldest first, at least one, not null
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Toezichtdossier(Gemeente gemeente, Verslagjaar verslagjaar, Domein domein, List<Overgang> geschiedenis) {

  /**
   * One step of the history: the state entered, the date and an optional note.
   *
   * @param toestand the state entered, not null
   * @param datum the date, not null
   * @param notitie the note, empty if none, not null
   */
  public record Overgang(Toestand toestand, LocalDate datum, Optional<String> notitie) {
    /**
     * Creates a step.
     *
     * @param toestand the state entered, not null
     * @param datum the date, not null
     * @param notitie the note, empty if none, not null
     */
    public Overgang {
      DomainValidationException.requireNonNull(toestand, "toestand");
      DomainValidationException.requireNonNull(datum, "datum");
      DomainValidationException.requireNonNull(notitie, "notitie");
    }
  }

  /**
   * Checks a dossier built directly: it must start as {@link #open} starts and follow the state
   * machine.
   *
   * @param gemeente the gemeente, not null
   * @param verslagjaar the year, not null
   * @param domein the domein, not null
   * @param geschiedenis the transitions, not null
   */
  public Toezichtdossier {
    DomainValidationException.requireNonNull(gemeente, "gemeente");
    DomainValidationException.requireNonNull(verslagjaar, "verslagjaar");
    DomainValidationException.requireNonNull(domein, "domein");
    geschiedenis = List.copyOf(DomainValidationException.requireNoNulls(geschiedenis, "geschiedenis"));
    if (geschiedenis.isEmpty()) {
      throw new DomainValidationException("geschiedenis", "must hold at least the first state", "[]");
    }
    Toestand begin = geschiedenis.get(0).toestand();
    if (begin != Toestand.VRAGENLIJST_ONTVANGEN && begin != Toestand.RISICOANALYSE) {
      throw new DomainValidationException("geschiedenis", "must start at VRAGENLIJST_ONTVANGEN or RISICOANALYSE", begin);
    }
    for (int i = 1; i < geschiedenis.size(); i++) {
      controleer(geschiedenis.get(i - 1), geschiedenis.get(i).toestand(), geschiedenis.get(i).datum());
    }
  }

  /**
   * Opens the dossier: at {@code VRAGENLIJST_ONTVANGEN}, or at {@code RISICOANALYSE} for a gemeente
   * that returned no questionnaire.
   *
   * @param gemeente the gemeente, not null
   * @param verslagjaar the year supervised, not null
   * @param domein the domein supervised, not null
   * @param vragenlijstOntvangen whether the questionnaire was returned
   * @param datum the date, not null
   * @return the dossier, not null
   */
  public static Toezichtdossier open(Gemeente gemeente, Verslagjaar verslagjaar, Domein domein,
      boolean vragenlijstOntvangen, LocalDate datum) {
    Toestand begin = vragenlijstOntvangen ? Toestand.VRAGENLIJST_ONTVANGEN : Toestand.RISICOANALYSE;
    return new Toezichtdossier(gemeente, verslagjaar, domein, List.of(new Overgang(begin, datum, Optional.empty())));
  }

  /**
   * Gets the Afhandeling recorded for this dossier in a {@code lea-toezicht/1} document: that of
   * a final state ({@code GEEN_CONTACT} gives {@code MOGELIJK_RISICO}), or {@code
   * VERBETERAFSPRAKEN} while the agreements run.
   *
   * @return the Afhandeling, empty while the dossier has not reached an outcome
   */
  public Optional<Afhandeling> afhandeling() {
    return switch (toestand()) {
      case GEEN_RISICO -> Optional.of(Afhandeling.GEEN_RISICO);
      case GEEN_CONTACT -> Optional.of(Afhandeling.MOGELIJK_RISICO);
      case GEEN_RISICO_MEER -> Optional.of(Afhandeling.GEEN_RISICO_MEER);
      case VERBETERAFSPRAKEN -> Optional.of(Afhandeling.VERBETERAFSPRAKEN);
      case ONDERZOEK -> Optional.of(Afhandeling.ONDERZOEK);
      case VRAGENLIJST_ONTVANGEN, RISICOANALYSE, MOGELIJK_RISICO, CONTACTGEMEENTE -> Optional.empty();
    };
  }

  /**
   * Gets the current state.
   *
   * @return the state of the last transition, not null
   */
  public Toestand toestand() {
    return geschiedenis.get(geschiedenis.size() - 1).toestand();
  }

  /**
   * Moves the dossier to a next state.
   *
   * @param naar the next state, allowed from the current one, not null
   * @param datum the date, not before the previous transition, not null
   * @return the new dossier, not null
   * @throws OngeldigeOvergangException if the transition is not allowed or the date goes back
   */
  public Toezichtdossier naar(Toestand naar, LocalDate datum) {
    return naar(naar, datum, Optional.empty());
  }

  /**
   * Moves the dossier to a next state, with a note.
   *
   * @param naar the next state, allowed from the current one, not null
   * @param datum the date, not before the previous transition, not null
   * @param notitie the note, not null
   * @return the new dossier, not null
   * @throws OngeldigeOvergangException if the transition is not allowed or the date goes back
   */
  public Toezichtdossier naar(Toestand naar, LocalDate datum, String notitie) {
    return naar(naar, datum, Optional.of(DomainValidationException.requireNonNull(notitie, "notitie")));
  }

  private Toezichtdossier naar(Toestand naar, LocalDate datum, Optional<String> notitie) {
    DomainValidationException.requireNonNull(naar, "naar");
    DomainValidationException.requireNonNull(datum, "datum");
    controleer(geschiedenis.get(geschiedenis.size() - 1), naar, datum);
    List<Overgang> nieuw = new ArrayList<>(geschiedenis);
    nieuw.add(new Overgang(naar, datum, notitie));
    return new Toezichtdossier(gemeente, verslagjaar, domein, nieuw);
  }

  private static void controleer(Overgang vorige, Toestand naar, LocalDate datum) {
    if (!vorige.toestand().volgende().contains(naar)) {
      throw new OngeldigeOvergangException(vorige.toestand(), naar, "transition not allowed");
    }
    if (datum.isBefore(vorige.datum())) {
      throw new OngeldigeOvergangException(vorige.toestand(), naar,
          "date " + datum + " is before the previous transition on " + vorige.datum());
    }
  }

  /**
   * Counts dossiers per current state (report §3: of the 65 LEA contactgemeenten, 54% had no risk
   * any more and 46% got verbeterafspraken).
   *
   * @param dossiers the dossiers, not null
   * @return the number of dossiers per state, every state present, not null
   */
  public static Map<Toestand, Long> tel(Collection<Toezichtdossier> dossiers) {
    Map<Toestand, Long> telling = new EnumMap<>(Toestand.class);
    for (Toestand t : Toestand.values()) {
      telling.put(t, 0L);
    }
    DomainValidationException.requireNoNulls(dossiers, "dossiers").forEach(d -> telling.merge(d.toestand(), 1L, Long::sum));
    return Collections.unmodifiableMap(telling);
  }
}
