package nl.lea.core.toezicht;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeentecode;
import nl.lea.core.Verslagjaar;
import nl.lea.core.internal.Checks;
import nl.lea.core.internal.LeaStyle;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.core.vragenlijst.Vragenlijst;
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

  /**
   * Checks these judgements against the questionnaire document and the rules in use
   * (docs/toezicht.md §4): the same verslagjaar; every judged gemeente is a gemeente of the document
   * and is judged once; and each judgement {@linkplain Beoordeling#controleer fits its answer}.
   *
   * <p>For example, {@code beoordelingen.controleer(vragenlijst, Risicoanalyse.standaard())} is
   * empty for the shipped data. Paths name the fields as the {@code lea-toezicht/1} document does:
   * {@code verslagjaar}, {@code gemeenten[3].code}, {@code gemeenten[3].contact[VVE]}.
   *
   * @param vragenlijst the questionnaire document of the same year, not null
   * @param regels the rules in use, not null
   * @return the violations, possibly empty, not null
   */
  public List<DomainValidationException.Violation> controleer(Vragenlijst vragenlijst, Regelset regels) {
    Checks.notNull(vragenlijst, "vragenlijst");
    Checks.notNull(regels, "regels");
    List<Gemeentecode> codes = beoordelingen().stream().map(Beoordeling::gemeente).toList();
    List<DomainValidationException.Violation> violations = new ArrayList<>(violations(vragenlijst, verslagjaar(), codes));
    for (int i = 0; i < beoordelingen().size(); i++) {
      Beoordeling b = beoordelingen().get(i);
      Optional<GemeenteAntwoord> antwoord = vragenlijst.gemeente(b.gemeente());
      if (antwoord.isPresent()) {
        violations.addAll(DomainValidationException.under("gemeenten[" + i + "]", b.controleer(antwoord.get(), regels)));
      } else {
        // Without its answer only the rules that need no fired rules apply (docs/toezicht.md §4).
        for (int j = 0; j < b.aanvaardeToelichtingen().size(); j++) {
          violations.addAll(DomainValidationException.under("gemeenten[" + i + "].aanvaardeToelichtingen[" + j + "]",
              Beoordeling.controleerAanvaarding(b.aanvaardeToelichtingen().get(j).regel(), null, regels)));
        }
      }
    }
    return List.copyOf(violations);
  }

  /**
   * Lists the violations of the document-level rules (docs/toezicht.md §4 rules 1 and 2): the
   * verslagjaar is the questionnaire's; every code is a gemeente of the questionnaire and appears
   * once (a repeat is reported at each later occurrence, referring to the first).
   *
   * <p>For lea's readers, which report every error of a document at once: a null argument or code
   * is unknown and skips the rules that need it. {@link #controleer} and the factory check the same
   * rules. Not for applications: it may change without notice.
   *
   * @param vragenlijst the questionnaire document, null if there is none to check against
   * @param verslagjaar the judgements' verslagjaar, null if unknown
   * @param codes the code of each judgement, in order, null where unknown, not null
   * @return the violations, possibly empty, not null
   */
  @API(status = API.Status.INTERNAL, since = "0.2")
  public static List<DomainValidationException.Violation> violations(Vragenlijst vragenlijst, Verslagjaar verslagjaar,
      List<Gemeentecode> codes) {
    Checks.notNull(codes, "codes");
    List<DomainValidationException.Violation> violations = new ArrayList<>();
    if (vragenlijst != null && verslagjaar != null && !verslagjaar.equals(vragenlijst.verslagjaar())) {
      violations.add(DomainValidationException.Violation.of("verslagjaar",
          "differs from the vragenlijst's verslagjaar " + vragenlijst.verslagjaar(), verslagjaar));
    }
    List<Gemeentecode> bekend = new ArrayList<>(codes);
    for (int i = 0; i < codes.size(); i++) {
      if (codes.get(i) != null && vragenlijst != null && vragenlijst.gemeente(codes.get(i)).isEmpty()) {
        violations.add(DomainValidationException.Violation.of("gemeenten[" + i + "].code", "is not a gemeente of the vragenlijst",
            codes.get(i)));
        bekend.set(i, null);
      }
    }
    violations.addAll(Checks.herhalingen(bekend, i -> "gemeenten[" + i + "].code", i -> "gemeenten[" + i + "]",
        "repeats the gemeente code of"));
    return List.copyOf(violations);
  }

  @Value.Check
  void check() {
    DomainValidationException.throwIfAny(violations(null, null, beoordelingen().stream().map(Beoordeling::gemeente).toList()));
  }
}
