package nl.lea.rapport;

import java.util.Set;
import nl.lea.core.DomainValidationException;
import org.apiguardian.api.API;

/**
 * How a table is drawn as a figure, declared with the table in the registry: the kind of chart and
 * the rows it leaves out. A renderer that draws (the HTML page of lea-publicatie) reads this, so a
 * table gets its figure by one attribute in the registry and nothing in the renderer.
 *
 * <p>For example, Figuur 1.3 is {@code Figuur.gestapeld(Set.of("…/HELFT_OF_MEER", …))}: a stacked
 * bar per group (thema) of its rows but the summary rows.
 *
 * <p>This record is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 *
 * @param soort the kind of chart, not null
 * @param weglaten the keys of the rows the chart leaves out, not null
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
public record Figuur(Soort soort, Set<String> weglaten) {

  /** The kinds of chart. */
  public enum Soort {
    /** A horizontal bar per row of its percentage, under a heading per {@link Groep}. */
    STAVEN,
    /** A stacked 100% bar per {@link Groep}, a segment per row by its count. */
    GESTAPELD,
    /**
     * The flow of the waarborgtoezicht (Figuur 1.5) with its counts from the tables {@code
     * 3.risico}, {@code 3.contact} and {@code 3.afhandeling}.
     */
    STROOM
  }

  /**
   * Checks the figure.
   *
   * @param soort the kind of chart, not null
   * @param weglaten the keys of the rows the chart leaves out, not null
   */
  public Figuur {
    DomainValidationException.requireNonNull(soort, "soort");
    weglaten = Set.copyOf(DomainValidationException.requireNoNulls(weglaten, "weglaten"));
  }

  /**
   * Obtains bars of every row's percentage.
   *
   * @return the figure, not null
   */
  public static Figuur staven() {
    return new Figuur(Soort.STAVEN, Set.of());
  }

  /**
   * Obtains a stacked bar per group.
   *
   * @param weglaten the keys of the rows left out, not null
   * @return the figure, not null
   */
  public static Figuur gestapeld(Set<String> weglaten) {
    return new Figuur(Soort.GESTAPELD, weglaten);
  }

  /**
   * Obtains the flow of the waarborgtoezicht.
   *
   * @return the figure, not null
   */
  public static Figuur stroom() {
    return new Figuur(Soort.STROOM, Set.of());
  }
}
