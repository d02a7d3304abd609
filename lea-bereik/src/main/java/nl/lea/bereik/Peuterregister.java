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
 * toddler with its indicator mask, ve attendance, age and gemeente (docs/domein.md §3.13). A national
 * register of a million toddlers takes 4 MB, and {@link #tel(Indicatie)} counts it per gemeente in
 * one pass.
 *
 * <p>The ids of the toddlers are not kept: they play no part in the counts. Counting gives exactly
 * what {@link PeuterTelling#van} gives for the same records. For example:
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
   * Bits 0–8: indicator mask; bit 9: ve; bit 10: ve age (30 ≤ months &lt; 48); bits 11–17: age in
   * months; bits 18–31: gemeente number. The low 11 bits decide a toddler's counts, so counting is
   * a table look-up without branches.
   */
  private static final int VE = 1 << 9;
  static final int VE_LEEFTIJD = 1 << 10;
  private static final int BESLISSING = (1 << 11) - 1;
  private static final int LEEFTIJD_SCHUIF = 11;
  static final int GEMEENTE_SCHUIF = 18;
  static final int GEMEENTEN = 10_000;
  private static final int BLOK = 1 << 16;

  private final int[] peuters;
  /** Which gemeente numbers occur, found once so that counting need not track it. */
  private final boolean[] aanwezig = new boolean[GEMEENTEN];

  private Peuterregister(int[] peuters) {
    this.peuters = peuters;
    for (int p : peuters) {
      aanwezig[p >>> GEMEENTE_SCHUIF] = true;
    }
  }

  /** Packs one toddler; the values were checked by {@link Peuter} or {@link Builder#add}. */
  static int pak(int gemeente, int leeftijdInMaanden, int masker, boolean veDeelname) {
    boolean veLeeftijd = leeftijdInMaanden >= Peuter.VE_LEEFTIJD_VAN && leeftijdInMaanden < Peuter.VE_LEEFTIJD_TOT;
    return masker | (veDeelname ? VE : 0) | (veLeeftijd ? VE_LEEFTIJD : 0)
        | leeftijdInMaanden << LEEFTIJD_SCHUIF | gemeente << GEMEENTE_SCHUIF;
  }

  static int gemeente(int packed) {
    return packed >>> GEMEENTE_SCHUIF;
  }

  static int leeftijdInMaanden(int packed) {
    return (packed >>> LEEFTIJD_SCHUIF) & 127;
  }

  static int masker(int packed) {
    return packed & 511;
  }

  static boolean veDeelname(int packed) {
    return (packed & VE) != 0;
  }

  static int pak(Peuter p) {
    return pak(p.gemeente().nummer(), p.leeftijdInMaanden(), Indicatie.masker(p.indicatoren()), p.veDeelname());
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
    DomainValidationException.requireNonNull(indicatie, "indicatie");
    Teller t = new Teller();
    t.tel(peuters, 0, peuters.length, beslissingen(indicatie));
    return t.resultaat(aanwezig);
  }

  /**
   * Summarises the register in one pass for any number of definitions: see {@link
   * Registeroverzicht}.
   *
   * @return the summary, not null
   */
  public Registeroverzicht overzicht() {
    return Registeroverzicht.van(peuters, aanwezig);
  }

  /**
   * The counts each combination of the low 11 bits adds: bit 0 to doelgroeppeuters, bit 1 to
   * bereikte doelgroeppeuters.
   */
  private static byte[] beslissingen(Indicatie indicatie) {
    byte[] tabel = new byte[BESLISSING + 1];
    for (int b = 0; b <= BESLISSING; b++) {
      if ((b & VE_LEEFTIJD) != 0 && indicatie.isDoelgroep(b & 511)) {
        tabel[b] = (byte) ((b & VE) != 0 ? 3 : 1);
      }
    }
    return tabel;
  }

  /**
   * Counts like {@link #tel}, splitting the register over the common fork-join pool.
   *
   * @param indicatie the compiled definition, not null
   * @return the same counts as {@link #tel}, not null
   */
  public PeuterTelling telParallel(Indicatie indicatie) {
    DomainValidationException.requireNonNull(indicatie, "indicatie");
    int blokken = (peuters.length + BLOK - 1) / BLOK;
    byte[] tabel = beslissingen(indicatie);
    return IntStream.range(0, blokken).parallel()
        .mapToObj(i -> {
          Teller t = new Teller();
          t.tel(peuters, i * BLOK, Math.min(peuters.length, (i + 1) * BLOK), tabel);
          return t;
        })
        .reduce(Teller::merge)
        .orElseGet(Teller::new)
        .resultaat(aanwezig);
  }

  /**
   * A mutable, mergeable counter of doelgroeppeuters and bereikte doelgroeppeuters per gemeente,
   * for streams of records that should not be held in memory (such as a JSON Lines file); the one
   * counter behind {@link Peuterregister#tel}, {@link PeuterTelling#van} and {@link
   * PeuterTelling#collector}. Not thread-safe; merge one per thread. Counts are {@code long}s;
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
      tel(pak(DomainValidationException.requireNonNull(peuter, "peuter")), DomainValidationException.requireNonNull(indicatie, "indicatie"));
      return this;
    }

    private void tel(int p, Indicatie indicatie) {
      int g = gemeente(p);
      totaal[g]++;
      if ((p & VE_LEEFTIJD) != 0 && indicatie.isDoelgroep(p & 511)) {
        doelgroep[g]++;
        if ((p & VE) != 0) {
          bereikt[g]++;
        }
      }
    }

    /**
     * The hot loop: one table look-up and two additions per toddler, no branches (which gemeenten
     * occur the register knows already).
     */
    void tel(int[] peuters, int van, int tot, byte[] tabel) {
      long[] d = doelgroep;
      long[] b = bereikt;
      for (int i = van; i < tot; i++) {
        int p = peuters[i];
        int g = p >>> GEMEENTE_SCHUIF;
        int beslissing = tabel[p & BESLISSING];
        d[g] += beslissing & 1;
        b[g] += beslissing >>> 1;
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
      return voeg(pak(DomainValidationException.requireNonNull(p, "peuter")));
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
      return voeg(pak(gemeente.nummer(), leeftijdInMaanden, Indicatie.masker(indicatoren), veDeelname));
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
      return new Peuterregister(Arrays.copyOf(peuters, n));
    }
  }
}
