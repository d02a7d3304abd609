package nl.lea.rapport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import nl.lea.bereik.Bereik;
import nl.lea.bereik.Indeling;
import nl.lea.bereik.Ratio;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeentecode;
import nl.lea.core.Verslagjaar;
import nl.lea.core.jaren.Herindelingen;
import nl.lea.core.toezicht.Beoordelingen;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.core.vve.Omvang;
import nl.lea.core.vve.VveAntwoord;
import nl.lea.rapport.risico.Risicoanalyse;
import nl.lea.rapport.risico.Risicoprofiel;
import nl.lea.rapport.toezicht.Toezicht;
import nl.lea.rapport.toezicht.Toezichtuitkomst;
import org.apiguardian.api.API;

/**
 * The profiles of a document's gemeenten (docs/profiel.md), with, optionally, the inspector's
 * judgements and earlier documents: the report, the risk analysis and the ranking by bereik are
 * computed once for all of them. Immutable; each {@code met…} returns a new instance. For example:
 *
 * <pre>{@code
 * List<Gemeenteprofiel> alle = Gemeenteprofielen.of(v2022)
 *     .metToezicht(beoordelingen)
 *     .metVorigeJaren(List.of(v2021), LeaJson.herindelingenNl())
 *     .alle();
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public final class Gemeenteprofielen {

  private final Vragenlijst vragenlijst;
  private final Optional<Beoordelingen> beoordelingen;
  private final List<Vragenlijst> vorige;
  private final Herindelingen herindelingen;
  private final boolean metVorigeJaren;

  private Gemeenteprofielen(Vragenlijst vragenlijst, Optional<Beoordelingen> beoordelingen, List<Vragenlijst> vorige,
      Herindelingen herindelingen, boolean metVorigeJaren) {
    this.vragenlijst = vragenlijst;
    this.beoordelingen = beoordelingen;
    this.vorige = vorige;
    this.herindelingen = herindelingen;
    this.metVorigeJaren = metVorigeJaren;
  }

  /**
   * Starts from a document, with the default risk rules.
   *
   * @param vragenlijst the document, not null
   * @return the profiles of its gemeenten, not null
   */
  public static Gemeenteprofielen of(Vragenlijst vragenlijst) {
    DomainValidationException.requireNonNull(vragenlijst, "vragenlijst");
    return new Gemeenteprofielen(vragenlijst, Optional.empty(), List.of(), Herindelingen.geen(), false);
  }

  /**
   * Adds the inspector's judgements of the same year.
   *
   * @param beoordelingen the judgements, not null
   * @return the profiles with their judgement, not null
   * @throws DomainValidationException if the judgements do not fit the document
   */
  public Gemeenteprofielen metToezicht(Beoordelingen beoordelingen) {
    DomainValidationException.requireNonNull(beoordelingen, "beoordelingen");
    DomainValidationException.throwIfAny(beoordelingen.controleer(vragenlijst, Risicoanalyse.standaard()));
    return new Gemeenteprofielen(vragenlijst, Optional.of(beoordelingen), vorige, herindelingen, metVorigeJaren);
  }

  /**
   * Adds earlier documents: each profile gains the gemeente's values in the latest of them that
   * holds it once mapped to this document's layout (docs/jaren.md §2).
   *
   * @param documenten the earlier documents, each of a year before this document's, distinct years, not null
   * @param herindelingen the herindelingen to map them with, not null
   * @return the profiles with last year's values, not null
   * @throws DomainValidationException if a document is not of an earlier year or two share a year
   */
  public Gemeenteprofielen metVorigeJaren(List<Vragenlijst> documenten, Herindelingen herindelingen) {
    DomainValidationException.requireNoNulls(documenten, "documenten");
    DomainValidationException.requireNonNull(herindelingen, "herindelingen");
    Set<Verslagjaar> jaren = new HashSet<>();
    for (int i = 0; i < documenten.size(); i++) {
      Verslagjaar jaar = documenten.get(i).verslagjaar();
      if (jaar.compareTo(vragenlijst.verslagjaar()) >= 0) {
        throw new DomainValidationException("documenten[" + i + "].verslagjaar", "must be before " + vragenlijst.verslagjaar(), jaar.jaar());
      }
      if (!jaren.add(jaar)) {
        throw new DomainValidationException("documenten[" + i + "].verslagjaar", "must differ from the other documents' years", jaar.jaar());
      }
    }
    List<Vragenlijst> aflopend = new ArrayList<>(documenten);
    aflopend.sort(Comparator.comparing(Vragenlijst::verslagjaar).reversed());
    return new Gemeenteprofielen(vragenlijst, beoordelingen, List.copyOf(aflopend), herindelingen, true);
  }

  /**
   * Computes one gemeente's profile.
   *
   * @param code the gemeente, not null
   * @return the profile, not null
   * @throws DomainValidationException if the document has no gemeente with that code
   */
  public Gemeenteprofiel profiel(Gemeentecode code) {
    DomainValidationException.requireNonNull(code, "code");
    GemeenteAntwoord antwoord = vragenlijst.gemeenten().stream().filter(a -> a.gemeente().code().equals(code)).findFirst()
        .orElseThrow(() -> new DomainValidationException("gemeente", "is not in the document of " + vragenlijst.verslagjaar(),
            code.toString()));
    return new Berekening().profiel(antwoord);
  }

  /**
   * Computes every gemeente's profile.
   *
   * @return the profiles, in document order, not null
   */
  public List<Gemeenteprofiel> alle() {
    Berekening b = new Berekening();
    return vragenlijst.gemeenten().stream().map(b::profiel).toList();
  }

  /** What every profile of the document shares, computed once. */
  private final class Berekening {

    private final Rapport rapport;
    private final Risicoanalyse analyse = Risicoanalyse.standaard();
    private final Map<Gemeentecode, Toezichtuitkomst> toezicht = new HashMap<>();
    private final List<Telrij> omvangen;
    /** The gemeenten with a defined bereik, ascending by doelgroeppeuters then code. */
    private final List<Plek> plekken = new ArrayList<>();
    private final Map<Gemeentecode, Integer> rang = new HashMap<>();
    private final List<Indeling> indelingen;
    private final List<Ratio> verdeling;

    Berekening() {
      rapport = beoordelingen.map(b -> Rapport.van(vragenlijst, b)).orElseGet(() -> Rapport.van(vragenlijst));
      beoordelingen.ifPresent(b -> Toezicht.beoordeel(vragenlijst, b).forEach(u -> toezicht.put(u.gemeente().code(), u)));
      long[] perOmvang = new long[Omvang.values().length + 1];
      long n = 0;
      for (GemeenteAntwoord a : vragenlijst.gemeenten()) {
        if (a.vve().isEmpty()) {
          continue;
        }
        n++;
        VveAntwoord vve = a.vve().get();
        perOmvang[vve.doelgroepdefinitie().omvang().map(Omvang::ordinal).orElse(Omvang.values().length)]++;
        Optional<Ratio> bereik = Bereik.van(vve.aanbod());
        if (bereik.isPresent()) {
          plekken.add(new Plek(a.gemeente().code(), bereik.get(), vve.aanbod().doelgroeppeuters().getAsInt(),
              vve.doelgroepdefinitie().omvang()));
        }
      }
      List<Telrij> rijen = new ArrayList<>();
      for (Omvang o : Omvang.values()) {
        rijen.add(Telrij.of(o.name(), o.label(), perOmvang[o.ordinal()], n));
      }
      rijen.add(Telrij.of("ONBEKEND", "Onbekend", perOmvang[Omvang.values().length], n));
      omvangen = List.copyOf(rijen);
      plekken.sort(Comparator.comparingInt(Plek::doelgroeppeuters).thenComparing(Plek::code));
      for (int i = 0; i < plekken.size(); i++) {
        rang.put(plekken.get(i).code(), i + 1);
      }
      verdeling = plekken.stream().map(Plek::bereik).sorted().toList();
      indelingen = vorige.stream().map(v -> Indeling.van(v, herindelingen, vragenlijst.verslagjaar())).toList();
    }

    Gemeenteprofiel profiel(GemeenteAntwoord antwoord) {
      Gemeentecode code = antwoord.gemeente().code();
      Risicoprofiel risico = analyse.profiel(antwoord);
      Optional<Gemeenteprofiel.Bereikpositie> positie = Optional.ofNullable(rang.get(code)).map(r -> positie(plekken.get(r - 1), r));
      Optional<Gemeenteprofiel.VorigJaar> vorig = antwoord.isIngevuld() ? vorigJaar(antwoord) : Optional.empty();
      return new Gemeenteprofiel(rapport, antwoord, risico, omvangen, positie, Optional.ofNullable(toezicht.get(code)), vorig,
          metVorigeJaren);
    }

    private Gemeenteprofiel.Bereikpositie positie(Plek g, int rang) {
      int n = plekken.size();
      int vijfde = (5 * rang + n - 1) / n;
      List<Plek> groep = new ArrayList<>();
      if (g.omvang().isPresent()) {
        for (int i = 0; i < n; i++) {
          Plek p = plekken.get(i);
          if (p != g && p.omvang().equals(g.omvang()) && (5 * (i + 1) + n - 1) / n == vijfde) {
            groep.add(p);
          }
        }
      }
      groep.sort(Comparator.comparing(Plek::code));
      List<Ratio> bereiken = groep.stream().map(Plek::bereik).sorted().toList();
      Gemeenteprofiel.Vergelijkbaar vergelijkbaar = new Gemeenteprofiel.Vergelijkbaar(vijfde, groep.stream().map(Plek::code).toList(),
          bereiken.isEmpty() ? Optional.empty() : Optional.of(bereiken.get((bereiken.size() + 1) / 2 - 1)),
          middenrang(g, groep));
      Gemiddelderij landelijk = (Gemiddelderij) rapport.tabel("bereik").orElseThrow().rij("GEMIDDELD").orElseThrow();
      Optional<Gemiddelderij> perOmvang = g.omvang().map(o -> (Gemiddelderij) rapport.tabel("1.11").orElseThrow().rij(o.name()).orElseThrow());
      List<Plek> anderen = plekken.stream().filter(p -> p != g).toList();
      return new Gemeenteprofiel.Bereikpositie(g.bereik(), landelijk, g.omvang(), perOmvang, middenrang(g, anderen), vergelijkbaar,
          verdeling);
    }

    /** 100 × (lower + ½ equal) / m, half up, over m others; empty when there are none. */
    private OptionalInt middenrang(Plek g, List<Plek> anderen) {
      if (anderen.isEmpty()) {
        return OptionalInt.empty();
      }
      long lager = 0;
      long gelijk = 0;
      for (Plek p : anderen) {
        int c = p.bereik().compareTo(g.bereik());
        if (c < 0) {
          lager++;
        } else if (c == 0) {
          gelijk++;
        }
      }
      return OptionalInt.of(Ratio.of(2 * lager + gelijk, 2L * anderen.size()).procent());
    }

    private Optional<Gemeenteprofiel.VorigJaar> vorigJaar(GemeenteAntwoord antwoord) {
      Gemeentecode code = antwoord.gemeente().code();
      for (Indeling i : indelingen) {
        Optional<Indeling.Aantallen> aantallen = i.aantallen(code);
        if (aantallen.isEmpty()) {
          continue;
        }
        boolean vergelijkbaar = !i.nietVergelijkbaar().contains(code);
        Optional<GemeenteAntwoord> toen = vergelijkbaar ? i.antwoord(code) : Optional.empty();
        Optional<Ratio> nu = antwoord.vve().flatMap(v -> Bereik.van(v.aanbod()));
        Optional<Ratio> eerder = aantallen.get().bereik();
        OptionalLong verschil = nu.isPresent() && eerder.isPresent()
            ? OptionalLong.of(nu.get().procent() - eerder.get().procent()) : OptionalLong.empty();
        return Optional.of(new Gemeenteprofiel.VorigJaar(i.verslagjaar(), vergelijkbaar && toen.isPresent(), toen, aantallen.get(),
            toen.map(a -> analyse.profiel(a).categorie()), verschil));
      }
      return Optional.empty();
    }
  }

  /** A gemeente with a defined bereik. */
  private record Plek(Gemeentecode code, Ratio bereik, int doelgroeppeuters, Optional<Omvang> omvang) {}
}
