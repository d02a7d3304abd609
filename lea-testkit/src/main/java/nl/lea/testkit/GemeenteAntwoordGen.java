package nl.lea.testkit;

import java.util.function.Function;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeente;
import nl.lea.core.Verslagjaar;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.core.vve.VveAntwoord;
import org.apiguardian.api.API;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generates one gemeente's answer ({@link GemeenteAntwoord}): filled in with LEA and vve answers, or
 * not returned. Obtain one with {@link LeaGenerators#gemeenteAntwoorden()}:
 *
 * <pre>{@code
 * qt().forAll(LeaGenerators.gemeenteAntwoorden().aandeelNietIngevuld(50)).check(a -> ...);
 * }</pre>
 *
 * <p>By default 5% of the gemeenten did not return the questionnaire. Instances are immutable;
 * each knob returns a new generator.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class GemeenteAntwoordGen implements Gen<GemeenteAntwoord> {

  private final int aandeelNietIngevuld;
  private final AanbodGen aanbod;
  private final GemeenteGen gemeenten;
  private final Gen<Function<Gemeente, GemeenteAntwoord>> voorGemeente;

  GemeenteAntwoordGen(int aandeelNietIngevuld, AanbodGen aanbod, GemeenteGen gemeenten) {
    this.aandeelNietIngevuld = aandeelNietIngevuld;
    this.aanbod = aanbod;
    this.gemeenten = gemeenten;
    Gen<VveAntwoord> vve = LeaGenerators.vveAntwoorden(aanbod);
    this.voorGemeente = Basis.kans(aandeelNietIngevuld).zip(LeaGenerators.leaAntwoorden(), vve,
        (niet, lea, v) -> niet
            ? (Function<Gemeente, GemeenteAntwoord>) GemeenteAntwoord::nietIngevuld
            : g -> GemeenteAntwoord.ingevuld(g, lea, v));
  }

  /**
   * Sets the share of gemeenten that did not return the questionnaire.
   *
   * @param procent the share, 0..100
   * @return a new generator, not null
   * @throws DomainValidationException if the share is outside 0..100
   */
  public GemeenteAntwoordGen aandeelNietIngevuld(int procent) {
    return new GemeenteAntwoordGen(Basis.checkProcent(procent, "aandeelNietIngevuld"), aanbod, gemeenten);
  }

  /**
   * Sets the generator of the aanbod counts.
   *
   * @param aanbod the generator, not null
   * @return a new generator, not null
   */
  public GemeenteAntwoordGen aanbod(AanbodGen aanbod) {
    return new GemeenteAntwoordGen(aandeelNietIngevuld, nl.lea.core.DomainValidationException.requireNonNull(aanbod, "aanbod"), gemeenten);
  }

  /**
   * Sets the generator of the gemeente itself, for example {@code LeaGenerators.gemeenten().echt()}.
   *
   * @param gemeenten the generator, not null
   * @return a new generator, not null
   */
  public GemeenteAntwoordGen gemeenten(GemeenteGen gemeenten) {
    return new GemeenteAntwoordGen(aandeelNietIngevuld, aanbod, nl.lea.core.DomainValidationException.requireNonNull(gemeenten, "gemeenten"));
  }

  /** The answer for a gemeente chosen elsewhere (a document needs unique codes). */
  Gen<Function<Gemeente, GemeenteAntwoord>> voorGemeente() {
    return voorGemeente;
  }

  /**
   * Makes the filled-in answers jaarverantwoordingen ({@code lea-vragenlijst/2}) of a verslagjaar,
   * as {@link VragenlijstGen#jaarverantwoording()} does for a document.
   *
   * @param jaar the verslagjaar, not null
   * @return a generator of such answers, not null
   * @throws nl.lea.core.DomainValidationException if the year is null
   */
  public Gen<GemeenteAntwoord> jaarverantwoording(Verslagjaar jaar) {
    nl.lea.core.DomainValidationException.requireNonNull(jaar, "jaar");
    return Jaarverantwoording.vul(this, jaar);
  }

  @Override
  public GemeenteAntwoord generate(RandomnessSource in) {
    return voorGemeente.generate(in).apply(gemeenten.generate(in));
  }
}
