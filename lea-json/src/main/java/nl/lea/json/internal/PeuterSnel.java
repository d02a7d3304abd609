package nl.lea.json.internal;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import nl.lea.core.Gemeentecode;
import nl.lea.core.peuter.Peuter;
import nl.lea.core.vve.DoelgroepIndicator;

/**
 * The fast path for one {@code lea-peuters/1} line: a single pass over the bytes of a record in
 * the plain form registers export (ASCII strings without escapes, integers without sign, fraction
 * or exponent, the five known fields at most once each) straight into a {@link Peuter}.
 *
 * <p>It accepts a strict subset of JSON and of the format's rules: whatever it accepts, the full
 * reader accepts too and reads as the same record (a property test checks this). For anything
 * else — any escape, non-ASCII character, unknown or repeated field, wrong type, out-of-range
 * value, malformed JSON — it returns {@code null}, and the caller reads the line again with the
 * full reader, which reports every error with its pointer. Not API.
 */
public final class PeuterSnel {

  private static final int N = DoelgroepIndicator.values().length;
  private static final byte[][] NAMEN = new byte[N][];
  /** The indicator set of every mask, shared. */
  private static final Set<DoelgroepIndicator>[] SETS = sets();

  static {
    for (DoelgroepIndicator d : DoelgroepIndicator.values()) {
      NAMEN[d.ordinal()] = d.name().getBytes(StandardCharsets.US_ASCII);
    }
  }

  private final byte[] b;
  private int i;
  private final int eind;
  /** Start and end of the last string read. */
  private int van;
  private int tot;

  private PeuterSnel(byte[] b, int offset, int length) {
    this.b = b;
    this.i = offset;
    this.eind = offset + length;
  }

  @SuppressWarnings("unchecked")
  private static Set<DoelgroepIndicator>[] sets() {
    Set<DoelgroepIndicator>[] sets = new Set[1 << N];
    for (int m = 0; m < sets.length; m++) {
      EnumSet<DoelgroepIndicator> set = EnumSet.noneOf(DoelgroepIndicator.class);
      for (DoelgroepIndicator d : DoelgroepIndicator.values()) {
        if ((m & (1 << d.ordinal())) != 0) {
          set.add(d);
        }
      }
      sets[m] = Collections.unmodifiableSet(set);
    }
    return sets;
  }

  /**
   * Reads one line.
   *
   * @return the record, or null when the line needs the full reader (it may be invalid)
   */
  public static Peuter lees(byte[] bytes, int offset, int length) {
    return new PeuterSnel(bytes, offset, length).record();
  }

  private Peuter record() {
    String id = null;
    int gemeente = -1;
    int leeftijd = -1;
    int masker = 0;
    int ve = -1;
    int gezien = 0;
    spatie();
    if (!teken('{')) {
      return null;
    }
    spatie();
    if (i < eind && b[i] == '}') {
      return null; // every required field is missing
    }
    while (true) {
      spatie();
      if (!string()) {
        return null;
      }
      int bit = veld();
      if (bit == 0 || (gezien & bit) != 0) {
        return null;
      }
      gezien |= bit;
      spatie();
      if (!teken(':')) {
        return null;
      }
      spatie();
      switch (bit) {
        case 1:
          if (!string() || tot == van) {
            return null;
          }
          boolean leeg = true;
          for (int k = van; k < tot && leeg; k++) {
            leeg = b[k] == ' ';
          }
          if (leeg) {
            return null;
          }
          id = new String(b, van, tot - van, StandardCharsets.US_ASCII);
          break;
        case 2:
          if (!string() || tot - van != 6 || b[van] != 'G' || b[van + 1] != 'M') {
            return null;
          }
          gemeente = 0;
          for (int k = van + 2; k < tot; k++) {
            int c = b[k] - '0';
            if (c < 0 || c > 9) {
              return null;
            }
            gemeente = gemeente * 10 + c;
          }
          break;
        case 4:
          leeftijd = geheel();
          if (leeftijd < 0 || leeftijd > Peuter.MAX_LEEFTIJD_IN_MAANDEN) {
            return null;
          }
          break;
        case 8:
          masker = indicatoren();
          if (masker < 0) {
            return null;
          }
          break;
        default:
          ve = bool();
          if (ve < 0) {
            return null;
          }
      }
      spatie();
      if (i < eind && b[i] == ',') {
        i++;
        continue;
      }
      if (!teken('}')) {
        return null;
      }
      break;
    }
    spatie();
    if (i != eind || (gezien | 8) != 31) {
      return null;
    }
    return Peuter.of(id, Gemeentecode.of(gemeente), leeftijd, SETS[masker], ve == 1);
  }

