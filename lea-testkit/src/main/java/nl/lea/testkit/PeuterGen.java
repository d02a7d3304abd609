package nl.lea.testkit;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeentecode;
import nl.lea.core.peuter.Peuter;
import nl.lea.core.vve.DoelgroepIndicator;
import org.apiguardian.api.API;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * Generates toddler records ({@link Peuter}): ages 0..96 months with the ve-age boundaries 29, 30,
 * 47 and 48 often, any set of indicators, and ve attendance. Obtain one with {@link
 * LeaGenerators#peuters()}:
 *
 * <pre>{@code
 * qt().forAll(lists().of(LeaGenerators.peuters().gemeenten(codes)).ofSizeBetween(0, 500))
 *     .check(register -> ...);
 * }</pre>
 *
 * <p>Instances are immutable; each knob returns a new generator.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PeuterGen implements Gen<Peuter> {

  private final List<Gemeentecode> gemeenten;
  private final Gen<Peuter> gen;

  PeuterGen(List<Gemeentecode> gemeenten) {
    this.gemeenten = gemeenten;
    Gen<Gemeentecode> codes = gemeenten.isEmpty() ? LeaGenerators.gemeentecodes() : Generate.pick(gemeenten);
    this.gen = integers().between(0, 999_999).zip(codes, LeaGenerators.leeftijdenInMaanden(),
        Basis.deelverzamelingen(DoelgroepIndicator.class, 0), booleans().all(),
        (id, code, leeftijd, indicatoren, ve) -> Peuter.of("p-" + id, code, leeftijd, indicatoren, ve));
  }

  /**
   * Draws the gemeente of each record from the given codes, so counts per gemeente add up.
   *
   * @param codes the codes to draw from, not empty, not null
   * @return a new generator, not null
   * @throws DomainValidationException if no code is given
   */
  public PeuterGen gemeenten(Collection<Gemeentecode> codes) {
    if (codes.isEmpty()) {
      throw new DomainValidationException("gemeenten", "must hold at least one code", gemeenten);
    }
    return new PeuterGen(List.copyOf(new ArrayList<>(codes)));
  }

  @Override
  public Peuter generate(RandomnessSource in) {
    return gen.generate(in);
  }
}
