package nl.lea.json.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeentecode;
import nl.lea.core.Verslagjaar;
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

/**
 * Reads a {@code lea-toezicht/1} document against the questionnaire document of the same year and
 * the rules in use (docs/toezicht.md §4), reporting every violation with its pointer. Not API.
 */
public final class ToezichtReader extends Reader {

  /** The schema name of a toezicht document. */
  public static final String SCHEMA = "lea-toezicht/1";


  private final Vragenlijst vragenlijst;
  private final Regelset regels;
  private final Map<Gemeentecode, GemeenteAntwoord> antwoorden = new HashMap<>();

  public ToezichtReader(Errors errors, Vragenlijst vragenlijst, Regelset regels) {
    super(errors);
    this.vragenlijst = vragenlijst;
    this.regels = regels;
    vragenlijst.gemeenten().forEach(a -> antwoorden.put(a.gemeente().code(), a));
  }

  public Beoordelingen beoordelingen(Node n, String pointer) {
    Obj o = object(n, pointer);
    if (o == null) {
      return null;
    }
    Node schema = o.required("schema");
    String s = string(schema, o.at("schema"));
    boolean schemaOk = s != null && s.equals(SCHEMA);
    if (s != null && !schemaOk) {
      errors.add(o.at("schema"), "must be \"" + SCHEMA + "\"", schema);
    }
    Integer jaar = integer(o.required("verslagjaar"), o.at("verslagjaar"), Verslagjaar.MIN, Verslagjaar.MAX);
    boolean jaarOk = jaar != null
        && !meld(n, pointer, Beoordelingen.violations(vragenlijst, Verslagjaar.of(jaar), List.of()));
    List<Node> items = array(o.required("gemeenten"), o.at("gemeenten"));
    o.finish();
    if (items == null) {
      return null;
    }
    // The rules over all codes (a gemeente of the vragenlijst, once), each reported where its code is read.
    List<Gemeentecode> codes = new ArrayList<>();
    items.forEach(item -> codes.add(code(item)));
    List<DomainValidationException.Violation> codeRegels = Beoordelingen.violations(vragenlijst, null, codes);
    List<Beoordeling> lijst = new ArrayList<>();
    boolean ok = schemaOk && jaarOk;
    for (int i = 0; i < items.size(); i++) {
      Beoordeling b = beoordeling(items.get(i), Pointer.child(o.at("gemeenten"), i), i, codeRegels, n, pointer);
      ok &= b != null;
      lijst.add(b);
    }
    return ok ? Beoordelingen.of(vragenlijst.verslagjaar(), lijst) : null;
  }

  /** The code of an entry, if it can be read without reporting. */
  private static Gemeentecode code(Node entry) {
    Node c = entry.kind() == Node.Kind.OBJECT ? entry.fields().get("code") : null;
    if (c == null || c.kind() != Node.Kind.STRING) {
      return null;
    }
    try {
      return Gemeentecode.of(c.text());
    } catch (DomainValidationException e) {
      return null;
    }
  }

