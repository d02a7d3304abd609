package nl.lea.json.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.lea.core.Gemeente;
import nl.lea.core.doel.Doel;
import nl.lea.core.peuter.Peuter;
import nl.lea.core.resultaat.Inhoud;
import nl.lea.core.resultaat.Resultaatafspraken;
import nl.lea.core.thema.LeaAntwoord;
import nl.lea.core.thema.LeaThema;
import nl.lea.core.thema.ThemaAntwoord;
import nl.lea.core.toezicht.AanvaardeToelichting;
import nl.lea.core.toezicht.Beoordeling;
import nl.lea.core.toezicht.Beoordelingen;
import nl.lea.core.toezicht.Contact;
import nl.lea.core.toezicht.Signaal;
import nl.lea.core.toezicht.Verbeterafspraak;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.core.vve.Aanbod;
import nl.lea.core.vve.DoelgroepIndicator;
import nl.lea.core.vve.Doelgroepdefinitie;
import nl.lea.core.vve.OnderwerpAntwoord;
import nl.lea.core.vve.VeAanbod;
import nl.lea.core.vve.VveAntwoord;
import nl.lea.core.vve.VveOnderwerp;
import nl.lea.json.JsonOutput;

/**
 * Writes the domain types in the canonical form of {@code lea-vragenlijst/1}: fields in the order
 * of docs/formaten.md, every set in enum order (inhoud by type, then gebied), every array written
 * even when empty, absent counts as {@code null}, other absent optional fields left out. Not API.
 */
public final class DomainWriter {

  private final JsonOutput out;

  public DomainWriter(JsonOutput out) {
    this.out = out;
  }

  public void vragenlijst(Vragenlijst v) throws IOException {
    out.beginObject();
    out.name("schema");
    // Version 2 when any answer holds an item only it asks: every version 1 document writes back as it was.
    out.string(v.isJaarverantwoording() ? DomainReader.SCHEMA_2 : DomainReader.SCHEMA);
    out.name("verslagjaar");
    out.number(v.verslagjaar().jaar());
    out.name("gemeenten");
    out.beginArray();
    for (GemeenteAntwoord a : v.gemeenten()) {
      gemeenteAntwoord(a);
    }
    out.endArray();
    out.endObject();
  }

  public void gemeentecode(nl.lea.core.Gemeentecode code) throws IOException {
    out.string(code.toString());
  }

  public void verslagjaar(nl.lea.core.Verslagjaar jaar) throws IOException {
    out.number(jaar.jaar());
  }

  public void gemeente(Gemeente g) throws IOException {
    Fields.GEMEENTE.write(out, g);
  }

  public void gemeenteAntwoord(GemeenteAntwoord a) throws IOException {
    out.beginObject();
    out.name("gemeente");
    gemeente(a.gemeente());
    out.name("ingevuld");
    out.bool(a.isIngevuld());
    if (a.verantwoording().isPresent()) {
      out.name("verantwoording");
      verantwoording(a.verantwoording().get());
    }
    if (a.jaarlijksOverleg().isPresent()) {
      out.name("jaarlijksOverleg");
      Fields.JAARLIJKS_OVERLEG.write(out, a.jaarlijksOverleg().get());
    }
    if (a.isIngevuld()) {
      out.name("lea");
      leaAntwoord(a.lea().get());
      out.name("vve");
      vveAntwoord(a.vve().get());
    }
    out.endObject();
  }

  /** The adoption and sending of the answers: {@code vastgesteld}, {@code ingediend}, each when present. */
  public void verantwoording(nl.lea.core.vragenlijst.Verantwoording v) throws IOException {
    out.beginObject();
    if (v.vastgesteld().isPresent()) {
      out.name("vastgesteld");
      out.string(v.vastgesteld().get().toString());
    }
    if (v.ingediend().isPresent()) {
      out.name("ingediend");
      out.string(v.ingediend().get().toString());
    }
    out.endObject();
  }

  public void leaAntwoord(LeaAntwoord lea) throws IOException {
    out.beginObject();
    for (LeaThema thema : LeaThema.values()) {
      out.name(thema.name());
      themaAntwoord(lea.thema(thema));
    }
    out.endObject();
  }

