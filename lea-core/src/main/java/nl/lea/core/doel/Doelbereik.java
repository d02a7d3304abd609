package nl.lea.core.doel;

import nl.lea.core.Gelabeld;
import org.apiguardian.api.API;

/**
 * The goal-attainment category of a list of goals (docs/domein.md §3.6, report Figuur 1.3).
 *
 * <p>For example:
 *
 * <pre>{@code
 * Doelbereik bereik = Doelbereik.evalueer(List.of(
 *     Doel.of(DoelStatus.BEHAALD), Doel.of(DoelStatus.NIET_GEEVALUEERD)));
 * bereik;               // DE_HELFT
 * bereik.helftOfMeer(); // true
 * bereik.grof();        // DoelbereikGrof.DEELS_BEHAALD
 * }</pre>
 * <p>Implements {@link Gelabeld}: every constant carries its Dutch label as printed in the report.
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Doelbereik implements Gelabeld {
  /** No goals were set. */
  GEEN_DOELEN("Geen doelen gesteld"),

  /** No goal evaluated yet, at least one evaluation under way. */
  EVALUATIE_LOOPT("Evaluatie loopt nog"),

  /** No goal evaluated and none under way. */
  NIET_GEEVALUEERD("Niet geëvalueerd"),

  /** Every goal was achieved. */
  ALLE_BEHAALD("Alle doelen behaald"),

  /** More than half of the goals were achieved, not all. */
  MEER_DAN_DE_HELFT("Meer dan de helft behaald"),

  /** Exactly half of the goals were achieved. */
  DE_HELFT("De helft behaald"),

  /** At least one but fewer than half of the goals were achieved. */
  MINDER_DAN_DE_HELFT("Minder dan de helft behaald"),

  /** Goals were evaluated and none was achieved. */
  GEEN_BEHAALD("Geen doelen behaald");

  /** The Dutch label. */
  private final String label;

  Doelbereik(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /**
   * Evaluates a list of goals into its goal-attainment category (docs/domein.md §3.6).
   *
   * <p>With b goals {@code BEHAALD}, e goals {@code BEHAALD} or {@code NIET_BEHAALD}, l goals
   * {@code EVALUATIE_LOOPT} and g goals in all, the first matching row decides: g = 0 gives
   * {@link #GEEN_DOELEN}; e = 0 and l &gt; 0 gives {@link #EVALUATIE_LOOPT}; e = 0 gives {@link
   * #NIET_GEEVALUEERD}; b = g gives {@link #ALLE_BEHAALD}; 2b &gt; g {@link #MEER_DAN_DE_HELFT};
   * 2b = g {@link #DE_HELFT}; b &gt; 0 {@link #MINDER_DAN_DE_HELFT}; otherwise {@link
   * #GEEN_BEHAALD}. The fraction is over all goals set, so a goal not (yet) evaluated never counts
   * as achieved. For example, one goal achieved and one not evaluated is {@code DE_HELFT}.
   *
   * @param doelen the goals, not null, no null elements
   * @return the category, not null
   * @throws nl.lea.core.DomainValidationException if the list or one of its goals is null
   */
  public static Doelbereik evalueer(java.util.Collection<Doel> doelen) {
    nl.lea.core.internal.Checks.noNulls(doelen, "doelen");
    long g = 0;
    long b = 0;
    long e = 0;
    long l = 0;
    for (Doel doel : doelen) {
      g++;
      // Switch expressions without default: a new status breaks the compilation until it is counted.
      b += switch (doel.status()) {
        case BEHAALD -> 1;
        case NIET_BEHAALD, EVALUATIE_LOOPT, NIET_GEEVALUEERD -> 0;
      };
      e += switch (doel.status()) {
        case BEHAALD, NIET_BEHAALD -> 1;
        case EVALUATIE_LOOPT, NIET_GEEVALUEERD -> 0;
      };
      l += switch (doel.status()) {
        case EVALUATIE_LOOPT -> 1;
        case BEHAALD, NIET_BEHAALD, NIET_GEEVALUEERD -> 0;
      };
    }
    if (g == 0) {
      return GEEN_DOELEN;
    }
    if (e == 0) {
      return l > 0 ? EVALUATIE_LOOPT : NIET_GEEVALUEERD;
    }
    if (b == g) {
      return ALLE_BEHAALD;
    }
    if (2 * b > g) {
      return MEER_DAN_DE_HELFT;
    }
    if (2 * b == g) {
      return DE_HELFT;
    }
    return b > 0 ? MINDER_DAN_DE_HELFT : GEEN_BEHAALD;
  }

  /**
   * Checks if at least half of the goals were achieved: {@link #ALLE_BEHAALD}, {@link
   * #MEER_DAN_DE_HELFT} or {@link #DE_HELFT} (the report's "bereikte de helft of meer").
   *
   * @return true if half or more of the goals were achieved
   */
  public boolean helftOfMeer() {
    return this == ALLE_BEHAALD || this == MEER_DAN_DE_HELFT || this == DE_HELFT;
  }

  /**
   * Converts this category to the coarse view used for resultaatafspraken (report Figuur 2.2).
   *
   * @return the coarse category, not null
   */
  public DoelbereikGrof grof() {
    return switch (this) {
      case ALLE_BEHAALD -> DoelbereikGrof.ALLE_BEHAALD;
      case MEER_DAN_DE_HELFT, DE_HELFT, MINDER_DAN_DE_HELFT -> DoelbereikGrof.DEELS_BEHAALD;
      case GEEN_BEHAALD -> DoelbereikGrof.NIET_BEHAALD;
      case NIET_GEEVALUEERD -> DoelbereikGrof.NIET_GEEVALUEERD;
      case EVALUATIE_LOOPT -> DoelbereikGrof.ANDERS;
      case GEEN_DOELEN -> DoelbereikGrof.GEEN_DOELEN;
    };
  }
}