  private Beoordeling beoordeling(Node n, String pointer, int index, List<DomainValidationException.Violation> codeRegels,
      Node document, String documentPointer) {
    Obj o = object(n, pointer);
    if (o == null) {
      return null;
    }
    Gemeentecode code = gemeentecode(o.required("code"), o.at("code"));
    boolean ok = code != null && !meldBij(document, documentPointer, codeRegels, "gemeenten[" + index + "].code");
    GemeenteAntwoord antwoord = code == null ? null : antwoorden.get(code);

    List<AanvaardeToelichting> aanvaard = new ArrayList<>();
    List<String> geldigeRegels = new ArrayList<>();
    List<Node> toelichtingen = optionalArray(o.optional("aanvaardeToelichtingen"), o.at("aanvaardeToelichtingen"));
    ok &= toelichtingen != null;
    if (toelichtingen != null) {
      for (int j = 0; j < toelichtingen.size(); j++) {
        AanvaardeToelichting a = aanvaardeToelichting(toelichtingen.get(j), o, j, antwoord, geldigeRegels);
        ok &= a != null;
        if (a != null) {
          aanvaard.add(a);
        }
      }
    }

    List<Signaal> signalen = new ArrayList<>();
    List<Node> signaalNodes = optionalArray(o.optional("signalen"), o.at("signalen"));
    ok &= signaalNodes != null;
    if (signaalNodes != null) {
      for (int j = 0; j < signaalNodes.size(); j++) {
        Signaal signaal = signaal(signaalNodes.get(j), Pointer.child(o.at("signalen"), j));
        ok &= signaal != null;
        if (signaal != null) {
          signalen.add(signaal);
        }
      }
    }

    Map<Domein, Contact> contacten = new LinkedHashMap<>();
    Node contactNode = o.optional("contact");
    Obj c = contactNode == null ? null : object(contactNode, o.at("contact"));
    ok &= contactNode == null || c != null;
    if (c != null) {
      for (Domein d : Domein.values()) {
        Node dn = c.optional(d.name());
        if (dn == null) {
          continue;
        }
        Contact contact = contact(dn, c.at(d.name()), d);
        if (contact == null) {
          ok = false;
        } else {
          contacten.put(d, contact);
        }
        // Rule 6 judges with the entry's valid acceptances and signalen only.
        if (antwoord != null && meld(dn, c.at(d.name()), Beoordeling.controleerContact(d, antwoord, regels,
            aanvaard.stream().map(AanvaardeToelichting::regel).toList(), signalen.stream().map(Signaal::domein).toList()))) {
          ok = false;
        }
      }
      ok &= c.finish(java.util.Arrays.stream(Domein.values()).map(Domein::name).toList());
    }
    ok &= o.finish();
    return ok ? Beoordeling.of(code, aanvaard, signalen, new ArrayList<>(contacten.values())) : null;
  }

  /**
   * One accepted toelichting, the {@code j}th of an entry: rule 4 (the rule may be accepted and fired,
   * then appears once among the entry's valid ones) and its text.
   */
  private AanvaardeToelichting aanvaardeToelichting(Node n, Obj entry, int j, GemeenteAntwoord antwoord,
      List<String> geldigeRegels) {
    Obj o = object(n, Pointer.child(entry.at("aanvaardeToelichtingen"), j));
    if (o == null) {
      geldigeRegels.add(null);
      return null;
    }
    String regel = regelcode(o.required("regel"), o.at("regel"));
    if (regel != null && meld(n, o.pointer(), Beoordeling.controleerAanvaarding(regel, antwoord, regels))) {
      regel = null;
    }
    geldigeRegels.add(regel);
    if (regel != null && meldBij(entry.node(), entry.pointer(), Beoordeling.violations(geldigeRegels),
        "aanvaardeToelichtingen[" + j + "].regel")) {
      regel = null;
      geldigeRegels.set(j, null);
    }
    Node tekstNode = o.optional("toelichting");
    String toelichting = tekstNode == null ? null : tekst(o, "toelichting", tekstNode);
    boolean bekend = o.finish();
    if (regel == null || (tekstNode != null && toelichting == null) || !bekend) {
      return null;
    }
    return toelichting == null ? AanvaardeToelichting.of(regel) : AanvaardeToelichting.of(regel, toelichting);
  }

  /** A rule code of the rules in use; an unknown one is an unknown enum value. */
  private String regelcode(Node n, String pointer) {
    String code = string(n, pointer);
    if (code != null && !regels.codes().contains(code)) {
      errors.add(pointer, "unknown value; allowed: " + String.join(", ", regels.codes()), n);
      return null;
    }
    return code;
  }

  private Signaal signaal(Node n, String pointer) {
    Obj o = object(n, pointer);
    if (o == null) {
      return null;
    }
    Domein domein = enumValue(o.required("domein"), o.at("domein"), Domein.class);
    String omschrijving = tekst(o, "omschrijving", o.required("omschrijving"));
    boolean bekend = o.finish();
    return domein != null && omschrijving != null && bekend ? Signaal.of(domein, omschrijving) : null;
  }

