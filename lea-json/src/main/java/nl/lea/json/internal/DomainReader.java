package nl.lea.json.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeente;
import nl.lea.core.Gemeentecode;
import nl.lea.core.RedenGeenOverleg;
import nl.lea.core.Verslagjaar;
import nl.lea.core.doel.Doel;
import nl.lea.core.doel.DoelStatus;
import nl.lea.core.peuter.Peuter;
import nl.lea.core.resultaat.Aanlevering;
import nl.lea.core.resultaat.Frequentie;
import nl.lea.core.resultaat.Gesprekspartner;
import nl.lea.core.resultaat.Inhoud;
import nl.lea.core.resultaat.InhoudType;
import nl.lea.core.resultaat.Ontwikkelingsgebied;
import nl.lea.core.resultaat.RedenNietBehaald;
import nl.lea.core.resultaat.Reikwijdte;
import nl.lea.core.resultaat.Resultaatafspraken;
import nl.lea.core.resultaat.ResultaatafsprakenStatus;
import nl.lea.core.thema.AfspraakStatus;
import nl.lea.core.thema.LeaAntwoord;
import nl.lea.core.thema.LeaThema;
import nl.lea.core.thema.ThemaAntwoord;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.core.vve.Aanbod;
import nl.lea.core.vve.DoelgroepIndicator;
import nl.lea.core.vve.Doelgroepdefinitie;
import nl.lea.core.vve.OnderwerpAntwoord;
import nl.lea.core.vve.RedenOnvoldoendeKindplaatsen;
import nl.lea.core.vve.RedenOnvolledigBereik;
import nl.lea.core.vve.VveAntwoord;
import nl.lea.core.vve.VveOnderwerp;
import nl.lea.core.vve.VveUitkomst;

/**
 * Reads the domain types from a {@link Node} tree by the rules of docs/formaten.md, reporting every
 * violation with its pointer. Each method returns null when the value could not be built. Not API.
 */
public final class DomainReader extends Reader {

  /** The schema name of a questionnaire document. */
  public static final String SCHEMA = "lea-vragenlijst/1";

  public DomainReader(Errors errors) {
    super(errors);
  }

  /**
   * Calls a validating factory on parts read from {@code n}; a rule the reader did not ask lea-core
   * about beforehand still becomes an error at its pointer, never an escape.
   */
  private <T> T bouw(Node n, String pointer, Supplier<T> factory) {
    try {
      return factory.get();
    } catch (DomainValidationException e) {
      meld(n, pointer, e.violations());
      return null;
    }
  }

  private static boolean alle(Object... waarden) {
    for (Object w : waarden) {
      if (w == null) {
        return false;
      }
    }
    return true;
  }

  public Vragenlijst vragenlijst(Node n, String pointer) {
    Obj o = object(n, pointer);
    if (o == null) {
      return null;
    }
    Node schema = o.required("schema");
    String s = string(schema, o.at("schema"));
    if (s != null && !s.equals(SCHEMA)) {
      errors.add(o.at("schema"), "must be \"" + SCHEMA + "\"", schema);
    }
    Verslagjaar jaar = verslagjaar(o.required("verslagjaar"), o.at("verslagjaar"));
    List<Node> items = array(o.required("gemeenten"), o.at("gemeenten"));
    List<GemeenteAntwoord> gemeenten = list(items, o.at("gemeenten"), this::gemeenteAntwoord);
    o.finish();
    if (items != null) {
      List<Gemeentecode> codes = new ArrayList<>(items.size());
      items.forEach(item -> codes.add(code(item)));
      if (meld(n, pointer, Vragenlijst.violations(codes))) {
        gemeenten = null;
      }
    }
    if (!alle(jaar, gemeenten) || s == null || !s.equals(SCHEMA)) {
      return null;
    }
    List<GemeenteAntwoord> lijst = gemeenten;
    return bouw(n, pointer, () -> Vragenlijst.of(jaar, lijst));
  }

  /** The gemeente code of an answer, if it can be read without reporting. */
  private static Gemeentecode code(Node antwoord) {
    if (antwoord.kind() != Node.Kind.OBJECT) {
      return null;
    }
    Node g = antwoord.fields().get("gemeente");
    Node c = g == null || g.kind() != Node.Kind.OBJECT ? null : g.fields().get("code");
    if (c == null || c.kind() != Node.Kind.STRING) {
      return null;
    }
    try {
      return Gemeentecode.of(c.text());
    } catch (DomainValidationException e) {
      return null;
    }
  }

