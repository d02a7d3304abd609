package nl.lea.json.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeente;
import nl.lea.core.Gemeentecode;
import nl.lea.core.RedenGeenOverleg;
import nl.lea.core.Verslagjaar;
import nl.lea.core.doel.Doel;
import nl.lea.core.peuter.Peuter;
import nl.lea.core.resultaat.Inhoud;
import nl.lea.core.resultaat.Resultaatafspraken;
import nl.lea.core.thema.JaarlijksOverleg;
import nl.lea.core.thema.LeaAntwoord;
import nl.lea.core.thema.LeaThema;
import nl.lea.core.thema.ThemaAntwoord;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.core.vragenlijst.Verantwoording;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.core.vve.Aanbod;
import nl.lea.core.vve.DoelgroepIndicator;
import nl.lea.core.vve.Doelgroepdefinitie;
import nl.lea.core.vve.OnderwerpAntwoord;
import nl.lea.core.vve.VveAntwoord;
import nl.lea.core.vve.VveOnderwerp;
import nl.lea.core.vve.VveUitkomst;

/**
 * Reads the domain types from a {@link Node} tree by the rules of docs/formaten.md, reporting every
 * violation with its pointer. Each method returns null when the value could not be built. Not API.
 */
public final class DomainReader extends Reader {

  /** The schema name of a questionnaire document of version 1. */
  public static final String SCHEMA = "lea-vragenlijst/1";

  /** The schema name of a questionnaire document of version 2, the jaarverantwoording. */
  public static final String SCHEMA_2 = "lea-vragenlijst/2";

  /** The version of a value read on its own (not in a document): every field known, none of version 2 required. */
  private static final int LOS = 0;

  /** The version of the document being read, or {@link #LOS}. */
  private int versie = LOS;

  /** The verslagjaar of the document being read, null if unknown or reading a value on its own. */
  private Verslagjaar jaar;

  public DomainReader(Errors errors) {
    super(errors);
  }

  /** Whether a field added in version {@code sinds} is read (else it is unknown). */
  boolean vraagt(int sinds) {
    return versie == LOS || sinds <= versie;
  }

  /** Whether a field of version {@code sinds} that its kind requires is required here. */
  boolean vereist(int sinds) {
    return versie != LOS || sinds == 1;
  }