  public void themaAntwoord(ThemaAntwoord t) throws IOException {
    Fields.THEMA.write(out, t);
  }



  public void doel(Doel d) throws IOException {
    Fields.DOEL.write(out, d);
  }

  public void vveAntwoord(VveAntwoord vve) throws IOException {
    out.beginObject();
    out.name("doelgroepdefinitie");
    out.beginObject();
    onderwerpVelden(vve.overleg(VveOnderwerp.DOELGROEPDEFINITIE));
    definitieVelden(vve.doelgroepdefinitie());
    out.endObject();
    out.name("toeleiding");
    out.beginObject();
    onderwerpVelden(vve.overleg(VveOnderwerp.TOELEIDING));
    out.endObject();
    out.name("doorgaandeLijn");
    out.beginObject();
    onderwerpVelden(vve.overleg(VveOnderwerp.DOORGAANDE_LIJN));
    out.endObject();
    out.name("aanbod");
    aanbod(vve.aanbod());
    out.name("resultaatafspraken");
    resultaatafspraken(vve.resultaatafspraken());
    out.endObject();
  }

  /** A stand-alone onderwerp answer: {@code onderwerp}, {@code uitkomst}, {@code redenenGeenOverleg}. */
  public void onderwerpAntwoord(OnderwerpAntwoord a) throws IOException {
    out.beginObject();
    out.name("onderwerp");
    out.string(a.onderwerp().name());
    onderwerpVelden(a);
    out.endObject();
  }

  private void onderwerpVelden(OnderwerpAntwoord a) throws IOException {
    out.name("uitkomst");
    out.string(a.uitkomst().name());
    namen("redenenGeenOverleg", a.redenenGeenOverleg());
    if (!a.anders().isEmpty()) {
      Fields.ANDERS.write(out, "anders", a.anders());
    }
  }

  public void doelgroepdefinitie(Doelgroepdefinitie d) throws IOException {
    out.beginObject();
    definitieVelden(d);
    out.endObject();
  }

  private void definitieVelden(Doelgroepdefinitie d) throws IOException {
    namen("indicatoren", d.indicatoren());
    if (d.criteria().isPresent()) {
      out.name("criteria");
      out.beginArray();
      for (Set<DoelgroepIndicator> clausule : d.criteria().get()) {
        waarden(out, clausule);
      }
      out.endArray();
    }
  }

  public void aanbod(Aanbod a) throws IOException {
    Fields.AANBOD.write(out, a);
  }



  public void resultaatafspraken(Resultaatafspraken r) throws IOException {
    Fields.RESULTAATAFSPRAKEN.write(out, r);
  }

  public void inhoud(Inhoud i) throws IOException {
    Fields.INHOUD.write(out, i);
  }

  /** One {@code lea-peuters/1} record. */
  public void peuter(Peuter p) throws IOException {
    Fields.PEUTER.write(out, p);
  }

  /**
   * A ve offer: per Dutch day name the duration as an ISO-8601 duration ({@code "PT3H30M"}), or as
   * exact seconds when it is finer than a nanosecond; and the weeks per year.
   */
  public void veAanbod(VeAanbod v) throws IOException {
    out.beginObject();
    out.name("duurPerDag");
    out.beginObject();
    for (Map.Entry<DayOfWeek, BigDecimal> dag : v.secondenPerDag().entrySet()) {
      out.name(DomainReader.DAGEN.get(dag.getKey().ordinal()));
      BigDecimal seconden = dag.getValue().stripTrailingZeros();
      if (seconden.scale() <= 9) {
        out.string(java.time.Duration.ofSeconds(0, seconden.movePointRight(9).longValueExact()).toString());
      } else {
        out.number(dag.getValue());
      }
    }
    out.endObject();
    out.name("wekenPerJaar");
    out.number(v.wekenPerJaar());
    out.endObject();
  }

  private void namen(String naam, Collection<? extends Enum<?>> waarden) throws IOException {
    out.name(naam);
    waarden(out, waarden);
  }

