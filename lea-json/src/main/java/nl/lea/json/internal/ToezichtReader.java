package nl.lea.json.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.lea.core.Gemeentecode;
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

  private static final Pattern DATUM = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

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
    Node jaarNode = o.required("verslagjaar");
    Integer jaar = integer(jaarNode, o.at("verslagjaar"), nl.lea.core.Verslagjaar.MIN, nl.lea.core.Verslagjaar.MAX);
    boolean jaarOk = jaar != null && jaar == vragenlijst.verslagjaar().jaar();
    if (jaar != null && !jaarOk) {
      errors.add(o.at("verslagjaar"), "differs from the vragenlijst's verslagjaar " + vragenlijst.verslagjaar(), jaarNode);
    }
    List<Node> items = array(o.required("gemeenten"), o.at("gemeenten"));
    o.finish();
    if (items == null) {
      return null;
    }
    Map<Gemeentecode, Integer> gezien = new HashMap<>();
    List<Beoordeling> lijst = new ArrayList<>();
    boolean ok = schemaOk && jaarOk;
    for (int i = 0; i < items.size(); i++) {
      Beoordeling b = beoordeling(items.get(i), Pointer.child(o.at("gemeenten"), i), i, gezien);
      ok &= b != null;
      lijst.add(b);
    }
    return ok ? Beoordelingen.of(vragenlijst.verslagjaar(), lijst) : null;
  }

  private Beoordeling beoordeling(Node n, String pointer, int index, Map<Gemeentecode, Integer> gezien) {
    Obj o = object(n, pointer);
    if (o == null) {
      return null;
    }
    Node codeNode = o.required("code");
    Gemeentecode code = gemeentecode(codeNode, o.at("code"));
    GemeenteAntwoord antwoord = null;
    boolean ok = code != null;
    if (code != null) {
      antwoord = antwoorden.get(code);
      if (antwoord == null) {
        errors.add(o.at("code"), "is not a gemeente of the vragenlijst", codeNode);
        ok = false;
      } else if (gezien.putIfAbsent(code, index) != null) {
        errors.add(o.at("code"), "repeats the gemeente code of /gemeenten/" + gezien.get(code), codeNode);
        ok = false;
      }
    }
    List<String> gevuurd = antwoord == null ? null : regels.gevuurd(antwoord);

    List<AanvaardeToelichting> aanvaard = new ArrayList<>();
    Map<String, String> regelGezien = new HashMap<>();
    List<Node> toelichtingen = optionalArray(o.optional("aanvaardeToelichtingen"), o.at("aanvaardeToelichtingen"));
    ok &= toelichtingen != null;
    if (toelichtingen != null) {
      for (int j = 0; j < toelichtingen.size(); j++) {
        String p = Pointer.child(o.at("aanvaardeToelichtingen"), j);
        AanvaardeToelichting a = aanvaardeToelichting(toelichtingen.get(j), p, code, gevuurd, regelGezien);
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
        if (antwoord != null && !mogelijkRisico(antwoord, d, aanvaard, signalen)) {
          errors.add(c.at(d.name()), "no possible " + d.label() + " risk remains for " + code + " after judgement", null);
          ok = false;
        }
      }
      ok &= c.finish();
    }
    ok &= o.finish();
    return ok ? Beoordeling.of(code, aanvaard, signalen, new ArrayList<>(contacten.values())) : null;
  }

  /** Rule 6 with the entry's valid acceptances and signalen only. */
  private boolean mogelijkRisico(GemeenteAntwoord antwoord, Domein d, List<AanvaardeToelichting> aanvaard, List<Signaal> signalen) {
    Set<String> codes = aanvaard.stream().map(AanvaardeToelichting::regel).collect(Collectors.toSet());
    Set<Domein> signaal = signalen.stream().map(Signaal::domein).collect(Collectors.toSet());
    return regels.risicodomeinen(antwoord, codes, signaal).contains(d);
  }

  private AanvaardeToelichting aanvaardeToelichting(Node n, String pointer, Gemeentecode code, List<String> gevuurd,
      Map<String, String> regelGezien) {
    Obj o = object(n, pointer);
    if (o == null) {
      return null;
    }
    Node regelNode = o.required("regel");
    String regel = regelcode(regelNode, o.at("regel"));
    if (regel != null) {
      if (regel.equals(AanvaardeToelichting.NIET_INGEVULD)) {
        errors.add(o.at("regel"), "cannot be accepted: L0 means the questionnaire was not returned", regelNode);
        regel = null;
      } else if (gevuurd != null && !gevuurd.contains(regel)) {
        errors.add(o.at("regel"), "did not fire for " + code + " (fired: "
            + (gevuurd.isEmpty() ? "none" : String.join(" ", gevuurd)) + ")", regelNode);
        regel = null;
      } else if (regelGezien.putIfAbsent(regel, pointer) != null) {
        errors.add(o.at("regel"), "repeats the rule accepted at " + regelGezien.get(regel), regelNode);
        regel = null;
      }
    }
    Node tekstNode = o.optional("toelichting");
    String toelichting = tekstNode == null ? null : tekst(tekstNode, o.at("toelichting"));
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
    String omschrijving = tekst(o.required("omschrijving"), o.at("omschrijving"));
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
    List<Verbeterafspraak> afspraken = list(optionalArray(lijstNode, o.at("verbeterafspraken")), o.at("verbeterafspraken"),
        (item, p) -> verbeterafspraak(item, p, domein));
    boolean bekend = o.finish();
    if (uitkomst == null || afspraken == null || !bekend) {
      return null;
    }
    if (uitkomst == Contactuitkomst.VERBETERAFSPRAKEN && afspraken.isEmpty()) {
      errors.add(o.at("verbeterafspraken"), "is required (at least one) when uitkomst is VERBETERAFSPRAKEN", null);
      return null;
    }
    if (uitkomst == Contactuitkomst.GEEN_RISICO_MEER && !afspraken.isEmpty()) {
      errors.add(o.at("verbeterafspraken"), "must be absent when uitkomst is GEEN_RISICO_MEER", lijstNode);
      return null;
    }
    return Contact.of(domein, uitkomst, afspraken);
  }

  private Verbeterafspraak verbeterafspraak(Node n, String pointer, Domein domein) {
    Obj o = object(n, pointer);
    if (o == null) {
      return null;
    }
    Toezichtonderwerp onderwerp = onderwerp(o.required("onderwerp"), o.at("onderwerp"), domein);
    String omschrijving = tekst(o.required("omschrijving"), o.at("omschrijving"));
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
    String toegestaan = Toezichtonderwerp.van(domein).stream().map(Enum::name).collect(Collectors.joining(", "));
    for (Toezichtonderwerp o : Toezichtonderwerp.values()) {
      if (o.name().equals(naam)) {
        if (o.domein() == domein) {
          return o;
        }
        errors.add(pointer, "is not an onderwerp of " + domein + "; allowed: " + toegestaan, n);
        return null;
      }
    }
    errors.add(pointer, "unknown value; allowed: " + toegestaan, n);
    return null;
  }

  private LocalDate datum(Node n, String pointer) {
    String tekst = string(n, pointer);
    if (tekst == null) {
      return null;
    }
    if (DATUM.matcher(tekst).matches()) {
      try {
        return LocalDate.parse(tekst);
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    errors.add(pointer, "must be a calendar date yyyy-mm-dd", n);
    return null;
  }

  /** A free text: a string with a non-blank character, at most 2,000 characters (rule 8). */
  private String tekst(Node n, String pointer) {
    String tekst = string(n, pointer);
    if (tekst == null) {
      return null;
    }
    if (tekst.isBlank()) {
      errors.add(pointer, "must contain a non-blank character", n);
      return null;
    }
    if (tekst.length() > Signaal.MAX_TEKST) {
      errors.add(pointer, "must be at most " + Signaal.MAX_TEKST + " characters long (" + tekst.length() + ")", null);
      return null;
    }
    return tekst;
  }
}
