package nl.lea.testkit;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeente;
import nl.lea.core.Gemeentecode;
import nl.lea.core.Verslagjaar;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.core.vragenlijst.Vragenlijst;
import org.apiguardian.api.API;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generates whole questionnaire documents ({@link Vragenlijst}, the {@code lea-vragenlijst/1}
 * format) with unique gemeente codes in ascending order. Obtain one with {@link
 * LeaGenerators#vragenlijsten()}:
 *
 * <pre>{@code
 * qt().forAll(LeaGenerators.vragenlijsten()
 *         .aantalGemeenten(300, 342).echteGemeenten().scheveGrootte()
 *         .aandeelNietIngevuld(1).aandeelOntbrekendeAantallen(12))
 *     .check(vragenlijst -> ...);
 * }</pre>
 *
 * <p>Defaults: 0 to 30 gemeenten with made-up names, any verslagjaar, 5% not returned, 10% of the
 * counts missing, bereik above 100% allowed, uniform sizes. Instances are immutable; each knob
 * returns a new generator.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class VragenlijstGen implements Gen<Vragenlijst> {

  private final int min;
  private final int max;
  private final boolean echt;
  private final int aandeelNietIngevuld;
  private final AanbodGen aanbod;
  private final Integer verslagjaar;
  private final boolean jaarverantwoording;
  private final Gen<Vragenlijst> gen;

  VragenlijstGen(int min, int max, boolean echt, int aandeelNietIngevuld, AanbodGen aanbod, Integer verslagjaar) {
    this(min, max, echt, aandeelNietIngevuld, aanbod, verslagjaar, false);
  }

  private VragenlijstGen(int min, int max, boolean echt, int aandeelNietIngevuld, AanbodGen aanbod, Integer verslagjaar,
      boolean jaarverantwoording) {
    this.min = min;
    this.max = max;
    this.echt = echt;
    this.aandeelNietIngevuld = aandeelNietIngevuld;
    this.aanbod = aanbod;
    this.verslagjaar = verslagjaar;
    this.jaarverantwoording = jaarverantwoording;
    this.gen = bouw();
  }

  /**
   * Sets the number of gemeenten in a document.
   *
   * @param min the smallest number, at least 0
   * @param max the largest number, at least {@code min}, at most 10,000 (342 with real gemeenten)
   * @return a new generator, not null
   * @throws DomainValidationException if the bounds are invalid
   */
  public VragenlijstGen aantalGemeenten(int min, int max) {
    return new VragenlijstGen(min, max, echt, aandeelNietIngevuld, aanbod, verslagjaar, jaarverantwoording);
  }

  /**
   * Uses the real gemeenten of 1 January 2023 (codes and names), at most 342 per document.
   *
   * @return a new generator, not null
   * @throws DomainValidationException if more than 342 gemeenten were asked for
   */
  public VragenlijstGen echteGemeenten() {
    return new VragenlijstGen(min, max, true, aandeelNietIngevuld, aanbod, verslagjaar, jaarverantwoording);
  }

  /**
   * Sets the share of gemeenten that did not return the questionnaire.
   *
   * @param procent the share, 0..100
   * @return a new generator, not null
   * @throws DomainValidationException if the share is outside 0..100
   */
  public VragenlijstGen aandeelNietIngevuld(int procent) {
    return new VragenlijstGen(min, max, echt, Basis.checkProcent(procent, "aandeelNietIngevuld"), aanbod, verslagjaar, jaarverantwoording);
  }

  /**
   * Sets the share of aanbod counts that are not supplied.
   *
   * @param procent the share, 0..100
   * @return a new generator, not null
   * @throws DomainValidationException if the share is outside 0..100
   */
  public VragenlijstGen aandeelOntbrekendeAantallen(int procent) {
    return metAanbod(aanbod.aandeelOntbrekend(procent));
  }

  /**
   * Allows or forbids a bereik above 100% (more reached toddlers than doelgroep toddlers).
   *
   * @param toegestaan true to allow it (the default)
   * @return a new generator, not null
   */
  public VragenlijstGen bereikBovenHonderd(boolean toegestaan) {
    return metAanbod(aanbod.bereikBovenHonderd(toegestaan));
  }

  /**
   * Makes gemeente sizes skewed like real data: many small gemeenten, a few large cities.
   *
   * @return a new generator, not null
   */
  public VragenlijstGen scheveGrootte() {
    return metAanbod(aanbod.scheef());
  }

  /**
   * Makes the documents jaarverantwoordingen ({@code lea-vragenlijst/2}): every filled-in answer
   * carries the yearly overleg, the subsidy model and, from verslagjaar 2023, the day the college
   * adopted it; the reasons, {@code anders} texts (at their boundaries), waiting lists and ve
   * locations are drawn where the rules allow them.
   *
   * @return a new generator, not null
   */
  public VragenlijstGen jaarverantwoording() {
    return new VragenlijstGen(min, max, echt, aandeelNietIngevuld, aanbod, verslagjaar, true);
  }

  /**
   * Fixes the verslagjaar.
   *
   * @param jaar the year, 2000..2100
   * @return a new generator, not null
   * @throws nl.lea.core.DomainValidationException if the year is outside 2000..2100
   */
  public VragenlijstGen verslagjaar(int jaar) {
    Verslagjaar.of(jaar);
    return new VragenlijstGen(min, max, echt, aandeelNietIngevuld, aanbod, jaar, jaarverantwoording);
  }

  private VragenlijstGen metAanbod(AanbodGen nieuw) {
    return new VragenlijstGen(min, max, echt, aandeelNietIngevuld, nieuw, verslagjaar, jaarverantwoording);
  }

  private Gen<Vragenlijst> bouw() {
    int pool = echt ? EchteGemeenten.ALLE.size() : 10_000;
    if (min < 0 || max < min || max > pool) {
      throw new DomainValidationException("aantalGemeenten", "must satisfy 0 <= min <= max <= " + pool, min + ".." + max);
    }
    Gen<Function<Gemeente, GemeenteAntwoord>> antwoord =
        new GemeenteAntwoordGen(aandeelNietIngevuld, aanbod, LeaGenerators.gemeenten()).voorGemeente();
    Gen<Verslagjaar> jaren = verslagjaar == null
        ? LeaGenerators.verslagjaren()
        : integers().between(verslagjaar, verslagjaar).map(j -> Verslagjaar.of(j));
    Gen<Vragenlijst> basis = integers().between(min, max).flatMap(n -> {
      int maxSprong = n == 0 ? 1 : pool / n;
      return lists().of(integers().between(1, maxSprong)).ofSize(n)
          .zip(lists().of(antwoord).ofSize(n), jaren, (sprongen, antwoorden, jaar) -> {
            List<GemeenteAntwoord> gemeenten = new ArrayList<>(n);
            int positie = -1;
            for (int i = 0; i < n; i++) {
              positie += sprongen.get(i);
              Gemeente g = echt
                  ? EchteGemeenten.ALLE.get(positie)
                  : Gemeente.of(Gemeentecode.of(positie), "Gemeente " + positie);
              gemeenten.add(antwoorden.get(i).apply(g));
            }
            return Vragenlijst.of(jaar, gemeenten);
          });
    });
    return jaarverantwoording ? in -> Jaarverantwoording.vul(basis.generate(in), in) : basis;
  }

  @Override
  public Vragenlijst generate(RandomnessSource in) {
    return gen.generate(in);
  }
}
