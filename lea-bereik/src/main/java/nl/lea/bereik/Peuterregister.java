package nl.lea.bereik;

import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.stream.IntStream;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeentecode;
import nl.lea.core.peuter.Peuter;
import nl.lea.core.vve.DoelgroepIndicator;
import org.apiguardian.api.API;

/**
 * Toddler records held compactly for fast indicatie over whole registers: one {@code int} per
 * toddler with its indicator mask, ve attendance, age and gemeente (docs/domein.md §3.13; the
 * layout of the bits is {@link PeuterLayout}'s). A national
 * register of a million toddlers takes 4 MB, and {@link #tel(Indicatie)} counts it per gemeente in
 * one pass.
 *
 * <p>The records are held grouped by gemeente, and within a gemeente the toddlers of ve age first
 * (the order of records plays no part in any count). Counting therefore reads only the toddlers of
 * ve age, one gemeente after another, and adds each toddler's counts in a register rather than in
 * memory. The ids of the toddlers are not kept either. Counting gives exactly what {@link
 * PeuterTelling#van} gives for the same records. For example:
 *
 * <pre>{@code
 * Peuterregister register = Peuterregister.van(peuters);
 * PeuterTelling telling = register.tel(Indicatie.van(Doelgroepdefinitie.parse("THUISTAAL | KIND_IN_AZC")));
 * PeuterTelling sneller = register.telParallel(indicatie);   // the same answer
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; build one with {@link #builder()} or {@link #van}.
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Peuterregister {

  /**
   * How a toddler is packed ({@link PeuterLayout}). Within the ve-age part of a gemeente the key (the
   * indicator mask and the ve bit) decides a toddler's counts, so counting is a table look-up
   * without branches. The layout's numbers are copied into constants for the hot loops.
   */
  static final PeuterLayout LAYOUT = PeuterLayout.STANDAARD;
  private static final int VE = LAYOUT.ve;
  private static final int SETS = LAYOUT.sets;
  static final int SLEUTELS = LAYOUT.sleutels;
  static final int GEMEENTEN = 10_000;

  /** The packed toddlers, grouped by gemeente (ascending), the toddlers of ve age first in each. */
  private final int[] peuters;
  /** The gemeenten that occur, ascending. */
  private final Gemeentecode[] codes;
  /**
   * Per gemeente {@code r} (an index into {@link #codes}): its records are {@code
   * peuters[blok[2r]..blok[2r + 2])}, of which {@code peuters[blok[2r]..blok[2r + 1])} are of ve age.
   */
  private final int[] blok;

  /** Groups packed toddlers in two passes (a counting sort on gemeente and ve age). */
  private Peuterregister(int[] ongeordend, int n) {
    int[] rij = new int[GEMEENTEN];
    int[] aantal = new int[2 * GEMEENTEN];
    for (int i = 0; i < n; i++) {
      int p = ongeordend[i];
      aantal[2 * LAYOUT.gemeente(p) + (LAYOUT.isVeLeeftijd(p) ? 0 : 1)]++;
    }
    int gemeenten = 0;
    for (int g = 0; g < GEMEENTEN; g++) {
      if (aantal[2 * g] + aantal[2 * g + 1] > 0) {
        rij[g] = gemeenten++;
      }
    }
    codes = new Gemeentecode[gemeenten];
    blok = new int[2 * gemeenten + 1];
    int[] volgende = new int[2 * GEMEENTEN];
    int positie = 0;
    for (int g = 0; g < GEMEENTEN; g++) {
      if (aantal[2 * g] + aantal[2 * g + 1] > 0) {
        int r = rij[g];
        codes[r] = Gemeentecode.of(g);
        blok[2 * r] = positie;
        volgende[2 * g] = positie;
        positie += aantal[2 * g];
        blok[2 * r + 1] = positie;
        volgende[2 * g + 1] = positie;
        positie += aantal[2 * g + 1];
      }
    }
    blok[2 * gemeenten] = positie;
    peuters = new int[n];
    for (int i = 0; i < n; i++) {
      int p = ongeordend[i];
      peuters[volgende[2 * LAYOUT.gemeente(p) + (LAYOUT.isVeLeeftijd(p) ? 0 : 1)]++] = p;
    }
  }

  /**
   * Builds a register of records.
   *
   * @param peuters the records, not null
   * @return the register, not null
   * @throws DomainValidationException if the collection is null or holds null
   */
  public static Peuterregister van(Collection<Peuter> peuters) {
    Builder b = builder();
    DomainValidationException.requireNoNulls(peuters, "peuters").forEach(b::add);
    return b.build();
  }

  /**
   * Starts an empty register.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Gets the number of toddlers.
   *
   * @return the size, not negative
   */
  public int size() {
    return peuters.length;
  }

  /**
   * Counts doelgroeppeuters and bereikte doelgroeppeuters per gemeente in one pass.
   *
   * @param indicatie the compiled definition, not null
   * @return the counts of every gemeente that occurs in the register, not null
   */
  public PeuterTelling tel(Indicatie indicatie) {
    long[] tabel = tabel(DomainValidationException.requireNonNull(indicatie, "indicatie"));
    long[] doelgroep = new long[codes.length];
    long[] bereikt = new long[codes.length];
    for (int r = 0; r < codes.length; r++) {
      tel(r, tabel, doelgroep, bereikt);
    }
    return PeuterTelling.uit(codes, doelgroep, bereikt);
  }

  /**
   * The hot loop over the toddlers of ve age of one gemeente: one table look-up and one addition
   * in a register per toddler, no branches. A sum holds the doelgroeppeuters in its low 32 bits and
   * the bereikte in its high 32 bits: neither can exceed the register's size, which fits in 31.
   */
  private void tel(int r, long[] tabel, long[] doelgroep, long[] bereikt) {
    int[] p = peuters;
    long som = 0;
    for (int i = blok[2 * r], tot = blok[2 * r + 1]; i < tot; i++) {
      som += tabel[p[i] & (SLEUTELS - 1)];
    }
    doelgroep[r] = som & 0xFFFF_FFFFL;
    bereikt[r] = som >>> 32;
  }

  /**
   * Summarises the register in one pass for any number of definitions: see {@link
   * Registeroverzicht}.
   *
   * @return the summary, not null
   */
  public Registeroverzicht overzicht() {
    return Registeroverzicht.van(peuters, blok, codes);
  }

  /**
   * What a toddler of ve age adds, per key (indicator mask and ve bit): 1 for a doelgroeppeuter,
   * plus {@code 1 << 32} when it also attends ve.
   */
  private static long[] tabel(Indicatie indicatie) {
    long[] tabel = new long[SLEUTELS];
    for (int m = 0; m < SETS; m++) {
      if (indicatie.isDoelgroep(m)) {
        tabel[m] = 1;
        tabel[m | VE] = 1 | 1L << 32;
      }
    }
    return tabel;
  }

  /**
   * Counts like {@link #tel}, splitting the gemeenten over the common fork-join pool.
   *
   * @param indicatie the compiled definition, not null
   * @return the same counts as {@link #tel}, not null
   */
  public PeuterTelling telParallel(Indicatie indicatie) {
    long[] tabel = tabel(DomainValidationException.requireNonNull(indicatie, "indicatie"));
    long[] doelgroep = new long[codes.length];
    long[] bereikt = new long[codes.length];
    IntStream.range(0, codes.length).parallel().forEach(r -> tel(r, tabel, doelgroep, bereikt));
    return PeuterTelling.uit(codes, doelgroep, bereikt);
  }

  /**
   * A mutable, mergeable counter of doelgroeppeuters and bereikte doelgroeppeuters per gemeente,
   * for streams of records that should not be held in memory (such as a JSON Lines file): the
   * counter behind {@link PeuterTelling#van} and {@link PeuterTelling#collector}, which counts a
   * record at a time (a register, held grouped, counts with {@link Peuterregister#tel} instead; both
   * give the same counts). Not thread-safe; merge one per thread. Counts are {@code long}s;
   * merging throws {@link ArithmeticException} rather than wrap. For example:
   *
   * <pre>{@code
   * Peuterregister.Teller teller = new Peuterregister.Teller();
   * reader.stream().forEach(p -> teller.add(p, indicatie));
   * PeuterTelling telling = teller.resultaat();
   * }</pre>
   */
  public static final class Teller {
    private final long[] doelgroep = new long[GEMEENTEN];
    private final long[] bereikt = new long[GEMEENTEN];
    private final long[] totaal = new long[GEMEENTEN];

    /** Creates an empty counter. */
    public Teller() {
      // all counts zero
    }

    /**
     * Counts one toddler record.
     *
     * @param peuter the record, not null
     * @param indicatie the compiled definition, not null
     * @return this counter
     * @throws DomainValidationException if an argument is null
     */
    public Teller add(Peuter peuter, Indicatie indicatie) {
      tel(LAYOUT.pak(DomainValidationException.requireNonNull(peuter, "peuter")), DomainValidationException.requireNonNull(indicatie, "indicatie"));
      return this;
    }

    private void tel(int p, Indicatie indicatie) {
      int g = LAYOUT.gemeente(p);
      totaal[g]++;
      if (LAYOUT.isVeLeeftijd(p) && indicatie.isDoelgroep(LAYOUT.masker(p))) {
        doelgroep[g]++;
        if (LAYOUT.veDeelname(p)) {
          bereikt[g]++;
        }
      }
    }

    /**
     * Adds another counter's counts to this one.
     *
     * @param other the other counter, not null
     * @return this counter
     * @throws DomainValidationException if the other counter is null
     * @throws ArithmeticException if a count overflows a {@code long}
     */
    public Teller merge(Teller other) {
      DomainValidationException.requireNonNull(other, "other");
      for (int g = 0; g < GEMEENTEN; g++) {
        doelgroep[g] = Som.optellen(doelgroep[g], other.doelgroep[g], "number of doelgroeppeuters");
        bereikt[g] = Som.optellen(bereikt[g], other.bereikt[g], "number of bereikteDoelgroeppeuters");
        totaal[g] = Som.optellen(totaal[g], other.totaal[g], "number of toddlers");
      }
      return this;
    }

    /**
     * Gets the counts so far.
     *
     * @return the counts of every gemeente seen, not null
     */
    public PeuterTelling resultaat() {
      boolean[] gezien = new boolean[GEMEENTEN];
      for (int g = 0; g < GEMEENTEN; g++) {
        gezien[g] = totaal[g] > 0;
      }
      return resultaat(gezien);
    }

    /** The counts of the gemeenten that occur. */
    PeuterTelling resultaat(boolean[] aanwezig) {
      int n = 0;
      for (boolean a : aanwezig) {
        n += a ? 1 : 0;
      }
      Gemeentecode[] codes = new Gemeentecode[n];
      long[] d = new long[n];
      long[] b = new long[n];
      int i = 0;
      for (int g = 0; g < GEMEENTEN; g++) {
        if (aanwezig[g]) {
          codes[i] = Gemeentecode.of(g);
          d[i] = doelgroep[g];
          b[i] = bereikt[g];
          i++;
        }
      }
      return PeuterTelling.uit(codes, d, b);
    }
  }

  /**
   * Collects toddlers into a register. Not thread-safe. For example, {@code
   * Peuterregister.builder().add(peuter).build()}.
   */
  public static final class Builder {
    private int[] peuters = new int[1024];
    private int n;

    private Builder() {}

    /**
     * Adds one record.
     *
     * @param p the record, not null
     * @return this builder
     * @throws DomainValidationException if the record is null
     */
    public Builder add(Peuter p) {
      return voeg(LAYOUT.pak(DomainValidationException.requireNonNull(p, "peuter")));
    }

    /**
     * Adds one toddler by its parts, without an id (the register keeps none).
     *
     * <p>For example, {@code builder.add(Gemeentecode.of(14), 36, Set.of(DoelgroepIndicator.THUISTAAL), true)}.
     *
     * @param gemeente the gemeente, not null
     * @param leeftijdInMaanden the age, 0..96
     * @param indicatoren the indicators that apply, not null
     * @param veDeelname whether the toddler attends a subsidised ve place
     * @return this builder
     * @throws DomainValidationException if an argument is null or holds null, or the age is outside
     *     0..96
     */
    public Builder add(Gemeentecode gemeente, int leeftijdInMaanden, Set<DoelgroepIndicator> indicatoren, boolean veDeelname) {
      DomainValidationException.requireNonNull(gemeente, "gemeente");
      DomainValidationException.requireNoNulls(indicatoren, "indicatoren");
      if (leeftijdInMaanden < 0 || leeftijdInMaanden > Peuter.MAX_LEEFTIJD_IN_MAANDEN) {
        throw new DomainValidationException("leeftijdInMaanden", "must be between 0 and " + Peuter.MAX_LEEFTIJD_IN_MAANDEN, leeftijdInMaanden);
      }
      return voeg(LAYOUT.pak(gemeente.nummer(), leeftijdInMaanden, Indicatie.masker(indicatoren), veDeelname));
    }

    private Builder voeg(int packed) {
      if (n == peuters.length) {
        peuters = Arrays.copyOf(peuters, peuters.length * 2);
      }
      peuters[n++] = packed;
      return this;
    }

    /**
     * Builds the register.
     *
     * @return the register, not null
     */
    public Peuterregister build() {
      return new Peuterregister(peuters, n);
    }
  }
}