  public Verslagjaar verslagjaar(Node n, String pointer) {
    Integer jaar = integer(n, pointer, Verslagjaar.MIN, Verslagjaar.MAX);
    return jaar == null ? null : Verslagjaar.of(jaar);
  }

  public Gemeente gemeente(Node n, String pointer) {
    Obj o = object(n, pointer);
    if (o == null) {
      return null;
    }
    Gemeentecode code = gemeentecode(o.required("code"), o.at("code"));
    Node naamNode = o.required("naam");
    String naam = string(naamNode, o.at("naam"));
    o.finish();
    if (meld(n, pointer, Gemeente.violations(naam))) {
      return null;
    }
    return alle(code, naam) ? Gemeente.of(code, naam) : null;
  }

  public GemeenteAntwoord gemeenteAntwoord(Node n, String pointer) {
    Obj o = object(n, pointer);
    if (o == null) {
      return null;
    }
    Gemeente gemeente = gemeente(o.required("gemeente"), o.at("gemeente"));
    Boolean ingevuld = bool(o.required("ingevuld"), o.at("ingevuld"));
    LeaAntwoord lea = null;
    VveAntwoord vve = null;
    if (Boolean.FALSE.equals(ingevuld)) {
      for (String deel : List.of("lea", "vve")) {
        if (o.optional(deel) != null) {
          errors.add(o.at(deel), "must be absent when ingevuld is false", null);
        }
      }
    } else {
      Node leaNode = Boolean.TRUE.equals(ingevuld) ? o.required("lea") : o.optional("lea");
      Node vveNode = Boolean.TRUE.equals(ingevuld) ? o.required("vve") : o.optional("vve");
      lea = leaNode == null ? null : leaAntwoord(leaNode, o.at("lea"));
      vve = vveNode == null ? null : vveAntwoord(vveNode, o.at("vve"));
    }
    o.finish();
    if (gemeente == null || ingevuld == null) {
      return null;
    }
    if (!ingevuld) {
      return GemeenteAntwoord.nietIngevuld(gemeente);
    }
    LeaAntwoord l = lea;
    VveAntwoord v = vve;
    return alle(l, v) ? bouw(n, pointer, () -> GemeenteAntwoord.ingevuld(gemeente, l, v)) : null;
  }

  public LeaAntwoord leaAntwoord(Node n, String pointer) {
    Obj o = object(n, pointer);
    if (o == null) {
      return null;
    }
    Map<LeaThema, ThemaAntwoord> perThema = new EnumMap<>(LeaThema.class);
    boolean ok = true;
    for (LeaThema thema : LeaThema.values()) {
      Node t = o.required(thema.name());
      ThemaAntwoord a = t == null ? null : themaAntwoord(t, o.at(thema.name()));
      if (a == null) {
        ok = false;
      } else {
        perThema.put(thema, a);
      }
    }
    o.finish();
    return ok ? bouw(n, pointer, () -> LeaAntwoord.of(perThema)) : null;
  }

  public ThemaAntwoord themaAntwoord(Node n, String pointer) {
    Obj o = object(n, pointer);
    if (o == null) {
      return null;
    }
    Boolean overleg = bool(o.required("overleg"), o.at("overleg"));
    Set<RedenGeenOverleg> redenen = enumSet(o.optional("redenenGeenOverleg"), o.at("redenenGeenOverleg"), RedenGeenOverleg.class);
    AfspraakStatus afspraken = enumValue(o.required("afspraken"), o.at("afspraken"), AfspraakStatus.class);
    List<Doel> doelen = doelen(o.optional("doelen"), o.at("doelen"));
    o.finish();
    if (meld(n, pointer, ThemaAntwoord.violations(overleg, redenen))) {
      return null;
    }
    return alle(overleg, redenen, afspraken, doelen)
        ? bouw(n, pointer, () -> ThemaAntwoord.of(overleg, redenen, afspraken, doelen)) : null;
  }

  public List<Doel> doelen(Node n, String pointer) {
    return list(optionalArray(n, pointer), pointer, this::doel);
  }

