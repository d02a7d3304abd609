package nl.lea.testkit;

import static org.quicktheories.generators.SourceDSL.integers;

import java.util.OptionalInt;
import nl.lea.core.DomainValidationException;
import nl.lea.core.vve.Aanbod;
import nl.lea.core.vve.RedenOnvoldoendeKindplaatsen;
import nl.lea.core.vve.RedenOnvolledigBereik;
import org.apiguardian.api.API;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generates valid {@link Aanbod} values: three optional counts 0..1,000,000 with reasons. Obtain
 * one with {@link LeaGenerators#aanbod()} and turn its knobs:
 *
 * <pre>{@code
 * qt().forAll(LeaGenerators.aanbod().aandeelOntbrekend(30).bereikBovenHonderd(false).scheef())
 *     .check(aanbod -> ...);
 * }</pre>
 *
 * <p>By default 10% of the counts are missing, the reached count may exceed the doelgroep (as in
 * real data), doelgroeppeuters includes 0, 1 and 1,000,000 often, and sizes are uniform. Instances
 * are immutable; each knob returns a new generator.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AanbodGen implements Gen<Aanbod> {

  private final int aandeelOntbrekend;
  private final boolean bereikBovenHonderd;
  private final boolean scheef;
  private final Gen<Aanbod> gen;

  AanbodGen(int aandeelOntbrekend, boolean bereikBovenHonderd, boolean scheef) {
    this.aandeelOntbrekend = aandeelOntbrekend;
    this.bereikBovenHonderd = bereikBovenHonderd;
    this.scheef = scheef;
    this.gen = bouw();
  }

  /**
   * Sets the share of counts that are not supplied.
   *
   * @param procent the share of each count that is absent, 0..100
   * @return a new generator, not null
   * @throws DomainValidationException if the share is outside 0..100
   */
  public AanbodGen aandeelOntbrekend(int procent) {
    return new AanbodGen(Basis.checkProcent(procent, "aandeelOntbrekend"), bereikBovenHonderd, scheef);
  }

  /**
   * Allows or forbids more reached toddlers than doelgroep toddlers (a bereik above 100%).
   *
   * @param toegestaan true to allow it (the default)
   * @return a new generator, not null
   */
  public AanbodGen bereikBovenHonderd(boolean toegestaan) {
    return new AanbodGen(aandeelOntbrekend, toegestaan, scheef);
  }

  /**
   * Makes sizes skewed like real gemeenten: log-uniform, so many small and a few large ones.
   *
   * @return a new generator, not null
   */
  public AanbodGen scheef() {
    return new AanbodGen(aandeelOntbrekend, bereikBovenHonderd, true);
  }

  private Gen<Aanbod> bouw() {
    Gen<Integer> doelgroep = scheef
        ? Basis.scheef(Aanbod.MAX_AANTAL)
        : Basis.metRanden(0, Aanbod.MAX_AANTAL, 0, 1, Aanbod.MAX_AANTAL);
    Gen<Integer> bereikProcent = integers().between(0, bereikBovenHonderd ? 130 : 100);
    Gen<Integer> plaatsenProcent = integers().between(50, 150);
    Gen<int[]> aantallen = doelgroep.zip(bereikProcent, plaatsenProcent, (d, b, k) ->
        new int[] {d, schaal(d, k), schaal(d, b)});
    Gen<boolean[]> aanwezig = Basis.kans(100 - aandeelOntbrekend).zip(
        Basis.kans(100 - aandeelOntbrekend), Basis.kans(100 - aandeelOntbrekend), (a, b, c) -> new boolean[] {a, b, c});
    return aantallen.zip(aanwezig,
        Basis.deelverzamelingen(RedenOnvolledigBereik.class, 0),
        Basis.deelverzamelingen(RedenOnvoldoendeKindplaatsen.class, 0),
        (n, p, r1, r2) -> Aanbod.of(optie(n[0], p[0]), optie(n[1], p[1]), optie(n[2], p[2]), r1, r2));
  }

  private static int schaal(int waarde, int procent) {
    return (int) Math.min(Aanbod.MAX_AANTAL, (long) waarde * procent / 100);
  }

  private static OptionalInt optie(int waarde, boolean aanwezig) {
    return aanwezig ? OptionalInt.of(waarde) : OptionalInt.empty();
  }

  @Override
  public Aanbod generate(RandomnessSource in) {
    return gen.generate(in);
  }
}