  private Contact contact(Node n, String pointer, Domein domein) {
    Obj o = object(n, pointer);
    if (o == null) {
      return null;
    }
    Contactuitkomst uitkomst = enumValue(o.required("uitkomst"), o.at("uitkomst"), Contactuitkomst.class);
    Node lijstNode = o.optional("verbeterafspraken");
    List<Toezichtonderwerp> onderwerpen = new ArrayList<>();
    List<Verbeterafspraak> afspraken = list(optionalArray(lijstNode, o.at("verbeterafspraken")), o.at("verbeterafspraken"),
        (item, p) -> verbeterafspraak(item, o, onderwerpen, domein));
    boolean bekend = o.finish();
    if (uitkomst == null || afspraken == null) {
      return null;
    }
    // The contact's rules are judged whatever else is wrong with it: one error never hides another.
    if (meldBij(n, pointer, Contact.violations(domein, uitkomst, onderwerpen), "verbeterafspraken") || !bekend) {
      return null;
    }
    return Contact.of(domein, uitkomst, afspraken);
  }

  /** The next agreement of a contact; its onderwerp is added to the contact's list (null if unknown). */
  private Verbeterafspraak verbeterafspraak(Node n, Obj contact, List<Toezichtonderwerp> onderwerpen, Domein domein) {
    int j = onderwerpen.size();
    onderwerpen.add(null);
    Obj o = object(n, Pointer.child(contact.at("verbeterafspraken"), j));
    if (o == null) {
      return null;
    }
    Toezichtonderwerp onderwerp = onderwerp(o.required("onderwerp"), o.at("onderwerp"), domein);
    onderwerpen.set(j, onderwerp);
    if (onderwerp != null && meldBij(contact.node(), contact.pointer(), Contact.violations(domein, null, onderwerpen),
        "verbeterafspraken[" + j + "].onderwerp")) {
      onderwerp = null;
    }
    String omschrijving = tekst(o, "omschrijving", o.required("omschrijving"));
    Node datumNode = o.optional("uiterlijk");
    LocalDate uiterlijk = datumNode == null ? null : datum(datumNode, o.at("uiterlijk"));
    boolean bekend = o.finish();
    if (onderwerp == null || omschrijving == null || (datumNode != null && uiterlijk == null) || !bekend) {
      return null;
    }
    return uiterlijk == null ? Verbeterafspraak.of(onderwerp, omschrijving) : Verbeterafspraak.of(onderwerp, omschrijving, uiterlijk);
  }

  private Toezichtonderwerp onderwerp(Node n, String pointer, Domein domein) {
    String naam = string(n, pointer);
    if (naam == null) {
      return null;
    }
    for (Toezichtonderwerp o : Toezichtonderwerp.values()) {
      if (o.name().equals(naam)) {
        return o;
      }
    }
    // An unknown value lists the onderwerpen of the contact's domein (docs/toezicht.md §4).
    errors.add(pointer, "unknown value; allowed: "
        + Toezichtonderwerp.of(domein).stream().map(Enum::name).collect(Collectors.joining(", ")), n);
    return null;
  }

  private LocalDate datum(Node n, String pointer) {
    String tekst = string(n, pointer);
    if (tekst == null) {
      return null;
    }
    LocalDate d = DomainReader.kalenderdatum(tekst);
    if (d == null) {
      errors.add(pointer, DomainReader.DATUMREGEL, n);
    }
    return d;
  }

  /** A free text, the field {@code veld} of {@code o}, by rule 8 (lea-core's {@link Signaal#tekstViolations}). */
  private String tekst(Obj o, String veld, Node n) {
    String tekst = string(n, o.at(veld));
    return tekst == null || meld(o.node(), o.pointer(), Signaal.tekstViolations(veld, tekst)) ? null : tekst;
  }
}