  public Doel doel(Node n, String pointer) {
    Obj o = object(n, pointer);
    if (o == null) {
      return null;
    }
    Node omschrijvingNode = o.optional("omschrijving");
    String omschrijving = omschrijvingNode == null ? null : string(omschrijvingNode, o.at("omschrijving"));
    DoelStatus status = enumValue(o.required("status"), o.at("status"), DoelStatus.class);
    o.finish();
    if (status == null || (omschrijvingNode != null && omschrijving == null)) {
      return null;
    }
    return omschrijving == null ? Doel.of(status) : Doel.of(status, omschrijving);
  }

  public VveAntwoord vveAntwoord(Node n, String pointer) {
    Obj o = object(n, pointer);
    if (o == null) {
      return null;
    }
    Obj dd = object(o.required("doelgroepdefinitie"), o.at("doelgroepdefinitie"));
    OnderwerpAntwoord ddOverleg = null;
    Doelgroepdefinitie definitie = null;
    if (dd != null) {
      ddOverleg = onderwerp(dd, VveOnderwerp.DOELGROEPDEFINITIE);
      definitie = definitie(dd);
      dd.finish();
    }
    OnderwerpAntwoord toeleiding = onderwerpAntwoord(o.required("toeleiding"), o.at("toeleiding"), VveOnderwerp.TOELEIDING);
    OnderwerpAntwoord doorgaandeLijn = onderwerpAntwoord(o.required("doorgaandeLijn"), o.at("doorgaandeLijn"), VveOnderwerp.DOORGAANDE_LIJN);
    Aanbod aanbod = aanbod(o.required("aanbod"), o.at("aanbod"));
    Resultaatafspraken r = resultaatafspraken(o.required("resultaatafspraken"), o.at("resultaatafspraken"));
    o.finish();
    OnderwerpAntwoord a = ddOverleg;
    Doelgroepdefinitie d = definitie;
    return alle(a, d, toeleiding, doorgaandeLijn, aanbod, r)
        ? bouw(n, pointer, () -> VveAntwoord.of(a, d, toeleiding, doorgaandeLijn, aanbod, r)) : null;
  }

  /** An onderwerp answer in its own object: {@code uitkomst} and {@code redenenGeenOverleg}. */
  public OnderwerpAntwoord onderwerpAntwoord(Node n, String pointer, VveOnderwerp onderwerp) {
    Obj o = object(n, pointer);
    if (o == null) {
      return null;
    }
    OnderwerpAntwoord a = onderwerp(o, onderwerp);
    o.finish();
    return a;
  }

  /** A stand-alone onderwerp answer that names its onderwerp. */
  public OnderwerpAntwoord onderwerpAntwoord(Node n, String pointer) {
    Obj o = object(n, pointer);
    if (o == null) {
      return null;
    }
    VveOnderwerp onderwerp = enumValue(o.required("onderwerp"), o.at("onderwerp"), VveOnderwerp.class);
    OnderwerpAntwoord a = onderwerp == null ? null : onderwerp(o, onderwerp);
    o.finish();
    return a;
  }

  /** The Dutch names of the days of the week, Monday first. */
  public static final List<String> DAGEN = List.of("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag");

  /**
   * A ve offer: {@code duurPerDag} (Dutch day name to an ISO-8601 duration such as {@code
   * "PT3H30M"}, or a number of seconds) and {@code wekenPerJaar}.
   */
  private static java.math.BigDecimal seconden(Node s) {
    if (s.kind() == Node.Kind.INTEGER || s.kind() == Node.Kind.DECIMAL) {
      return new java.math.BigDecimal(s.text());
    }
    if (s.kind() == Node.Kind.STRING) {
      try {
        java.time.Duration d = java.time.Duration.parse(s.text());
        return java.math.BigDecimal.valueOf(d.getSeconds()).add(java.math.BigDecimal.valueOf(d.getNano(), 9));
      } catch (java.time.format.DateTimeParseException e) {
        return null;
      }
    }
    return null;
  }

