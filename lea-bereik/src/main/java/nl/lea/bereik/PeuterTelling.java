package nl.lea.bereik;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collector;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeentecode;
import nl.lea.core.peuter.Peuter;
import nl.lea.core.vve.Doelgroepdefinitie;
import org.apiguardian.api.API;

/**
 * Doelgroeppeuters and bereikte doelgroeppeuters per gemeente, counted from toddler records under a
 * doelgroepdefinitie (docs/domein.md §3.13), so the figures of docs/domein.md §3.11 can be computed from a register
 * and compared across candidate definitions.
 *
 * <p>A toddler counts when it has the ve age (30 ≤ months &lt; 48) and belongs to the doelgroep;
 * it is reached when it also attends ve. Every gemeente that occurs in the records has an entry,
 * possibly with zero counts. Tellingen are mergeable: {@link #merge} is associative and commutative
 * with {@link #LEEG} as identity, and {@link #collector(Doelgroepdefinitie)} works on parallel
 * streams. For example:
 *
 * <pre>{@code
 * Doelgroepdefinitie def = Doelgroepdefinitie.of(Set.of(DoelgroepIndicator.THUISTAAL));
 * PeuterTelling telling = peuters.parallelStream().collect(PeuterTelling.collector(def));
 * telling.gemeente(Gemeentecode.of("GM0014")).orElseThrow().bereik(); // Optional[...]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class PeuterTelling {

  /** No records counted: the identity of {@link #merge}. */
  public static final PeuterTelling LEEG = new PeuterTelling(new Gemeentecode[0], new long[0], new long[0]);

  /** The gemeenten, ascending; their counts at the same index. Never modified. */
  private final Gemeentecode[] codes;
  private final long[] doelgroep;
  private final long[] bereikt;
  /** The map view, made on first use. */
  private volatile Map<Gemeentecode, Gemeente> perGemeente;

  private PeuterTelling(Gemeentecode[] codes, long[] doelgroep, long[] bereikt) {
    this.codes = codes;
    this.doelgroep = doelgroep;
    this.bereikt = bereikt;
  }

  /**
   * A counting from arrays the caller hands over and never touches again: codes ascending and
   * unique, {@code 0 <= bereikt[i] <= doelgroep[i]}. The fast path of the batch counters.
   */
  static PeuterTelling uit(Gemeentecode[] codes, long[] doelgroep, long[] bereikt) {
    return new PeuterTelling(codes, doelgroep, bereikt);
  }

  /**
   * Counts the toddlers of a collection of records under a definition.
   *
   * @param peuters the records, not null
   * @param definitie the doelgroepdefinitie, not null
   * @return the counts per gemeente, not null
   * @throws DomainValidationException if an argument or a record is null
   */
  public static PeuterTelling van(Iterable<Peuter> peuters, Doelgroepdefinitie definitie) {
    Indicatie indicatie = Indicatie.van(DomainValidationException.requireNonNull(definitie, "definitie"));
    Peuterregister.Teller teller = new Peuterregister.Teller();
    DomainValidationException.requireNonNull(peuters, "peuters").forEach(p -> teller.add(p, indicatie));
    return teller.resultaat();
  }

  /**
   * Obtains a collector that counts records under a definition; it gives the same result on
   * parallel streams.
   *
   * @param definitie the doelgroepdefinitie, not null
   * @return the collector, not null
   * @throws DomainValidationException if the definition is null
   */
  public static Collector<Peuter, ?, PeuterTelling> collector(Doelgroepdefinitie definitie) {
    Indicatie indicatie = Indicatie.van(DomainValidationException.requireNonNull(definitie, "definitie"));
    return Collector.of(
        Peuterregister.Teller::new,
        (t, p) -> t.add(p, indicatie),
        Peuterregister.Teller::merge,
        Peuterregister.Teller::resultaat,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Obtains a counting from counts made elsewhere (for example by a batch path).
   *
   * @param perGemeente the counts per gemeente, not null
   * @return the counting, not null
   * @throws DomainValidationException if the map, a key or a value is null, or a value is of another
   *     gemeente than its key
   */
  public static PeuterTelling of(Map<Gemeentecode, Gemeente> perGemeente) {
    TreeMap<Gemeentecode, Gemeente> kopie = new TreeMap<>();
    DomainValidationException.requireNonNull(perGemeente, "perGemeente").forEach((code, g) -> {
      DomainValidationException.requireNonNull(code, "perGemeente key");
      DomainValidationException.requireNonNull(g, "perGemeente[" + code + "]");
      if (!code.equals(g.code())) {
        throw new DomainValidationException("perGemeente[" + code + "]", "must hold the counts of " + code, g.code());
      }
      kopie.put(code, g);
    });
    Gemeentecode[] codes = new Gemeentecode[kopie.size()];
    long[] d = new long[codes.length];
    long[] b = new long[codes.length];
    int i = 0;
    for (Gemeente g : kopie.values()) {
      codes[i] = g.code();
      d[i] = g.doelgroeppeuters();
      b[i] = g.bereikteDoelgroeppeuters();
      i++;
    }
    return new PeuterTelling(codes, d, b);
  }

  /**
   * Combines two countings of disjoint record sets into that of their union.
   *
   * @param other the other counting, not null
   * @return the combined counting, not null
   * @throws ArithmeticException if a count overflows a {@code long}
   */
  public PeuterTelling merge(PeuterTelling other) {
    TreeMap<Gemeentecode, Gemeente> samen = new TreeMap<>(perGemeente());
    DomainValidationException.requireNonNull(other, "other").perGemeente().forEach((code, g) -> samen.merge(code, g, Gemeente::merge));
    return of(samen);
  }

  /**
   * Gets the counts per gemeente, sorted by code.
   *
   * @return the counts of every gemeente that occurs in the records, not null
   */
  public Map<Gemeentecode, Gemeente> perGemeente() {
    Map<Gemeentecode, Gemeente> kaart = perGemeente;
    if (kaart == null) {
      TreeMap<Gemeentecode, Gemeente> m = new TreeMap<>();
      for (int i = 0; i < codes.length; i++) {
        m.put(codes[i], new Gemeente(codes[i], doelgroep[i], bereikt[i]));
      }
      kaart = Collections.unmodifiableMap(m);
      perGemeente = kaart;
    }
    return kaart;
  }

  /**
   * Gets the total over every gemeente.
   *
   * @return the summed counts, under the code {@code GM0000} of no real gemeente, not null
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  public Gemeente totaal() {
    long d = 0;
    long b = 0;
    for (int i = 0; i < codes.length; i++) {
      d = Som.optellen(d, doelgroep[i], "number of doelgroeppeuters");
      b = Som.optellen(b, bereikt[i], "number of bereikteDoelgroeppeuters");
    }
    return new Gemeente(Gemeentecode.of(0), d, b);
  }

  /**
   * Gets the counts of one gemeente.
   *
   * @param code the gemeente code, not null
   * @return the counts, empty if no record has this gemeente
   */
  public Optional<Gemeente> gemeente(Gemeentecode code) {
    int i = java.util.Arrays.binarySearch(codes, DomainValidationException.requireNonNull(code, "code"));
    return i < 0 ? Optional.empty() : Optional.of(new Gemeente(codes[i], doelgroep[i], bereikt[i]));
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof PeuterTelling)) {
      return false;
    }
    PeuterTelling o = (PeuterTelling) obj;
    return java.util.Arrays.equals(codes, o.codes) && java.util.Arrays.equals(doelgroep, o.doelgroep)
        && java.util.Arrays.equals(bereikt, o.bereikt);
  }

  @Override
  public int hashCode() {
    return (java.util.Arrays.hashCode(codes) * 31 + java.util.Arrays.hashCode(doelgroep)) * 31 + java.util.Arrays.hashCode(bereikt);
  }

  @Override
  public String toString() {
    return "PeuterTelling" + perGemeente().values();
  }

  /**
   * The counts of one gemeente. For example, {@code PeuterTelling.Gemeente.of(Gemeentecode.of(14), 106, 67).bereik()}
   * is 67/106. Immutable.
   */
  public static final class Gemeente {
    private final Gemeentecode code;
    private final long doelgroeppeuters;
    private final long bereikteDoelgroeppeuters;

    private Gemeente(Gemeentecode code, long doelgroeppeuters, long bereikteDoelgroeppeuters) {
      this.code = code;
      this.doelgroeppeuters = doelgroeppeuters;
      this.bereikteDoelgroeppeuters = bereikteDoelgroeppeuters;
    }

    /**
     * Obtains the counts of one gemeente.
     *
     * @param code the gemeente code, not null
     * @param doelgroeppeuters the doelgroep toddlers of ve age, not negative
     * @param bereikteDoelgroeppeuters those of them who attend ve, 0..doelgroeppeuters
     * @return the counts, not null
     * @throws DomainValidationException if a count is negative or more reached than counted
     */
    public static Gemeente of(Gemeentecode code, long doelgroeppeuters, long bereikteDoelgroeppeuters) {
      DomainValidationException.requireNonNull(code, "code");
      if (bereikteDoelgroeppeuters < 0 || bereikteDoelgroeppeuters > doelgroeppeuters) {
        throw new DomainValidationException("bereikteDoelgroeppeuters", "must be 0.." + doelgroeppeuters
            + " (the doelgroeppeuters of " + code + ")", bereikteDoelgroeppeuters);
      }
      return new Gemeente(code, doelgroeppeuters, bereikteDoelgroeppeuters);
    }

    Gemeente merge(Gemeente other) {
      return new Gemeente(code,
          Som.optellen(doelgroeppeuters, other.doelgroeppeuters, "number of doelgroeppeuters"),
          Som.optellen(bereikteDoelgroeppeuters, other.bereikteDoelgroeppeuters, "number of bereikteDoelgroeppeuters"));
    }

    /**
     * Gets the gemeente code.
     *
     * @return the code, not null
     */
    public Gemeentecode code() {
      return code;
    }

    /**
     * Gets the number of doelgroep toddlers of ve age.
     *
     * @return the count, not negative
     */
    public long doelgroeppeuters() {
      return doelgroeppeuters;
    }

    /**
     * Gets the number of doelgroep toddlers of ve age who attend ve.
     *
     * @return the count, not negative
     */
    public long bereikteDoelgroeppeuters() {
      return bereikteDoelgroeppeuters;
    }

    /**
     * Gets the bereik: bereikte / doelgroeppeuters.
     *
     * @return the exact bereik, empty when there are no doelgroeppeuters
     */
    public Optional<Ratio> bereik() {
      return doelgroeppeuters == 0 ? Optional.empty() : Optional.of(Ratio.of(bereikteDoelgroeppeuters, doelgroeppeuters));
    }

    @Override
    public boolean equals(Object obj) {
      if (!(obj instanceof Gemeente)) {
        return false;
      }
      Gemeente o = (Gemeente) obj;
      return code.equals(o.code) && doelgroeppeuters == o.doelgroeppeuters
          && bereikteDoelgroeppeuters == o.bereikteDoelgroeppeuters;
    }

    @Override
    public int hashCode() {
      return Objects.hash(code, doelgroeppeuters, bereikteDoelgroeppeuters);
    }

    @Override
    public String toString() {
      return code + ": " + bereikteDoelgroeppeuters + "/" + doelgroeppeuters;
    }
  }
}
