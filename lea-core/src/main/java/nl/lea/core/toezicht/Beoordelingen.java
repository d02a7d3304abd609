package nl.lea.core.toezicht;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeentecode;
import nl.lea.core.Verslagjaar;
import nl.lea.core.internal.Checks;
import nl.lea.core.internal.LeaStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The inspector's judgements of one verslagjaar: the {@code lea-toezicht/1} document
 * (docs/toezicht.md §4). Gemeente codes are unique; a gemeente without a judgement has nothing accepted,
 * no signal and no contact.
 *
 * <p>For example:
 *
 * <pre>{@code
 * Beoordelingen b = Beoordelingen.of(Verslagjaar.of(2022), List.of(Beoordeling.leeg(Gemeentecode.of("GM0014"))));
 * b.beoordeling(Gemeentecode.of("GM0034"));  // Optional.empty
 * }</pre>
 *
 * <p>This class is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Value.Immutable
@LeaStyle
public abstract class Beoordelingen {

  Beoordelingen() {}

  /**
   * Obtains a document.
   *
   * @param verslagjaar the year judged, not null
   * @param beoordelingen the judgements in document order, unique by gemeente, not null
   * @return the document, not null
   * @throws DomainValidationException if an argument is null or holds null, or a gemeente occurs
   *     twice
   */
  public static Beoordelingen of(Verslagjaar verslagjaar, List<Beoordeling> beoordelingen) {
    return ImmutableBeoordelingen.construct(Checks.notNull(verslagjaar, "verslagjaar"),
        Checks.noNulls(beoordelingen, "beoordelingen"));
  }

  /**
   * Gets the year judged.
   *
   * @return the verslagjaar, not null
   */
  public abstract Verslagjaar verslagjaar();

  /**
   * Gets the judgements.
   *
   * @return the judgements in document order, not null
   */
  public abstract List<Beoordeling> beoordelingen();

  /**
   * Finds the judgement of a gemeente.
   *
   * @param gemeente the gemeente code, not null
   * @return the judgement, empty if the document has none for that gemeente
   */
  public Optional<Beoordeling> beoordeling(Gemeentecode gemeente) {
    Checks.notNull(gemeente, "gemeente");
    return beoordelingen().stream().filter(b -> b.gemeente().equals(gemeente)).findFirst();
  }

  @Value.Check
  void check() {
    Set<Gemeentecode> gezien = new HashSet<>();
    for (int i = 0; i < beoordelingen().size(); i++) {
      Gemeentecode code = beoordelingen().get(i).gemeente();
      if (!gezien.add(code)) {
        throw new DomainValidationException("beoordelingen[" + i + "].gemeente", "must be unique in the document", code);
      }
    }
  }
}
