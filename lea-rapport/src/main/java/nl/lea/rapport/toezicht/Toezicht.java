package nl.lea.rapport.toezicht;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeentecode;
import nl.lea.core.toezicht.AanvaardeToelichting;
import nl.lea.core.toezicht.Beoordeling;
import nl.lea.core.toezicht.Beoordelingen;
import nl.lea.core.toezicht.Contact;
import nl.lea.core.toezicht.Domein;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.rapport.risico.Risicoanalyse;
import nl.lea.rapport.risico.Risicocategorie;
import nl.lea.rapport.risico.Risicoprofiel;
import nl.lea.rapport.risico.Risicoregel;
import org.apiguardian.api.API;

/**
 * Judges a year of questionnaires with the inspector's judgements (docs/toezicht.md §1): the pure
 * function from a {@link Vragenlijst}, its {@link Beoordelingen} and a {@link Risicoanalyse} to one
 * {@link Toezichtuitkomst} per gemeente.
 *
 * <p>Domein D of a gemeente has a possible risk after judgement when a fired rule of D (L0 counts
 * for both) is not accepted, or a signaal of D exists; the category follows from the two domeinen.
 * The Afhandeling of D is {@code GEEN_RISICO} without a possible risk, the contact's outcome with
 * a contact, and {@code MOGELIJK_RISICO} otherwise. For example:
 *
 * <pre>{@code
 * Vragenlijst v = LeaJson.readVragenlijst(Path.of("vragenlijst-2022.json"));
 * Beoordelingen b = LeaJson.readToezicht(Path.of("toezicht-2022.json"), v, Risicoanalyse.standaard());
 * List<Toezichtuitkomst> uitkomsten = Toezicht.beoordeel(v, b);
 * uitkomsten.stream().filter(Toezichtuitkomst::isContactgemeente).count();   // 93
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Toezicht {

  private Toezicht() {}

  /**
   * Judges every gemeente of a document with the default rules.
   *
   * @param vragenlijst the questionnaire document, not null
   * @param beoordelingen the judgements of the same year, not null
   * @return one outcome per gemeente, in document order, not null
   * @throws DomainValidationException if the judgements do not fit the document (see {@link
   *     #beoordeel(Vragenlijst, Beoordelingen, Risicoanalyse)})
   */
  public static List<Toezichtuitkomst> beoordeel(Vragenlijst vragenlijst, Beoordelingen beoordelingen) {
    return beoordeel(vragenlijst, beoordelingen, Risicoanalyse.standaard());
  }

  /**
   * Judges every gemeente of a document.
   *
   * @param vragenlijst the questionnaire document, not null
   * @param beoordelingen the judgements of the same year, not null
   * @param analyse the risk rules in use, not null
   * @return one outcome per gemeente, in document order, not null
   * @throws DomainValidationException with every violation of {@link Beoordelingen#controleer}: the
   *     years differ, a judgement names a gemeente not in the document, accepts a rule that did not
   *     fire or may not be accepted, or has a contact on a domein without a possible risk
   */
  public static List<Toezichtuitkomst> beoordeel(Vragenlijst vragenlijst, Beoordelingen beoordelingen, Risicoanalyse analyse) {
    DomainValidationException.requireNonNull(vragenlijst, "vragenlijst");
    DomainValidationException.requireNonNull(beoordelingen, "beoordelingen");
    DomainValidationException.requireNonNull(analyse, "analyse");
    DomainValidationException.throwIfAny(beoordelingen.controleer(vragenlijst, analyse));
    Map<Gemeentecode, Beoordeling> perGemeente = new HashMap<>();
    beoordelingen.beoordelingen().forEach(b -> perGemeente.put(b.gemeente(), b));
    List<Toezichtuitkomst> uitkomsten = new ArrayList<>();
    for (GemeenteAntwoord antwoord : vragenlijst.gemeenten()) {
      Gemeentecode code = antwoord.gemeente().code();
      uitkomsten.add(uitkomst(antwoord, perGemeente.getOrDefault(code, Beoordeling.leeg(code)), analyse));
    }
    return List.copyOf(uitkomsten);
  }

  /**
   * Judges one gemeente.
   *
   * @param antwoord the gemeente's answer, not null
   * @param beoordeling the judgement of that gemeente, not null
   * @param analyse the risk rules in use, not null
   * @return the outcome, not null
   * @throws DomainValidationException with every violation of {@link Beoordeling#controleer}: the
   *     judgement is of another gemeente, accepts a rule that did not fire or may not be accepted,
   *     or has a contact on a domein without a possible risk
   */
  public static Toezichtuitkomst beoordeel(GemeenteAntwoord antwoord, Beoordeling beoordeling, Risicoanalyse analyse) {
    DomainValidationException.requireNonNull(antwoord, "antwoord");
    DomainValidationException.requireNonNull(beoordeling, "beoordeling");
    DomainValidationException.requireNonNull(analyse, "analyse");
    DomainValidationException.throwIfAny(beoordeling.controleer(antwoord, analyse));
    return uitkomst(antwoord, beoordeling, analyse);
  }

  /** The outcome of a judgement that fits its answer. */
  private static Toezichtuitkomst uitkomst(GemeenteAntwoord antwoord, Beoordeling beoordeling, Risicoanalyse analyse) {
    Risicoprofiel profiel = analyse.profiel(antwoord);
    Set<Domein> risico = analyse.risicodomeinen(antwoord, beoordeling);
    Map<Domein, Afhandeling> afhandeling = new EnumMap<>(Domein.class);
    for (Domein d : Domein.values()) {
      Optional<Contact> contact = beoordeling.contact(d);
      afhandeling.put(d, !risico.contains(d) ? Afhandeling.GEEN_RISICO
          : contact.map(c -> Afhandeling.from(c.uitkomst())).orElse(Afhandeling.MOGELIJK_RISICO));
    }
    Set<String> aanvaardeCodes = beoordeling.aanvaardeRegels();
    List<Risicoregel> aanvaard = profiel.regels().stream().filter(r -> aanvaardeCodes.contains(r.code())).toList();
    return new Toezichtuitkomst(antwoord.gemeente(), antwoord.isIngevuld(), profiel.regels(), aanvaard,
        beoordeling.signaaldomeinen(), profiel.categorie(), Risicocategorie.van(risico.isEmpty() ? EnumSet.noneOf(Domein.class) : risico),
        afhandeling, beoordeling);
  }
}
