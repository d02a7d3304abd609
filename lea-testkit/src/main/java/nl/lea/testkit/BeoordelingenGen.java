package nl.lea.testkit;

import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.lea.core.DomainValidationException;
import nl.lea.core.toezicht.AanvaardeToelichting;
import nl.lea.core.toezicht.Beoordeling;
import nl.lea.core.toezicht.Beoordelingen;
import nl.lea.core.toezicht.Contact;
import nl.lea.core.toezicht.Contactuitkomst;
import nl.lea.core.toezicht.Domein;
import nl.lea.core.toezicht.Regelset;
import nl.lea.core.toezicht.Signaal;
import nl.lea.core.toezicht.Toezichtonderwerp;
import nl.lea.core.toezicht.Verbeterafspraak;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.core.vragenlijst.Vragenlijst;
import org.apiguardian.api.API;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generates the inspector's judgements ({@link Beoordelingen}, the {@code lea-toezicht/1} format)
 * that fit one questionnaire document and rule set: every accepted rule fired (and is not the rule
 * set's {@linkplain Regelset#nietIngevuld() rule for a questionnaire not returned}), every contact is
 * on a domein with a possible risk after judgement; each generated document passes {@link
 * Beoordelingen#controleer}. Obtain one with {@link
 * LeaGenerators#beoordelingen(Vragenlijst, Regelset)}:
 *
 * <pre>{@code
 * qt().forAll(LeaGenerators.vragenlijsten().flatMap(v ->
 *         LeaGenerators.beoordelingen(v, Risicoanalyse.standaard()).aandeelContact(50).map(b -> Pair.of(v, b))))
 *     .check(p -> ...);
 * }</pre>
 *
 * <p>Defaults: 60% of the gemeenten judged, 40% of the fired rules accepted (half of them with a
 * text), 10% with signals, 40% of the domeinen with a remaining risk contacted. Texts include the
 * awkward cases: 2,000 characters, quotes, backslashes, non-ASCII and Markdown or HTML
 * characters. Instances are immutable; each knob returns a new generator.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class BeoordelingenGen implements Gen<Beoordelingen> {

  private static final List<String> TEKSTEN = List.of(
      "Subsidie volgt kind; er is geen wachtlijst.",
      "Speelt niet in onze plattelandsgemeente.",
      "Quotes \" en backslash \\ en <script>alert(1)</script> & **vet** # kop",
      "Geëvalueerd met houders — één overleg per kwartaal ✓",
      "x",
      "a".repeat(Signaal.MAX_TEKST));

  private final Vragenlijst vragenlijst;
  private final Regelset regels;
  private final int beoordeeld;
  private final int aanvaard;
  private final int signalen;
  private final int contact;

  BeoordelingenGen(Vragenlijst vragenlijst, Regelset regels, int beoordeeld, int aanvaard, int signalen, int contact) {
    this.vragenlijst = DomainValidationException.requireNonNull(vragenlijst, "vragenlijst");
    this.regels = DomainValidationException.requireNonNull(regels, "regels");
    this.beoordeeld = beoordeeld;
    this.aanvaard = aanvaard;
    this.signalen = signalen;
    this.contact = contact;
  }

  /**
   * Sets the share of the gemeenten that have a judgement in the document.
   *
   * @param procent the share, 0..100
   * @return a new generator, not null
   * @throws DomainValidationException if the share is outside 0..100
   */
  public BeoordelingenGen aandeelBeoordeeld(int procent) {
    return new BeoordelingenGen(vragenlijst, regels, Basis.checkProcent(procent, "aandeelBeoordeeld"), aanvaard, signalen, contact);
  }

  /**
   * Sets the share of the fired rules (other than L0) whose toelichting is accepted.
   *
   * @param procent the share, 0..100
   * @return a new generator, not null
   * @throws DomainValidationException if the share is outside 0..100
   */
  public BeoordelingenGen aandeelAanvaard(int procent) {
    return new BeoordelingenGen(vragenlijst, regels, beoordeeld, Basis.checkProcent(procent, "aandeelAanvaard"), signalen, contact);
  }

  /**
   * Sets the share of the judged gemeenten with one or two signals.
   *
   * @param procent the share, 0..100
   * @return a new generator, not null
   * @throws DomainValidationException if the share is outside 0..100
   */
  public BeoordelingenGen aandeelSignalen(int procent) {
    return new BeoordelingenGen(vragenlijst, regels, beoordeeld, aanvaard, Basis.checkProcent(procent, "aandeelSignalen"), contact);
  }

  /**
   * Sets the share of the domeinen with a possible risk after judgement that get a contact.
   *
   * @param procent the share, 0..100
   * @return a new generator, not null
   * @throws DomainValidationException if the share is outside 0..100
   */
  public BeoordelingenGen aandeelContact(int procent) {
    return new BeoordelingenGen(vragenlijst, regels, beoordeeld, aanvaard, signalen, Basis.checkProcent(procent, "aandeelContact"));
  }

  @Override
  public Beoordelingen generate(RandomnessSource in) {
    List<Beoordeling> lijst = new ArrayList<>();
    for (GemeenteAntwoord a : vragenlijst.gemeenten()) {
      if (kans(in, beoordeeld)) {
        lijst.add(beoordeling(in, a));
      }
    }
    Beoordelingen beoordelingen = Beoordelingen.of(vragenlijst.verslagjaar(), lijst);
    // Built to fit: lea-core's own check of the document-level rules says so, or the generator is wrong.
    DomainValidationException.throwIfAny(beoordelingen.controleer(vragenlijst, regels));
    return beoordelingen;
  }

  private Beoordeling beoordeling(RandomnessSource in, GemeenteAntwoord a) {
    List<AanvaardeToelichting> toelichtingen = new ArrayList<>();
    for (String code : regels.gevuurd(a)) {
      if (!regels.nietIngevuld().equals(java.util.Optional.of(code)) && kans(in, aanvaard)) {
        toelichtingen.add(kans(in, 50) ? AanvaardeToelichting.of(code, tekst(in)) : AanvaardeToelichting.of(code));
      }
    }
    List<Signaal> signaalLijst = new ArrayList<>();
    if (kans(in, signalen)) {
      int n = 1 + getal(in, 1);
      for (int i = 0; i < n; i++) {
        signaalLijst.add(Signaal.of(Domein.values()[getal(in, 1)], tekst(in)));
      }
    }
    Set<Domein> risico = EnumSet.noneOf(Domein.class);
    risico.addAll(regels.risicodomeinen(a, toelichtingen.stream().map(AanvaardeToelichting::regel).toList(),
        signaalLijst.stream().map(Signaal::domein).toList()));
    List<Contact> contacten = new ArrayList<>();
    for (Domein d : risico) {
      if (kans(in, contact)) {
        contacten.add(contact(in, d));
      }
    }
    return Beoordeling.of(a.gemeente().code(), toelichtingen, signaalLijst, contacten);
  }

  private static Contact contact(RandomnessSource in, Domein d) {
    Contactuitkomst uitkomst = Contactuitkomst.values()[getal(in, Contactuitkomst.values().length - 1)];
    int n = switch (uitkomst) {
      case GEEN_RISICO_MEER -> 0;
      case VERBETERAFSPRAKEN -> 1 + getal(in, 2);
      case ONDERZOEK -> getal(in, 2);
    };
    List<Toezichtonderwerp> onderwerpen = Toezichtonderwerp.of(d);
    List<Verbeterafspraak> afspraken = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Toezichtonderwerp o = onderwerpen.get(getal(in, onderwerpen.size() - 1));
      afspraken.add(kans(in, 70)
          ? Verbeterafspraak.of(o, tekst(in), LocalDate.of(2023, 1, 1).plusDays(getal(in, 1200)))
          : Verbeterafspraak.of(o, tekst(in)));
    }
    return Contact.of(d, uitkomst, afspraken);
  }

  private static String tekst(RandomnessSource in) {
    return TEKSTEN.get(getal(in, TEKSTEN.size() - 1));
  }

  private static boolean kans(RandomnessSource in, int procent) {
    return getal(in, 99) < procent;
  }

  private static int getal(RandomnessSource in, int max) {
    return integers().between(0, max).generate(in);
  }
}
