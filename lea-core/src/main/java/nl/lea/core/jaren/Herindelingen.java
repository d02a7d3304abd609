package nl.lea.core.jaren;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeentecode;
import nl.lea.core.Verslagjaar;
import nl.lea.core.internal.Checks;
import nl.lea.core.internal.LeaStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The gemeentelijke herindelingen a comparison over years maps its documents with: the {@code
 * lea-herindelingen/1} document (docs/jaren.md §2). Entries apply in date order, ties in the given
 * order; a code cannot stop to exist twice.
 *
 * <p>A document of verslagjaar J is answered in J + 1, in the layout of 1 January J + 1; mapped to
 * the layout of a later verslagjaar L it undergoes the entries with J &lt; year(datum) ≤ L + 1
 * ({@link #tussen}). For example:
 *
 * <pre>{@code
 * Herindelingen h = LeaJson.herindelingenNl();   // Weesp into Amsterdam, Voorne aan Zee
 * h.tussen(Verslagjaar.of(2021), Verslagjaar.of(2022));   // both: 2022-03-24 and 2023-01-01
 * h.tussen(Verslagjaar.of(2022), Verslagjaar.of(2022));   // Voorne aan Zee only
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.2")
@Value.Immutable
@LeaStyle
public abstract class Herindelingen {

  Herindelingen() {}

  /**
   * Obtains the herindelingen of a document.
   *
   * @param herindelingen the entries, in document order, not null
   * @return the herindelingen, not null
   * @throws DomainValidationException if the list is null or holds null, or a code stops to
   *     exist in two entries
   */
  public static Herindelingen of(List<Herindeling> herindelingen) {
    return ImmutableHerindelingen.construct(Checks.noNulls(herindelingen, "herindelingen"));
  }

  /**
   * Obtains no herindelingen: a comparison that maps nothing.
   *
   * @return the empty herindelingen, not null
   */
  public static Herindelingen geen() {
    return of(List.of());
  }

  /**
   * Gets the entries.
   *
   * @return the entries, in document order, not null
   */
  public abstract List<Herindeling> herindelingen();

  /**
   * Lists the entries in the order they apply: by date, ties in document order.
   *
   * @return the entries, not null
   */
  public List<Herindeling> inDatumvolgorde() {
    return herindelingen().stream().sorted(Comparator.comparing(Herindeling::datum)).toList();
  }

  /**
   * Lists the entries that map a document of one verslagjaar to the layout of a later one: those
   * with {@code van} &lt; year(datum) ≤ {@code naar} + 1, in the order they apply.
   *
   * @param van the verslagjaar of the document, not null
   * @param naar the verslagjaar whose layout is wanted, not before {@code van}, not null
   * @return the entries, possibly empty, not null
   * @throws DomainValidationException if an argument is null or {@code naar} is before {@code van}
   */
  public List<Herindeling> tussen(Verslagjaar van, Verslagjaar naar) {
    Checks.notNull(van, "van");
    Checks.notNull(naar, "naar");
    if (naar.jaar() < van.jaar()) {
      throw new DomainValidationException("naar", "must not be before van (" + van + ")", naar);
    }
    return inDatumvolgorde().stream()
        .filter(h -> h.datum().getYear() > van.jaar() && h.datum().getYear() <= naar.jaar() + 1).toList();
  }

  @Value.Check
  void check() {
    DomainValidationException.throwIfAny(violations(herindelingen().stream().map(Herindeling::datum).toList(),
        herindelingen().stream().map(h -> h.van().stream().map(g -> g.code()).toList()).toList(),
        herindelingen().stream().map(h -> h.naar().code()).toList()));
  }

  /**
   * Lists the violations of the rule over all entries: a code stops to exist (is in {@code van}
   * and is not the entry's {@code naar}) in one entry only; the entry later in date order (ties:
   * in document order) is reported at its {@code van[j].code}.
   *
   * <p>For lea's readers, which report every error of a document at once: an entry with a null
   * date, or a null code, is unknown and skipped. Not for applications: it may change without
   * notice.
   *
   * @param data the entries' dates, null where unknown, not null
   * @param van the entries' {@code van} codes in document order, null where unknown, not null
   * @param naar the entries' {@code naar} codes, null where unknown, not null
   * @return the violations, possibly empty, not null
   * @throws DomainValidationException if a list is null or the lists differ in length
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public static List<DomainValidationException.Violation> violations(List<LocalDate> data,
      List<? extends Collection<Gemeentecode>> van,
      List<Gemeentecode> naar) {
    Checks.notNull(data, "data");
    Checks.notNull(van, "van");
    Checks.notNull(naar, "naar");
    if (van.size() != data.size() || naar.size() != data.size()) {
      throw new DomainValidationException("van", "must hold as many entries as data (" + data.size() + ") and naar", van.size());
    }
    List<Integer> volgorde = IntStream.range(0, data.size()).filter(i -> data.get(i) != null && van.get(i) != null).boxed()
        .sorted(Comparator.comparing(data::get)).toList();
    Map<Gemeentecode, Integer> opgeheven = new HashMap<>();
    List<DomainValidationException.Violation> lijst = new ArrayList<>();
    for (int i : volgorde) {
      List<Gemeentecode> codes = new ArrayList<>(van.get(i));
      for (int j = 0; j < codes.size(); j++) {
        Gemeentecode c = codes.get(j);
        // A code repeated within one entry is that entry's error (Herindeling), not a second disappearance.
        if (c == null || c.equals(naar.get(i)) || codes.subList(0, j).contains(c)) {
          continue;
        }
        Integer eerder = opgeheven.putIfAbsent(c, i);
        if (eerder != null) {
          lijst.add(DomainValidationException.Violation.of("herindelingen[" + i + "].van[" + j + "].code",
              "stops to exist a second time, after", c).withReference("herindelingen[" + eerder + "]"));
        }
      }
    }
    return List.copyOf(lijst);
  }
}