  /** Writes a set of constants as an array, in enum order. */
  static void waarden(JsonOutput out, Collection<? extends Enum<?>> waarden) throws IOException {
    List<Enum<?>> gesorteerd = new ArrayList<>(waarden);
    gesorteerd.sort((a, b) -> Integer.compare(a.ordinal(), b.ordinal()));
    out.beginArray();
    for (Enum<?> e : gesorteerd) {
      out.string(e.name());
    }
    out.endArray();
  }

  /**
   * Writes a {@code lea-toezicht/1} document: fields in the order of docs/toezicht.md §4, lists in
   * document order, contacts LEA before VVE; empty lists, an empty contact and absent optional
   * texts and dates are left out.
   */
  public void herindelingen(nl.lea.core.jaren.Herindelingen h) throws IOException {
    out.beginObject();
    out.name("schema");
    out.string(JarenReader.HERINDELINGEN);
    out.name("herindelingen");
    out.beginArray();
    for (nl.lea.core.jaren.Herindeling e : h.herindelingen()) {
      out.beginObject();
      out.name("datum");
      out.string(e.datum().toString());
      out.name("van");
      out.beginArray();
      for (Gemeente g : e.van()) {
        gemeente(g);
      }
      out.endArray();
      out.name("naar");
      gemeente(e.naar());
      out.endObject();
    }
    out.endArray();
    out.endObject();
  }

  public void cijfers(nl.lea.core.jaren.Cijfers c) throws IOException {
    out.beginObject();
    out.name("schema");
    out.string(JarenReader.CIJFERS);
    out.name("cijfers");
    out.beginArray();
    for (nl.lea.core.jaren.Cijfer e : c.cijfers()) {
      out.beginObject();
      out.name("verslagjaar");
      out.number(e.verslagjaar().jaar());
      out.name("tabel");
      out.string(e.tabel());
      out.name("sleutel");
      out.string(e.sleutel());
      out.name("aantal");
      out.number(e.aantal());
      out.name("noemer");
      out.number(e.noemer());
      out.name("bron");
      out.string(e.bron());
      out.endObject();
    }
    out.endArray();
    out.endObject();
  }

  public void beoordelingen(Beoordelingen b) throws IOException {
    out.beginObject();
    out.name("schema");
    out.string(ToezichtReader.SCHEMA);
    out.name("verslagjaar");
    out.number(b.verslagjaar().jaar());
    out.name("gemeenten");
    out.beginArray();
    for (Beoordeling g : b.beoordelingen()) {
      beoordeling(g);
    }
    out.endArray();
    out.endObject();
  }

  private void beoordeling(Beoordeling b) throws IOException {
    out.beginObject();
    out.name("code");
    out.string(b.gemeente().toString());
    if (!b.aanvaardeToelichtingen().isEmpty()) {
      out.name("aanvaardeToelichtingen");
      out.beginArray();
      for (AanvaardeToelichting a : b.aanvaardeToelichtingen()) {
        out.beginObject();
        out.name("regel");
        out.string(a.regel());
        if (a.toelichting().isPresent()) {
          out.name("toelichting");
          out.string(a.toelichting().get());
        }
        out.endObject();
      }
      out.endArray();
    }
    if (!b.signalen().isEmpty()) {
      out.name("signalen");
      out.beginArray();
      for (Signaal s : b.signalen()) {
        out.beginObject();
        out.name("domein");
        out.string(s.domein().name());
        out.name("omschrijving");
        out.string(s.omschrijving());
        out.endObject();
      }
      out.endArray();
    }
    if (!b.contacten().isEmpty()) {
      out.name("contact");
      out.beginObject();
      for (Contact c : b.contacten()) {
        out.name(c.domein().name());
        out.beginObject();
        out.name("uitkomst");
        out.string(c.uitkomst().name());
        if (!c.verbeterafspraken().isEmpty()) {
          out.name("verbeterafspraken");
          out.beginArray();
          for (Verbeterafspraak v : c.verbeterafspraken()) {
            out.beginObject();
            out.name("onderwerp");
            out.string(v.onderwerp().name());
            out.name("omschrijving");
            out.string(v.omschrijving());
            if (v.uiterlijk().isPresent()) {
              out.name("uiterlijk");
              out.string(v.uiterlijk().get().toString());
            }
            out.endObject();
          }
          out.endArray();
        }
        out.endObject();
      }
      out.endObject();
    }
    out.endObject();
  }
}