  /**
   * Calls a validating factory on parts read from {@code n}; a rule the reader did not ask lea-core
   * about beforehand still becomes an error at its pointer, never an escape.
   */
  <T> T bouw(Node n, String pointer, Supplier<T> factory) {
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
    boolean bekend = s != null && (s.equals(SCHEMA) || s.equals(SCHEMA_2));
    if (s != null && !bekend) {
      errors.add(o.at("schema"), "must be \"" + SCHEMA + "\" or \"" + SCHEMA_2 + "\"", schema);
    }
    versie = !bekend ? LOS : s.equals(SCHEMA) ? 1 : 2;
    Verslagjaar jaar = verslagjaar(o.required("verslagjaar"), o.at("verslagjaar"));
    this.jaar = jaar;
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
    if (!alle(jaar, gemeenten) || !bekend) {
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
    return Fields.GEMEENTE.read(this, n, pointer);
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
    Optional<JaarlijksOverleg> overleg = Optional.empty();
    Optional<Verantwoording> verantwoording = Optional.empty();
    List<String> delen = vraagt(2) ? List.of("verantwoording", "jaarlijksOverleg", "lea", "vve") : List.of("lea", "vve");
    if (Boolean.FALSE.equals(ingevuld)) {
      for (String deel : delen) {
        if (o.optional(deel) != null) {
          errors.add(o.at(deel), "must be absent when ingevuld is false", null);
        }
      }
    } else {
      boolean ja = Boolean.TRUE.equals(ingevuld);
      if (vraagt(2)) {
        boolean vastgesteldVereist = versie == 2 && jaar != null && jaar.jaar() >= Vragenlijst.EERSTE_JAAR_VASTSTELLING;
        // A required part that is missing is unknown (null): reported once, as missing.
        boolean vVereist = ja && vastgesteldVereist;
        Node vNode = vVereist ? o.required("verantwoording") : o.optional("verantwoording");
        verantwoording = vNode == null ? (vVereist ? null : Optional.empty())
            : optie(verantwoording(vNode, o.at("verantwoording"), vastgesteldVereist));
        boolean oVereist = ja && versie == 2;
        Node oNode = oVereist ? o.required("jaarlijksOverleg") : o.optional("jaarlijksOverleg");
        overleg = oNode == null ? (oVereist ? null : Optional.empty())
            : optie(Fields.JAARLIJKS_OVERLEG.read(this, oNode, o.at("jaarlijksOverleg")));
      }
      Node leaNode = ja ? o.required("lea") : o.optional("lea");
      Node vveNode = ja ? o.required("vve") : o.optional("vve");
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
    if (overleg == null || verantwoording == null || (l != null && overleg.isPresent()
        && meld(n, pointer, GemeenteAntwoord.violations(l, overleg.get())))) {
      return null;
    }
    Optional<JaarlijksOverleg> jo = overleg;
    Optional<Verantwoording> vw = verantwoording;
    return alle(l, v) ? bouw(n, pointer, () -> {
      GemeenteAntwoord a = GemeenteAntwoord.ingevuld(gemeente, l, v);
      a = jo.map(a::withJaarlijksOverleg).orElse(a);
      return vw.map(a::withVerantwoording).orElse(a);
    }) : null;
  }

  /** An object of texts by key ({@code anders}); null if it or a text could not be read. */
  public Map<String, String> teksten(Node n, String pointer) {
    Obj o = object(n, pointer);
    if (o == null) {
      return null;
    }
    Map<String, String> teksten = new java.util.LinkedHashMap<>();
    boolean ok = true;
    for (String sleutel : n.fields().keySet()) {
      String tekst = string(o.optional(sleutel), o.at(sleutel));
      ok &= tekst != null;
      teksten.put(sleutel, tekst);
    }
    o.finish();
    return ok ? teksten : null;
  }

  /** A value read as present: empty if absent, null if it could not be read. */
  private static <T> Optional<T> optie(T waarde) {
    return waarde == null ? null : Optional.of(waarde);
  }

  /** The adoption and sending of the answers, for the document's verslagjaar (rule 15). */
  public Verantwoording verantwoording(Node n, String pointer, boolean vastgesteldVereist) {
    if (versie == LOS) {
      errors.add(pointer, "can only be read in a lea-vragenlijst/2 document: its dates belong to the document's verslagjaar", null);
      return null;
    }
    Obj o = object(n, pointer);
    if (o == null) {
      return null;
    }
    Node vNode = vastgesteldVereist ? o.required("vastgesteld") : o.optional("vastgesteld");
    LocalDate vastgesteld = vNode == null ? null : datum(vNode, o.at("vastgesteld"));
    Node iNode = o.optional("ingediend");
    LocalDate ingediend = iNode == null ? null : datum(iNode, o.at("ingediend"));
    o.finish();
    if ((vNode != null && vastgesteld == null) || (iNode != null && ingediend == null)
        || (vastgesteldVereist && vNode == null) || jaar == null) {
      return null;
    }
    if (meld(n, pointer, Verantwoording.violations(jaar, vastgesteld, ingediend))) {
      return null;
    }
    Verslagjaar j = jaar;
    return bouw(n, pointer, () -> Verantwoording.of(j, Optional.ofNullable(vastgesteld), Optional.ofNullable(ingediend)));
  }

  /** A calendar date written {@code YYYY-MM-DD} (rule 15). */
  public LocalDate datum(Node n, String pointer) {
    String tekst = string(n, pointer);
    if (tekst == null) {
      return null;
    }
    LocalDate d = kalenderdatum(tekst);
    if (d == null) {
      errors.add(pointer, DATUMREGEL, n);
    }
    return d;
  }

  /** The rule of every date of lea's formats. */
  public static final String DATUMREGEL = "must be a calendar date written YYYY-MM-DD, year 0001..9999";

  /**
   * A date of lea's formats: {@code YYYY-MM-DD}, a real calendar date, year 0001..9999; null for
   * anything else. The one date rule, for every reader.
   */
  public static LocalDate kalenderdatum(String tekst) {
    if (tekst.matches("\\d{4}-\\d{2}-\\d{2}") && !tekst.startsWith("0000")) {
      try {
        return LocalDate.parse(tekst);
      } catch (java.time.format.DateTimeParseException e) {
        // not a real calendar date
      }
    }
    return null;
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
    return Fields.THEMA.read(this, n, pointer);
  }

  public List<Doel> doelen(Node n, String pointer) {
    return n == null ? List.of() : Fields.list(Fields.DOEL).read(this, n, pointer);
  }

  public Doel doel(Node n, String pointer) {
    return Fields.DOEL.read(this, n, pointer);
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
    Node andersNode = vraagt(2) ? o.optional("anders") : null;
    Map<String, String> anders = andersNode == null ? Map.of() : Fields.ANDERS.read(this, andersNode, o.at("anders"));
    List<DomainValidationException.Violation> fouten = new ArrayList<>(OnderwerpAntwoord.violations(onderwerp, uitkomst, redenen));
    fouten.addAll(OnderwerpAntwoord.andersViolations(redenen, anders));
    if (meld(o.node(), o.pointer(), fouten)) {
      return null;
    }
    return alle(uitkomst, redenen, anders) ? OnderwerpAntwoord.of(onderwerp, uitkomst, redenen).withAnders(anders) : null;
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



  public Aanbod aanbod(Node n, String pointer) {
    return Fields.AANBOD.read(this, n, pointer);
  }

  public Inhoud inhoud(Node n, String pointer) {
    return Fields.INHOUD.read(this, n, pointer);
  }

  public Resultaatafspraken resultaatafspraken(Node n, String pointer) {
    return Fields.RESULTAATAFSPRAKEN.read(this, n, pointer);
  }

  /** One {@code lea-peuters/1} record. */
  public Peuter peuter(Node n, String pointer) {
    return Fields.PEUTER.read(this, n, pointer);
  }
}