  public nl.lea.core.vve.VeAanbod veAanbod(Node n, String pointer) {
    Obj o = object(n, pointer);
    if (o == null) {
      return null;
    }
    Obj dagen = object(o.required("duurPerDag"), o.at("duurPerDag"));
    Map<java.time.DayOfWeek, javax.measure.Quantity<javax.measure.quantity.Time>> perDag =
        new EnumMap<>(java.time.DayOfWeek.class);
    boolean ok = dagen != null;
    if (dagen != null) {
      for (java.time.DayOfWeek dag : java.time.DayOfWeek.values()) {
        String naam = DAGEN.get(dag.ordinal());
        Node s = dagen.optional(naam);
        if (s == null) {
          continue;
        }
        java.math.BigDecimal seconden = seconden(s);
        if (seconden == null) {
          errors.add(dagen.at(naam), "must be an ISO-8601 duration such as \"PT3H30M\" or a number of seconds", s);
          ok = false;
          continue;
        }
        perDag.put(dag, tech.units.indriya.quantity.Quantities.getQuantity(seconden, tech.units.indriya.unit.Units.SECOND));
      }
      dagen.finish();
    }
    Integer weken = integer(o.required("wekenPerJaar"), o.at("wekenPerJaar"), 1, 52);
    o.finish();
    return ok && weken != null ? bouw(n, pointer, () -> nl.lea.core.vve.VeAanbod.of(perDag, weken)) : null;
  }

  /** Reads {@code uitkomst} and {@code redenenGeenOverleg} of an object, for the onderwerp. */
  public OnderwerpAntwoord onderwerp(Obj o, VveOnderwerp onderwerp) {
    VveUitkomst uitkomst = enumValue(o.required("uitkomst"), o.at("uitkomst"), VveUitkomst.class);
    Set<RedenGeenOverleg> redenen = enumSet(o.optional("redenenGeenOverleg"), o.at("redenenGeenOverleg"), RedenGeenOverleg.class);
    if (meld(o.node(), o.pointer(), OnderwerpAntwoord.violations(onderwerp, uitkomst, redenen))) {
      return null;
    }
    return alle(uitkomst, redenen) ? OnderwerpAntwoord.of(onderwerp, uitkomst, redenen) : null;
  }

