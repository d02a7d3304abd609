package nl.lea.benchmarks;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.SplittableRandom;
import nl.lea.core.vve.DoelgroepIndicator;
import nl.lea.core.vve.Doelgroepdefinitie;

/**
 * The same generated toddler register for every benchmark: {@code n} records with a gemeente (one
 * of 342 numbers, skewed so that a few are large), an age of 0..60 months, each of the nine
 * indicators with probability 12%, and ve attendance with probability 70%. Deterministic per seed.
 */
public final class Registerdata {

  /** A narrow definition: 3 indicators. */
  public static final String SMAL = "THUISTAAL | OPLEIDINGSNIVEAU_OUDERS & HERKOMST_OUDERS";
  /** A middle definition: 5 indicators. */
  public static final String MIDDEN = "THUISTAAL | OPLEIDINGSNIVEAU_OUDERS & HERKOMST_OUDERS | ACHTERSTAND_CONSULTATIEBUREAU | KIND_IN_AZC";
  /** A broad definition: 8 indicators. */
  public static final String BREED = "OPLEIDINGSNIVEAU_OUDERS & HERKOMST_OUDERS | THUISTAAL | ACHTERSTAND_CONSULTATIEBUREAU"
      + " | ACHTERSTAND_KINDERDAGVERBLIJF | KIND_IN_AZC | KIND_VAN_INBURGERAAR & JAREN_IN_NEDERLAND";

  public final int n;
  public final int[] gemeente;
  public final int[] leeftijd;
  public final int[] masker;
  public final boolean[] ve;

  public Registerdata(int n, long seed) {
    this.n = n;
    gemeente = new int[n];
    leeftijd = new int[n];
    masker = new int[n];
    ve = new boolean[n];
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < n; i++) {
      // Skewed: the square of a uniform index favours the low numbers (the large cities).
      int k = r.nextInt(342);
      gemeente[i] = 14 + (k * k) / 342 * 29 % 9_900;
      leeftijd[i] = r.nextInt(61);
      int m = 0;
      for (int b = 0; b < 9; b++) {
        if (r.nextInt(100) < 12) {
          m |= 1 << b;
        }
      }
      masker[i] = m;
      ve[i] = r.nextInt(100) < 70;
    }
  }

  /** Builds the library's register of these records, through its public builder. */
  public nl.lea.bereik.Peuterregister register() {
    java.util.List<java.util.Set<DoelgroepIndicator>> sets = new java.util.ArrayList<>(512);
    java.util.List<nl.lea.core.Gemeentecode> codes = new java.util.ArrayList<>(10_000);
    for (int m = 0; m < 512; m++) {
      java.util.Set<DoelgroepIndicator> set = EnumSet.noneOf(DoelgroepIndicator.class);
      for (DoelgroepIndicator i : DoelgroepIndicator.values()) {
        if ((m & (1 << i.ordinal())) != 0) {
          set.add(i);
        }
      }
      sets.add(set);
    }
    for (int g = 0; g < 10_000; g++) {
      codes.add(nl.lea.core.Gemeentecode.of(g));
    }
    nl.lea.bereik.Peuterregister.Builder b = nl.lea.bereik.Peuterregister.builder();
    for (int i = 0; i < n; i++) {
      b.add(codes.get(gemeente[i]), leeftijd[i], sets.get(masker[i]), ve[i]);
    }
    return b.build();
  }

  /** The definition by its name: SMAL, MIDDEN or BREED. */
  public static Doelgroepdefinitie definitie(String naam) {
    switch (naam) {
      case "SMAL":
        return Doelgroepdefinitie.parse(SMAL);
      case "MIDDEN":
        return Doelgroepdefinitie.parse(MIDDEN);
      case "BREED":
        return Doelgroepdefinitie.parse(BREED);
      default:
        throw new IllegalArgumentException(naam);
    }
  }

  /** The indicators of record i. */
  public EnumSet<DoelgroepIndicator> indicatoren(int i) {
    EnumSet<DoelgroepIndicator> set = EnumSet.noneOf(DoelgroepIndicator.class);
    for (DoelgroepIndicator d : DoelgroepIndicator.values()) {
      if ((masker[i] & (1 << d.ordinal())) != 0) {
        set.add(d);
      }
    }
    return set;
  }

  /** The register as {@code lea-peuters/1} JSON Lines. */
  public byte[] jsonLines() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(n * 120);
    StringBuilder b = new StringBuilder(200);
    for (int i = 0; i < n; i++) {
      b.setLength(0);
      b.append("{\"id\":\"p-").append(i).append("\",\"gemeente\":\"GM");
      String g = Integer.toString(gemeente[i]);
      b.append("0000", 0, 4 - g.length()).append(g);
      b.append("\",\"leeftijdInMaanden\":").append(leeftijd[i]).append(",\"indicatoren\":[");
      boolean eerste = true;
      for (DoelgroepIndicator d : indicatoren(i)) {
        b.append(eerste ? "" : ",").append('"').append(d.name()).append('"');
        eerste = false;
      }
      b.append("],\"veDeelname\":").append(ve[i]).append("}\n");
      byte[] regel = b.toString().getBytes(StandardCharsets.UTF_8);
      out.write(regel, 0, regel.length);
    }
    return out.toByteArray();
  }
}