  /** The bit of the field name just read, 0 for an unknown one. */
  private int veld() {
    int n = tot - van;
    if (n == 2 && b[van] == 'i' && b[van + 1] == 'd') {
      return 1;
    }
    if (gelijk("gemeente")) {
      return 2;
    }
    if (gelijk("leeftijdInMaanden")) {
      return 4;
    }
    if (gelijk("indicatoren")) {
      return 8;
    }
    if (gelijk("veDeelname")) {
      return 16;
    }
    return 0;
  }

  private boolean gelijk(String naam) {
    if (tot - van != naam.length()) {
      return false;
    }
    for (int k = 0; k < naam.length(); k++) {
      if (b[van + k] != naam.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private void spatie() {
    while (i < eind && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r')) {
      i++;
    }
  }

  private boolean teken(char c) {
    if (i < eind && b[i] == c) {
      i++;
      return true;
    }
    return false;
  }

  /** A string of printable ASCII without escapes; sets {@code van}/{@code tot}. */
  private boolean string() {
    if (!teken('"')) {
      return false;
    }
    van = i;
    while (i < eind) {
      byte c = b[i];
      if (c == '"') {
        tot = i;
        i++;
        return true;
      }
      if (c < 0x20 || c > 0x7E || c == '\\') {
        return false;
      }
      i++;
    }
    return false;
  }

  /** A non-negative integer without leading zeros, at most three digits; -1 otherwise. */
  private int geheel() {
    int start = i;
    int waarde = 0;
    while (i < eind && b[i] >= '0' && b[i] <= '9' && i - start < 4) {
      waarde = waarde * 10 + (b[i] - '0');
      i++;
    }
    int n = i - start;
    if (n == 0 || n > 3 || (n > 1 && b[start] == '0')) {
      return -1;
    }
    if (i < eind && (b[i] == '.' || b[i] == 'e' || b[i] == 'E' || (b[i] >= '0' && b[i] <= '9'))) {
      return -1;
    }
    return waarde;
  }

  /** {@code true} as 1, {@code false} as 0, anything else -1. */
  private int bool() {
    if (eind - i >= 4 && b[i] == 't' && b[i + 1] == 'r' && b[i + 2] == 'u' && b[i + 3] == 'e') {
      i += 4;
      return 1;
    }
    if (eind - i >= 5 && b[i] == 'f' && b[i + 1] == 'a' && b[i + 2] == 'l' && b[i + 3] == 's' && b[i + 4] == 'e') {
      i += 5;
      return 0;
    }
    return -1;
  }

  /** An array of distinct indicator names as a mask; -1 otherwise. */
  private int indicatoren() {
    if (!teken('[')) {
      return -1;
    }
    int masker = 0;
    spatie();
    if (teken(']')) {
      return 0;
    }
    while (true) {
      spatie();
      if (!string()) {
        return -1;
      }
      int d = indicator();
      if (d < 0 || (masker & (1 << d)) != 0) {
        return -1;
      }
      masker |= 1 << d;
      spatie();
      if (teken(',')) {
        continue;
      }
      return teken(']') ? masker : -1;
    }
  }

  private int indicator() {
    int n = tot - van;
    for (int d = 0; d < N; d++) {
      byte[] naam = NAMEN[d];
      if (naam.length == n && b[van] == naam[0]) {
        boolean gelijk = true;
        for (int k = 1; k < n && gelijk; k++) {
          gelijk = b[van + k] == naam[k];
        }
        if (gelijk) {
          return d;
        }
      }
    }
    return -1;
  }
}