  /** Reads {@code indicatoren} and {@code criteria} of an object. */
  public Doelgroepdefinitie definitie(Obj o) {
    Set<DoelgroepIndicator> indicatoren = enumSet(o.optional("indicatoren"), o.at("indicatoren"), DoelgroepIndicator.class);
    Node criteriaNode = o.optional("criteria");
    if (criteriaNode == null) {
      return indicatoren == null ? null : Doelgroepdefinitie.of(indicatoren);
    }
    String p = o.at("criteria");
    List<Node> clausules = array(criteriaNode, p);
    if (clausules == null) {
      return null;
    }
    // Each clause's own rule where the clause is read, the rules over all clauses after them.
    List<Set<DoelgroepIndicator>> criteria = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < clausules.size(); i++) {
      criteria.add(enumSet(clausules.get(i), Pointer.child(p, i), DoelgroepIndicator.class));
      ok &= !meldBij(o.node(), o.pointer(), Doelgroepdefinitie.violations(null, criteria), "criteria[" + i + "]");
    }
    if (!meldBij(o.node(), o.pointer(), Doelgroepdefinitie.violations(indicatoren, criteria), "criteria")
        && ok && indicatoren != null && !criteria.contains(null)) {
      return Doelgroepdefinitie.of(indicatoren, criteria);
    }
    return null;
  }

  /** A doelgroepdefinitie in its own object ({@code indicatoren}, {@code criteria}). */
  public Doelgroepdefinitie doelgroepdefinitie(Node n, String pointer) {
    Obj o = object(n, pointer);
    if (o == null) {
      return null;
    }
    Doelgroepdefinitie d = definitie(o);
    o.finish();
    return d;
  }

  private OptionalInt telling(Obj o, String veld) {
    Node n = o.optional(veld);
    if (n == null || n.kind() == Node.Kind.NULL) {
      return OptionalInt.empty();
    }
    Integer waarde = integer(n, o.at(veld), 0, Aanbod.MAX_AANTAL);
    return waarde == null ? null : OptionalInt.of(waarde);
  }

  public Aanbod aanbod(Node n, String pointer) {
    Obj o = object(n, pointer);
    if (o == null) {
      return null;
    }
    OptionalInt d = telling(o, "doelgroeppeuters");
    OptionalInt k = telling(o, "kindplaatsen");
    OptionalInt b = telling(o, "bereikteDoelgroeppeuters");
    Set<RedenOnvolledigBereik> r1 = enumSet(o.optional("redenenOnvolledigBereik"), o.at("redenenOnvolledigBereik"), RedenOnvolledigBereik.class);
    Set<RedenOnvoldoendeKindplaatsen> r2 = enumSet(o.optional("redenenOnvoldoendeKindplaatsen"),
        o.at("redenenOnvoldoendeKindplaatsen"), RedenOnvoldoendeKindplaatsen.class);
    o.finish();
    return alle(d, k, b, r1, r2) ? Aanbod.of(d, k, b, r1, r2) : null;
  }

  public Inhoud inhoud(Node n, String pointer) {
    Obj o = object(n, pointer);
    if (o == null) {
      return null;
    }
    InhoudType type = enumValue(o.required("type"), o.at("type"), InhoudType.class);
    Ontwikkelingsgebied gebied = enumValue(o.required("gebied"), o.at("gebied"), Ontwikkelingsgebied.class);
    o.finish();
    return alle(type, gebied) ? Inhoud.of(type, gebied) : null;
  }

  public Resultaatafspraken resultaatafspraken(Node n, String pointer) {
    Obj o = object(n, pointer);
    if (o == null) {
      return null;
    }
    ResultaatafsprakenStatus status = enumValue(o.required("status"), o.at("status"), ResultaatafsprakenStatus.class);
    Node reikwijdteNode = o.optional("reikwijdte");
    Reikwijdte reikwijdte = reikwijdteNode == null ? null : enumValue(reikwijdteNode, o.at("reikwijdte"), Reikwijdte.class);
    Set<Ontwikkelingsgebied> gebieden = enumSet(o.optional("ontwikkelingsgebieden"), o.at("ontwikkelingsgebieden"), Ontwikkelingsgebied.class);
    Node inhoudNode = o.optional("inhoud");
    Set<Inhoud> inhoud = set(inhoudNode, o.at("inhoud"), this::inhoud);
    Set<Aanlevering> aanlevering = enumSet(o.optional("aanlevering"), o.at("aanlevering"), Aanlevering.class);
    List<Doel> doelen = doelen(o.optional("doelen"), o.at("doelen"));
    Set<RedenNietBehaald> redenen = enumSet(o.optional("redenenNietBehaald"), o.at("redenenNietBehaald"), RedenNietBehaald.class);
    Set<Gesprekspartner> partners = enumSet(o.optional("gesprekspartners"), o.at("gesprekspartners"), Gesprekspartner.class);
    Node frequentieNode = o.optional("frequentie");
    Frequentie frequentie = frequentieNode == null ? null : enumValue(frequentieNode, o.at("frequentie"), Frequentie.class);
    o.finish();
    boolean ok = status != null && gebieden != null && inhoud != null && aanlevering != null && doelen != null
        && redenen != null && partners != null
        && (reikwijdteNode == null || reikwijdte != null) && (frequentieNode == null || frequentie != null);
    if (meld(n, pointer, Resultaatafspraken.violations(status, reikwijdte, gebieden, inhoud, aanlevering, doelen, redenen,
        partners, frequentie)) || !ok) {
      return null;
    }
    Resultaatafspraken.Builder builder = Resultaatafspraken.builder(status)
        .reikwijdte(reikwijdte).ontwikkelingsgebieden(gebieden).inhoud(inhoud).aanlevering(aanlevering)
        .doelen(doelen).redenenNietBehaald(redenen).gesprekspartners(partners).frequentie(frequentie);
    return bouw(n, pointer, builder::build);
  }

  /** One {@code lea-peuters/1} record. */
  public Peuter peuter(Node n, String pointer) {
    Obj o = object(n, pointer);
    if (o == null) {
      return null;
    }
    String id = string(o.required("id"), o.at("id"));
    if (meld(n, pointer, Peuter.violations(id))) {
      id = null;
    }
    Gemeentecode gemeente = gemeentecode(o.required("gemeente"), o.at("gemeente"));
    Integer leeftijd = integer(o.required("leeftijdInMaanden"), o.at("leeftijdInMaanden"), 0, Peuter.MAX_LEEFTIJD_IN_MAANDEN);
    Set<DoelgroepIndicator> indicatoren = enumSet(o.optional("indicatoren"), o.at("indicatoren"), DoelgroepIndicator.class);
    Boolean ve = bool(o.required("veDeelname"), o.at("veDeelname"));
    o.finish();
    String i = id;
    return alle(i, gemeente, leeftijd, indicatoren, ve)
        ? bouw(n, pointer, () -> Peuter.of(i, gemeente, leeftijd, indicatoren, ve)) : null;
  }
}
