package nl.lea.bereik;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeentecode;
import nl.lea.core.peuter.Peuter;
import nl.lea.core.peuter.PeuterConsumer;
import nl.lea.core.vve.Doelgroepdefinitie;
import org.apiguardian.api.API;

/**
 * A register summarised in one pass, for answering any number of candidate doelgroepdefinities
 * without touching the records again (docs/domein.md §3.13): per gemeente, per set of indicators
 * (2^9 = 512) and per ve attendance, the number of toddlers of ve age (30 ≤ months &lt; 48); and which
 * gemeenten occur at all.
 *
 * <p>{@link #tel(Indicatie)} gives exactly what {@link Peuterregister#tel(Indicatie)} gives for the
 * same records; {@link #tel(List)} does so for a list of definitions. A definition is answered from
 * sums over indicator sets, made with the summary: with its minimal clauses C₁…Cₖ the doelgroep is
 * counted by inclusion–exclusion over the numbers of toddlers whose indicators include ∪J for each
 * non-empty J ⊆ {C₁…Cₖ} (terms with the same union added up). A definition of more than eight
 * clauses is counted directly over its doelgroep sets, or as all toddlers less those outside it,
 * whichever is fewer. Either way a definition costs a few vector additions per gemeente, whatever
 * the register's size. For example:
 *
 * <pre>{@code
 * Registeroverzicht overzicht = register.overzicht();            // one pass
 * List<PeuterTelling> tellingen = overzicht.tel(List.of(Indicatie.van(a), Indicatie.van(b)));
 * }</pre>
 *
 * <p>Summaries are mergeable: {@link #merge} is associative and commutative with {@link #LEEG} as
 * identity, so registers split over machines or files give the summary of their union. A summary
 * holds at most {@link Integer#MAX_VALUE} toddlers of ve age (any {@link Peuterregister} fits);
 * merging or adding beyond that throws {@link ArithmeticException}. This class is immutable and
 * thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Registeroverzicht {

  /** The number of indicator sets, keys (set and ve bit) and the ve bit, from {@link PeuterLayout}. */
  private static final int SETS = PeuterLayout.STANDAARD.sets;
  private static final int SLEUTELS = PeuterLayout.STANDAARD.sleutels;
  private static final int VE = PeuterLayout.STANDAARD.ve;
  /** Up to this many minimal clauses a definition is counted by inclusion–exclusion (255 terms at most). */
  private static final int MAX_CLAUSULES = 8;
  /**
   * Gemeenten counted together in one tile, key by key ({@code tegel[sleutel * BLOK + j]}, 64 KB),
   * before each key's counts are copied into its run.
   */
  private static final int BLOK = 16;

  /** The summary of no records: the identity of {@link #merge}. */
  public static final Registeroverzicht LEEG = new Registeroverzicht(new Gemeentecode[0], new int[SLEUTELS][0], 0);

  /** The gemeenten that occur, ascending. */
  private final Gemeentecode[] codes;
  /**
   * The counts of ve-age toddlers, by key (the set and the ve bit, {@link PeuterLayout#sleutel}) and gemeente (its index {@code r}
   * in {@link #codes}): {@code tellingen[sleutel][r]}.
   */
  private final int[][] tellingen;
  /** The number of ve-age toddlers, at most {@link Integer#MAX_VALUE}. */
  private final long totaal;
  /**
   * The sums over supersets, by key and gemeente ({@code sommen[sleutel][r]}): at key X without
   * the ve bit, the toddlers whose set includes X; at X with the ve bit, those of them that attend
   * ve. Each is one contiguous run, so a definition reads each of its terms in one sweep.
   */
  private final int[][] sommen;

  /** Takes the counts, laid out by key, and makes their sums over supersets. */
  private Registeroverzicht(Gemeentecode[] codes, int[][] tellingen, long totaal) {
    this.codes = codes;
    this.tellingen = tellingen;
    this.totaal = totaal;
    this.sommen = bovensommen(tellingen);
  }

  /**
   * Fills the counts of gemeente {@code r} into column {@code j} of a zeroed tile: {@code
   * tegel[sleutel * BLOK + j]}.
   */
  @FunctionalInterface
  private interface Filler {
    void vul(int r, int[] tegel, int j);
  }

  /**
   * Lays out counts by key, {@link #BLOK} gemeenten at a time: they are counted into a tile that
   * stays in the cache, then each key's {@link #BLOK} counts are copied into its run.
   */
  private static int[][] perSleutel(int n, Filler filler) {
    int[][] tellingen = new int[SLEUTELS][n];
    int[] tegel = new int[SLEUTELS * BLOK];
    for (int van = 0; van < n; van += BLOK) {
      int m = Math.min(BLOK, n - van);
      Arrays.fill(tegel, 0);
      for (int j = 0; j < m; j++) {
        filler.vul(van + j, tegel, j);
      }
      for (int x = 0; x < SLEUTELS; x++) {
        System.arraycopy(tegel, x * BLOK, tellingen[x], van, m);
      }
    }
    return tellingen;
  }

  /**
   * The sums over supersets over all bits of the key (mask and ve bit): the classic transform one
   * bit at a time, each step adding the run of key X with the bit to that of X without it. The runs are separate
   * arrays added element by element, which the compiler turns into vector instructions.
   */
  private static int[][] bovensommen(int[][] tellingen) {
    int[][] sommen = new int[SLEUTELS][];
    for (int x = 0; x < SLEUTELS; x++) {
      sommen[x] = tellingen[x].clone();
    }
    for (int bit = 1; bit < SLEUTELS; bit <<= 1) {
      for (int x = 0; x < SLEUTELS; x++) {
        if ((x & bit) == 0) {
          optellen(sommen[x], sommen[x | bit]);
        }
      }
    }
    return sommen;
  }

  /** {@code naar[i] += van[i]} for every i: wraps, see {@link #inclusieExclusie}. */
  private static void optellen(int[] naar, int[] van) {
    for (int i = 0; i < naar.length; i++) {
      naar[i] += van[i];
    }
  }

  /**
   * The one pass over a grouped register (see {@link Peuterregister}): the toddlers of ve age of
   * each gemeente, one increment each in a tile that stays in the cache.
   */
  static Registeroverzicht van(int[] peuters, int[] blok, Gemeentecode[] codes) {
    long totaal = 0;
    for (int r = 0; r < codes.length; r++) {
      totaal += blok[2 * r + 1] - blok[2 * r];
    }
    return new Registeroverzicht(codes.clone(), perSleutel(codes.length, (r, tegel, j) -> {
      for (int i = blok[2 * r], tot = blok[2 * r + 1]; i < tot; i++) {
        tegel[(peuters[i] & (SLEUTELS - 1)) * BLOK + j]++;
      }
    }), totaal);
  }

  /**
   * Summarises toddler records one by one, in constant memory whatever their number.
   *
   * @param peuters the records, not null
   * @return the summary, not null
   * @throws DomainValidationException if the records are null or hold null
   * @throws ArithmeticException if more than {@link Integer#MAX_VALUE} of them are of ve age
   */
  public static Registeroverzicht van(Iterable<Peuter> peuters) {
    Builder b = builder();
    DomainValidationException.requireNonNull(peuters, "peuters").forEach(b::add);
    return b.build();
  }

  /**
   * Starts a summary to which records are added one by one (a JSON Lines file, a stream).
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Adds toddler records to a summary one by one, as {@link Peuter} values or, from a register
   * reader, as plain values ({@link PeuterConsumer}). Not thread-safe; build one per thread and
   * {@link #merge merge} the builders, or {@link Registeroverzicht#merge merge} the summaries. For
   * example, {@code Registeroverzicht.builder().add(peuter).build()}.
   */
  public static final class Builder implements PeuterConsumer {
    private final int[][] rijen = new int[Peuterregister.GEMEENTEN][];
    private long totaal;

    private Builder() {}

    /**
     * Adds one record.
     *
     * @param peuter the record, not null
     * @return this builder
     * @throws DomainValidationException if the record is null
     * @throws ArithmeticException if this would be toddler {@link Integer#MAX_VALUE} + 1 of ve age
     */
    public Builder add(Peuter peuter) {
      tel(PeuterLayout.STANDAARD.pak(DomainValidationException.requireNonNull(peuter, "peuter")));
      return this;
    }

    /**
     * Adds one record given as plain values.
     *
     * @param gemeentenummer the number of the gemeente code, 0..9999
     * @param leeftijdInMaanden the age in whole months, 0..96
     * @param indicatoren the doelgroep indicators as a bit mask by ordinal, 0..511
     * @param veDeelname whether the toddler attends a subsidised ve place
     * @throws DomainValidationException if a value is out of its range
     * @throws ArithmeticException if this would be toddler {@link Integer#MAX_VALUE} + 1 of ve age
     */
    @Override
    public void accept(int gemeentenummer, int leeftijdInMaanden, int indicatoren, boolean veDeelname) {
      if (gemeentenummer < 0 || gemeentenummer >= Peuterregister.GEMEENTEN) {
        throw new DomainValidationException("gemeentenummer", "must be 0..9999", gemeentenummer);
      }
      if (leeftijdInMaanden < 0 || leeftijdInMaanden > Peuter.MAX_LEEFTIJD_IN_MAANDEN) {
        throw new DomainValidationException("leeftijdInMaanden", "must be 0.." + Peuter.MAX_LEEFTIJD_IN_MAANDEN, leeftijdInMaanden);
      }
      if (indicatoren < 0 || indicatoren >= SETS) {
        throw new DomainValidationException("indicatoren", "must be a mask 0.." + (SETS - 1), indicatoren);
      }
      tel(PeuterLayout.STANDAARD.pak(gemeentenummer, leeftijdInMaanden, indicatoren, veDeelname));
    }

    private void tel(int p) {
      PeuterLayout layout = PeuterLayout.STANDAARD;
      int g = layout.gemeente(p);
      int[] rij = rijen[g];
      if (rij == null) {
        rij = new int[SLEUTELS];
        rijen[g] = rij;
      }
      if (layout.isVeLeeftijd(p)) {
        if (totaal == Integer.MAX_VALUE) {
          binnenGrens(totaal + 1); // throws
        }
        totaal++;
        rij[layout.sleutel(p)]++;
      }
    }

    /**
     * Adds the records of another builder, as if they had been added to this one.
     *
     * @param other the other builder, not null, not this
     * @return this builder
     * @throws DomainValidationException if the other builder is null or this one
     * @throws ArithmeticException if together they hold more than {@link Integer#MAX_VALUE}
     *     toddlers of ve age
     */
    public Builder merge(Builder other) {
      DomainValidationException.requireNonNull(other, "other");
      if (other == this) {
        throw new DomainValidationException("other", "must be another builder", "this");
      }
      long samen = binnenGrens(totaal + other.totaal);
      for (int g = 0; g < rijen.length; g++) {
        int[] daar = other.rijen[g];
        if (daar != null) {
          if (rijen[g] == null) {
            rijen[g] = new int[SLEUTELS];
          }
          for (int x = 0; x < SLEUTELS; x++) {
            rijen[g][x] += daar[x];
          }
        }
      }
      totaal = samen;
      return this;
    }

    /**
     * Builds the summary of the records added so far.
     *
     * @return the summary, not null
     */
    public Registeroverzicht build() {
      List<Gemeentecode> codes = new ArrayList<>();
      List<int[]> rij = new ArrayList<>();
      for (int g = 0; g < rijen.length; g++) {
        if (rijen[g] != null) {
          codes.add(Gemeentecode.of(g));
          rij.add(rijen[g]);
        }
      }
      return new Registeroverzicht(codes.toArray(new Gemeentecode[0]),
          perSleutel(codes.size(), (r, tegel, j) -> {
            int[] telling = rij.get(r);
            for (int x = 0; x < SLEUTELS; x++) {
              tegel[x * BLOK + j] = telling[x];
            }
          }),
          totaal);
    }
  }

  private static long binnenGrens(long totaal) {
    if (totaal > Integer.MAX_VALUE) {
      throw new ArithmeticException("a Registeroverzicht holds at most " + Integer.MAX_VALUE
          + " toddlers of ve age, was " + totaal);
    }
    return totaal;
  }

  /**
   * Gets the gemeenten that occur in the records.
   *
   * @return the codes, ascending, not null
   */
  public List<Gemeentecode> gemeenten() {
    return List.of(codes);
  }

  /**
   * Counts one definition: the same as {@link Peuterregister#tel(Indicatie)} on the records.
   *
   * @param indicatie the compiled definition, not null
   * @return the counts of every gemeente that occurs, not null
   */
  public PeuterTelling tel(Indicatie indicatie) {
    DomainValidationException.requireNonNull(indicatie, "indicatie");
    return tel(indicatie, new ScratchPad(codes.length));
  }

  /** Working space for counting definitions one after another, left as found after each. */
  private static final class ScratchPad {
    /** The coefficient of each union, zero between definitions. */
    final int[] coef = new int[SETS];
    /** The running doelgroep and bereikt counts, by gemeente. */
    final int[] d;
    final int[] b;

    ScratchPad(int n) {
      d = new int[n];
      b = new int[n];
    }
  }

  private PeuterTelling tel(Indicatie indicatie, ScratchPad scratch) {
    long[] doelgroep = new long[codes.length];
    long[] bereikt = new long[codes.length];
    int[] clausules = indicatie.minimaleClausules();
    if (clausules.length <= MAX_CLAUSULES) {
      inclusieExclusie(clausules, scratch, doelgroep, bereikt);
    } else {
      direct(indicatie, doelgroep, bereikt);
    }
    return PeuterTelling.uit(codes, doelgroep, bereikt);
  }

  /**
   * Counts by inclusion–exclusion over the sums: Σ over the unions X of the clauses of coef[X]
   * times the toddlers whose set includes X. Each term is one contiguous run of {@link #sommen}.
   * The sums are in int arithmetic: terms may wrap, but every true count lies in 0..{@link
   * #totaal}, so the wrapped sum is the true count.
   */
  private void inclusieExclusie(int[] clausules, ScratchPad scratch, long[] doelgroep, long[] bereikt) {
    // coef[X]: the sum of (−1)^(|J|+1) over the non-empty subsets J of the clauses with ∪J = X.
    int[] coef = scratch.coef;
    int[] unie = new int[1 << clausules.length];
    for (int j = 1; j < unie.length; j++) {
      unie[j] = unie[j & (j - 1)] | clausules[Integer.numberOfTrailingZeros(j)];
      coef[unie[j]] += (Integer.bitCount(j) & 1) == 1 ? 1 : -1;
    }
    int n = codes.length;
    int[] d = scratch.d;
    int[] b = scratch.b;
    Arrays.fill(d, 0);
    Arrays.fill(b, 0);
    for (int j = 1; j < unie.length; j++) {
      int x = unie[j];
      int c = coef[x];
      if (c != 0) {
        coef[x] = 0;
        int[] alle = sommen[x];
        int[] ve = sommen[x | VE];
        for (int i = 0; i < n; i++) {
          d[i] += c * alle[i];
          b[i] += c * ve[i];
        }
      }
    }
    for (int i = 0; i < n; i++) {
      doelgroep[i] = d[i];
      bereikt[i] = b[i];
    }
  }

  /**
   * Counts a definition of many clauses from the counts themselves: over its doelgroep sets, or as
   * all toddlers (the sums at the empty set) less those of the other sets, whichever is fewer.
   */
  private void direct(Indicatie indicatie, long[] doelgroep, long[] bereikt) {
    int binnen = 0;
    for (int x = 0; x < SETS; x++) {
      binnen += indicatie.isDoelgroep(x) ? 1 : 0;
    }
    boolean opgeteld = binnen <= SETS - binnen;
    int n = codes.length;
    if (!opgeteld) {
      for (int r = 0; r < n; r++) {
        doelgroep[r] = sommen[0][r];
        bereikt[r] = sommen[VE][r];
      }
    }
    int c = opgeteld ? 1 : -1;
    for (int x = 0; x < SETS; x++) {
      if (indicatie.isDoelgroep(x) == opgeteld) {
        int[] zonder = tellingen[x];
        int[] met = tellingen[x | VE];
        for (int r = 0; r < n; r++) {
          long ve = met[r];
          doelgroep[r] += c * (zonder[r] + ve);
          bereikt[r] += c * ve;
        }
      }
    }
  }

  /**
   * Counts a list of definitions, each exactly as {@link #tel(Indicatie)}.
   *
   * @param indicaties the compiled definitions, in order (repeats allowed), not null
   * @return one counting per definition, in the same order, not null
   */
  public List<PeuterTelling> tel(List<Indicatie> indicaties) {
    DomainValidationException.requireNoNulls(indicaties, "indicaties");
    List<PeuterTelling> uit = new ArrayList<>(indicaties.size());
    ScratchPad scratch = new ScratchPad(codes.length);
    for (Indicatie i : indicaties) {
      uit.add(tel(i, scratch));
    }
    return Collections.unmodifiableList(uit);
  }

  /**
   * One candidate definition with its counts: an entry of a ranking ({@link #rangschik}).
   *
   * @param definitie the definition, not null
   * @param telling its counts per gemeente and in total, not null
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.2")
  public record Kandidaat(Doelgroepdefinitie definitie, PeuterTelling telling) {

    /**
     * Checks the candidate.
     *
     * @param definitie the definition, not null
     * @param telling its counts, not null
     */
    public Kandidaat {
      DomainValidationException.requireNonNull(definitie, "definitie");
      DomainValidationException.requireNonNull(telling, "telling");
    }
  }

  /**
   * Counts candidate definitions and ranks them by the size of their national doelgroep, the
   * largest first, equal sizes by their expression: how {@code ./lea indicatie --breedte K} lists
   * {@link Indicatie#enkeleClausules(int)}.
   *
   * @param definities the candidates, not null
   * @return one candidate per definition, ranked, not null
   * @throws DomainValidationException if the list is null or holds null
   */
  public List<Kandidaat> rangschik(List<Doelgroepdefinitie> definities) {
    DomainValidationException.requireNoNulls(definities, "definities");
    List<PeuterTelling> tellingen = tel(definities.stream().map(Indicatie::van).toList());
    List<Kandidaat> lijst = new ArrayList<>(definities.size());
    for (int i = 0; i < definities.size(); i++) {
      lijst.add(new Kandidaat(definities.get(i), tellingen.get(i)));
    }
    lijst.sort(Comparator.comparingLong((Kandidaat k) -> -k.telling().totaal().doelgroeppeuters())
        .thenComparing(k -> k.definitie().expressie()));
    return Collections.unmodifiableList(lijst);
  }

  /**
   * Combines the summaries of two disjoint record sets into that of their union.
   *
   * @param other the other summary, not null
   * @return the combined summary, not null
   * @throws ArithmeticException if together they hold more than {@link Integer#MAX_VALUE}
   *     toddlers of ve age
   */
  public Registeroverzicht merge(Registeroverzicht other) {
    DomainValidationException.requireNonNull(other, "other");
    long samenTotaal = binnenGrens(totaal + other.totaal);
    TreeSet<Gemeentecode> alle = new TreeSet<>(Arrays.asList(codes));
    alle.addAll(Arrays.asList(other.codes));
    Gemeentecode[] samen = alle.toArray(new Gemeentecode[0]);
    int n = samen.length;
    int[][] t = new int[SLEUTELS][n];
    for (Registeroverzicht deel : List.of(this, other)) {
      int m = deel.codes.length;
      int[] plaats = new int[m];
      for (int j = 0; j < m; j++) {
        plaats[j] = Arrays.binarySearch(samen, deel.codes[j]);
      }
      for (int x = 0; x < SLEUTELS; x++) {
        int[] uit = t[x];
        int[] in = deel.tellingen[x];
        for (int j = 0; j < m; j++) {
          // Cannot overflow: the whole is at most Integer.MAX_VALUE.
          uit[plaats[j]] += in[j];
        }
      }
    }
    return new Registeroverzicht(samen, t, samenTotaal);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Registeroverzicht && Arrays.equals(codes, ((Registeroverzicht) obj).codes)
        && Arrays.deepEquals(tellingen, ((Registeroverzicht) obj).tellingen);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(codes) * 31 + Arrays.deepHashCode(tellingen);
  }

  @Override
  public String toString() {
    return "Registeroverzicht" + List.of(codes);
  }
}
