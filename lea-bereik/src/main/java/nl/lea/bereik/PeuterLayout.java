package nl.lea.bereik;

import nl.lea.core.Gemeentecode;
import nl.lea.core.peuter.Peuter;
import nl.lea.core.vve.DoelgroepIndicator;

/**
 * The one owner of how a toddler is packed into an {@code int} for the registers: from the lowest
 * bit, the indicator mask (a bit per {@link DoelgroepIndicator}, by ordinal), ve attendance, ve age
 * (30 ≤ months &lt; 48), the age in months (0..{@value Peuter#MAX_LEEFTIJD_IN_MAANDEN}, 7 bits) and
 * the gemeente number (0..9999, 14 bits).
 *
 * <p>The widths follow from the number of indicators: with the nine of {@link DoelgroepIndicator}
 * the fields fill the 32 bits exactly. {@link #STANDAARD} is computed from {@code
 * DoelgroepIndicator.values()} when the class loads, so a tenth indicator fails there, loudly, rather
 * than colliding with the ve bit. Within the ve-age part of a gemeente the indicator mask and the ve
 * bit together ({@link #sleutel}) decide a toddler's counts.
 */
final class PeuterLayout {

  /** Bits of the age in months: 0..96 fits in 7. */
  static final int LEEFTIJD_BITS = 7;
  /** Bits of the gemeente number: 0..9999 fits in 14. */
  static final int GEMEENTE_BITS = 14;

  /** The layout of lea's indicators, checked when the class loads. */
  static final PeuterLayout STANDAARD = voor(DoelgroepIndicator.values().length);

  /** The number of indicators, the width of the mask. */
  final int indicatoren;
  /** The number of indicator sets, {@code 2^indicatoren}: the masks 0..sets − 1. */
  final int sets;
  /** The ve-attendance bit. */
  final int ve;
  /** The ve-age bit. */
  final int veLeeftijd;
  /** The number of keys (mask and ve bit), {@code 2 × sets}. */
  final int sleutels;
  /** Where the age starts. */
  final int leeftijdSchuif;
  /** Where the gemeente number starts. */
  final int gemeenteSchuif;

  private PeuterLayout(int indicatoren) {
    this.indicatoren = indicatoren;
    this.sets = 1 << indicatoren;
    this.ve = 1 << indicatoren;
    this.veLeeftijd = 1 << (indicatoren + 1);
    this.sleutels = 2 * sets;
    this.leeftijdSchuif = indicatoren + 2;
    this.gemeenteSchuif = leeftijdSchuif + LEEFTIJD_BITS;
  }

  /**
   * The layout for a number of indicators.
   *
   * @param indicatoren the number of indicators, at least 1
   * @return the layout, not null
   * @throws IllegalStateException if the fields do not fit in 32 bits (more than nine indicators)
   */
  static PeuterLayout voor(int indicatoren) {
    int bits = indicatoren + 2 + LEEFTIJD_BITS + GEMEENTE_BITS;
    if (indicatoren < 1 || bits > Integer.SIZE) {
      throw new IllegalStateException("a toddler with " + indicatoren + " indicators needs " + bits
          + " bits: the packed int holds at most " + (Integer.SIZE - 2 - LEEFTIJD_BITS - GEMEENTE_BITS)
          + " indicators; widen the register to long before adding an indicator");
    }
    if ((1 << LEEFTIJD_BITS) <= Peuter.MAX_LEEFTIJD_IN_MAANDEN || (1 << GEMEENTE_BITS) <= 9999) {
      throw new IllegalStateException("the age or the gemeente number does not fit its bits");
    }
    return new PeuterLayout(indicatoren);
  }

  /** Packs one toddler; the values were checked by {@link Peuter} or the register's builder. */
  int pak(int gemeente, int leeftijdInMaanden, int masker, boolean veDeelname) {
    boolean veLeeftijdBit = leeftijdInMaanden >= Peuter.VE_LEEFTIJD_VAN && leeftijdInMaanden < Peuter.VE_LEEFTIJD_TOT;
    return masker | (veDeelname ? ve : 0) | (veLeeftijdBit ? veLeeftijd : 0)
        | leeftijdInMaanden << leeftijdSchuif | gemeente << gemeenteSchuif;
  }

  /** Packs one record. */
  int pak(Peuter p) {
    return pak(p.gemeente().nummer(), p.leeftijdInMaanden(), Indicatie.masker(p.indicatoren()), p.veDeelname());
  }

  /** The gemeente number of a packed toddler. */
  int gemeente(int packed) {
    return packed >>> gemeenteSchuif;
  }

  /** The gemeente code of a packed toddler. */
  Gemeentecode gemeentecode(int packed) {
    return Gemeentecode.of(gemeente(packed));
  }

  /** The age in months of a packed toddler. */
  int leeftijdInMaanden(int packed) {
    return (packed >>> leeftijdSchuif) & ((1 << LEEFTIJD_BITS) - 1);
  }

  /** The indicator mask of a packed toddler. */
  int masker(int packed) {
    return packed & (sets - 1);
  }

  /** Whether a packed toddler attends ve. */
  boolean veDeelname(int packed) {
    return (packed & ve) != 0;
  }

  /** Whether a packed toddler is of ve age. */
  boolean isVeLeeftijd(int packed) {
    return (packed & veLeeftijd) != 0;
  }

  /** The key that decides a ve-age toddler's counts: its mask and its ve bit, 0..sleutels − 1. */
  int sleutel(int packed) {
    return packed & (sleutels - 1);
  }
}
