package nl.lea.bereik;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collector;
import nl.lea.core.DomainValidationException;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.core.vve.Aanbod;
import nl.lea.core.vve.Omvang;
import nl.lea.core.vve.VveAntwoord;
import org.apiguardian.api.API;

/**
 * The national aanbod-en-bereik figures over any collection of gemeente answers, as one mergeable
 * aggregate (docs/domein.md §3.11, report §2.2, Tabel 1.10 and 1.11).
 *
 * <p>It holds: the number of gemeenten and of those that returned the questionnaire; per count the
 * {@link Som} with its suppliers (Tabel 1.10); the {@link GewogenBereik pooled} and the {@link
 * Gemiddelde unweighted mean} bereik with their n; the mean bereik per width class of the
 * doelgroepdefinitie (Tabel 1.11; gemeenten without a class are left out); the number of
 * gemeenten per {@link Toereikendheid}; and how many gemeenten with a defined bereik reached less
 * than 100% or more than 100%. Only returned questionnaires contribute figures.
 *
 * <p>{@link #merge} is associative and commutative with {@link #LEEG} as identity, so {@link
 * #collector()} gives the same answer on a parallel stream as a loop:
 *
 * <pre>{@code
 * Bereikstatistiek stat = vragenlijst.gemeenten().parallelStream()
 *     .collect(Bereikstatistiek.collector());
 * stat.gewogenBereik().waarde().orElseThrow().procent(); // 79 for the 2022 data (n = 273)
 * stat.gemiddeldBereik().aantal();                       // 273
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Bereikstatistiek {

  /** The figures over no gemeente: the identity of {@link #merge}. */
  public static final Bereikstatistiek LEEG = new Bereikstatistiek(
      0, 0, Som.LEEG, Som.LEEG, Som.LEEG, GewogenBereik.LEEG, Gemiddelde.LEEG,
      new EnumMap<>(Omvang.class), new EnumMap<>(Toereikendheid.class), 0, 0);

  private final long aantalGemeenten;
  private final long aantalIngevuld;
  private final Som doelgroeppeuters;
  private final Som kindplaatsen;
  private final Som bereikteDoelgroeppeuters;
  private final GewogenBereik gewogenBereik;
  private final Gemiddelde gemiddeldBereik;
  private final Map<Omvang, Gemiddelde> perOmvang;
  private final Map<Toereikendheid, Long> toereikendheid;
  private final long onderHonderdProcent;
  private final long bovenHonderdProcent;

  private Bereikstatistiek(
      long aantalGemeenten,
      long aantalIngevuld,
      Som doelgroeppeuters,
      Som kindplaatsen,
      Som bereikteDoelgroeppeuters,
      GewogenBereik gewogenBereik,
      Gemiddelde gemiddeldBereik,
      EnumMap<Omvang, Gemiddelde> perOmvang,
      EnumMap<Toereikendheid, Long> toereikendheid,
      long onderHonderdProcent,
      long bovenHonderdProcent) {
    this.aantalGemeenten = aantalGemeenten;
    this.aantalIngevuld = aantalIngevuld;
    this.doelgroeppeuters = doelgroeppeuters;
    this.kindplaatsen = kindplaatsen;
    this.bereikteDoelgroeppeuters = bereikteDoelgroeppeuters;
    this.gewogenBereik = gewogenBereik;
    this.gemiddeldBereik = gemiddeldBereik;
    this.perOmvang = Collections.unmodifiableMap(perOmvang);
    this.toereikendheid = Collections.unmodifiableMap(toereikendheid);
    this.onderHonderdProcent = onderHonderdProcent;
    this.bovenHonderdProcent = bovenHonderdProcent;
  }

  /**
   * Computes the figures of one gemeente's answer.
   *
   * @param antwoord the answer, not null
   * @return the figures of that one gemeente, not null
   * @throws DomainValidationException if the answer is null
   */
  public static Bereikstatistiek van(GemeenteAntwoord antwoord) {
    DomainValidationException.requireNonNull(antwoord, "antwoord");
    if (antwoord.vve().isEmpty()) {
      return new Bereikstatistiek(1, 0, Som.LEEG, Som.LEEG, Som.LEEG, GewogenBereik.LEEG, Gemiddelde.LEEG,
          new EnumMap<>(Omvang.class), new EnumMap<>(Toereikendheid.class), 0, 0);
    }
    VveAntwoord vve = antwoord.vve().get();
    Aanbod aanbod = vve.aanbod();
    Optional<Ratio> bereik = Bereik.van(aanbod);
    Gemiddelde gemiddeld = bereik.map(Gemiddelde.LEEG::plus).orElse(Gemiddelde.LEEG);
    EnumMap<Omvang, Gemiddelde> perOmvang = new EnumMap<>(Omvang.class);
    if (bereik.isPresent()) {
      vve.doelgroepdefinitie().omvang().ifPresent(o -> perOmvang.put(o, gemiddeld));
    }
    EnumMap<Toereikendheid, Long> toereikend = new EnumMap<>(Toereikendheid.class);
    toereikend.put(Toereikendheid.van(aanbod), 1L);
    return new Bereikstatistiek(
        1,
        1,
        Som.LEEG.plus(aanbod.doelgroeppeuters()),
        Som.LEEG.plus(aanbod.kindplaatsen()),
        Som.LEEG.plus(aanbod.bereikteDoelgroeppeuters()),
        GewogenBereik.LEEG.plus(aanbod),
        gemiddeld,
        perOmvang,
        toereikend,
        bereik.filter(b -> !b.isMinstensEen()).isPresent() ? 1 : 0,
        bereik.filter(Ratio::isGroterDanEen).isPresent() ? 1 : 0);
  }

  /**
   * Computes the figures over a collection of answers.
   *
   * @param antwoorden the answers, not null
   * @return the figures, not null
   * @throws DomainValidationException if the collection or an answer is null
   */
  public static Bereikstatistiek van(Collection<GemeenteAntwoord> antwoorden) {
    Bereikstatistiek stat = LEEG;
    for (GemeenteAntwoord antwoord : DomainValidationException.requireNoNulls(antwoorden, "antwoorden")) {
      stat = stat.merge(van(antwoord));
    }
    return stat;
  }

  /**
   * Obtains a collector that aggregates answers; it gives the same result on parallel streams.
   *
   * @return the collector, not null
   */
  public static Collector<GemeenteAntwoord, ?, Bereikstatistiek> collector() {
    return Collector.<GemeenteAntwoord, Bereikstatistiek[], Bereikstatistiek>of(
        () -> new Bereikstatistiek[] {LEEG},
        (acc, antwoord) -> acc[0] = acc[0].merge(van(antwoord)),
        (a, b) -> {
          a[0] = a[0].merge(b[0]);
          return a;
        },
        acc -> acc[0],
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Combines the figures of two disjoint collections of answers into those of their union.
   *
   * @param other the other figures, not null
   * @return the combined figures, not null
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  public Bereikstatistiek merge(Bereikstatistiek other) {
    DomainValidationException.requireNonNull(other, "other");
    EnumMap<Omvang, Gemiddelde> omvang = new EnumMap<>(Omvang.class);
    omvang.putAll(perOmvang);
    other.perOmvang.forEach((k, v) -> omvang.merge(k, v, Gemiddelde::merge));
    EnumMap<Toereikendheid, Long> toereikend = new EnumMap<>(Toereikendheid.class);
    toereikend.putAll(toereikendheid);
    other.toereikendheid.forEach((k, v) -> toereikend.merge(k, v, (a, b) -> Som.optellen(a, b, "number of gemeenten")));
    return new Bereikstatistiek(
        Som.optellen(aantalGemeenten, other.aantalGemeenten, "number of gemeenten"),
        Som.optellen(aantalIngevuld, other.aantalIngevuld, "number of gemeenten"),
        doelgroeppeuters.merge(other.doelgroeppeuters),
        kindplaatsen.merge(other.kindplaatsen),
        bereikteDoelgroeppeuters.merge(other.bereikteDoelgroeppeuters),
        gewogenBereik.merge(other.gewogenBereik),
        gemiddeldBereik.merge(other.gemiddeldBereik),
        omvang,
        toereikend,
        Som.optellen(onderHonderdProcent, other.onderHonderdProcent, "number of gemeenten"),
        Som.optellen(bovenHonderdProcent, other.bovenHonderdProcent, "number of gemeenten"));
  }

  /**
   * Gets the number of gemeenten aggregated (T), returned or not.
   *
   * @return the number, not negative
   */
  public long aantalGemeenten() {
    return aantalGemeenten;
  }

  /**
   * Gets the number of gemeenten that returned the questionnaire (N).
   *
   * @return the number, not negative
   */
  public long aantalIngevuld() {
    return aantalIngevuld;
  }

  /**
   * Gets the sum of doelgroeppeuters with its suppliers (Tabel 1.10).
   *
   * @return the sum, not null
   */
  public Som doelgroeppeuters() {
    return doelgroeppeuters;
  }

  /**
   * Gets the sum of kindplaatsen with its suppliers (Tabel 1.10).
   *
   * @return the sum, not null
   */
  public Som kindplaatsen() {
    return kindplaatsen;
  }

  /**
   * Gets the sum of bereikte doelgroeppeuters with its suppliers (Tabel 1.10).
   *
   * @return the sum, not null
   */
  public Som bereikteDoelgroeppeuters() {
    return bereikteDoelgroeppeuters;
  }

  /**
   * Gets the pooled bereik over the gemeenten whose bereik is defined.
   *
   * @return the pooled bereik, not null
   */
  public GewogenBereik gewogenBereik() {
    return gewogenBereik;
  }

  /**
   * Gets the unweighted mean bereik over the gemeenten whose bereik is defined (the report's
   * "gemiddelde landelijk bereik").
   *
   * @return the mean, not null
   */
  public Gemiddelde gemiddeldBereik() {
    return gemiddeldBereik;
  }

  /**
   * Gets the mean bereik of the gemeenten whose doelgroepdefinitie has a width class (Tabel 1.11).
   *
   * @param omvang the width class, not null
   * @return the mean over the gemeenten of that class, {@link Gemiddelde#LEEG} if none
   */
  public Gemiddelde gemiddeldBereik(Omvang omvang) {
    DomainValidationException.requireNonNull(omvang, "omvang");
    return perOmvang.getOrDefault(omvang, Gemiddelde.LEEG);
  }

  /**
   * Gets the number of returned questionnaires with the given kindplaatsen verdict.
   *
   * @param verdict the verdict, not null
   * @return the number of gemeenten, not negative
   */
  public long aantal(Toereikendheid verdict) {
    DomainValidationException.requireNonNull(verdict, "verdict");
    return toereikendheid.getOrDefault(verdict, 0L);
  }

  /**
   * Gets the number of gemeenten with a defined bereik below 100% (not fully reached).
   *
   * @return the number, not negative
   */
  public long aantalOnderHonderdProcent() {
    return onderHonderdProcent;
  }

  /**
   * Gets the number of gemeenten with a bereik above 100% (the data-quality warning).
   *
   * @return the number, not negative
   */
  public long aantalBovenHonderdProcent() {
    return bovenHonderdProcent;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Bereikstatistiek)) {
      return false;
    }
    Bereikstatistiek o = (Bereikstatistiek) obj;
    return aantalGemeenten == o.aantalGemeenten
        && aantalIngevuld == o.aantalIngevuld
        && doelgroeppeuters.equals(o.doelgroeppeuters)
        && kindplaatsen.equals(o.kindplaatsen)
        && bereikteDoelgroeppeuters.equals(o.bereikteDoelgroeppeuters)
        && gewogenBereik.equals(o.gewogenBereik)
        && gemiddeldBereik.equals(o.gemiddeldBereik)
        && perOmvang.equals(o.perOmvang)
        && toereikendheid.equals(o.toereikendheid)
        && onderHonderdProcent == o.onderHonderdProcent
        && bovenHonderdProcent == o.bovenHonderdProcent;
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(aantalGemeenten, aantalIngevuld, doelgroeppeuters, kindplaatsen,
        bereikteDoelgroeppeuters, gewogenBereik, gemiddeldBereik, perOmvang, toereikendheid,
        onderHonderdProcent, bovenHonderdProcent);
  }

  @Override
  public String toString() {
    return "Bereikstatistiek{gemeenten=" + aantalGemeenten + ", ingevuld=" + aantalIngevuld
        + ", doelgroeppeuters=" + doelgroeppeuters + ", kindplaatsen=" + kindplaatsen
        + ", bereikteDoelgroeppeuters=" + bereikteDoelgroeppeuters + ", gewogen=" + gewogenBereik
        + ", gemiddeld=" + gemiddeldBereik + ", perOmvang=" + perOmvang + ", toereikendheid="
        + toereikendheid + "}";
  }
}
