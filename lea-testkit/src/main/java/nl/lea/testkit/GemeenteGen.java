package nl.lea.testkit;

import static org.quicktheories.generators.SourceDSL.integers;

import nl.lea.core.Gemeente;
import nl.lea.core.Gemeentecode;
import org.apiguardian.api.API;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generates gemeenten: by default any code {@code GM0000}..{@code GM9999} with a made-up name; with
 * {@link #echt()} one of the 342 real gemeenten of 1 January 2023. Obtain one with {@link
 * LeaGenerators#gemeenten()}.
 *
 * <p>Instances are immutable; each knob returns a new generator.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class GemeenteGen implements Gen<Gemeente> {

  private final Gen<Gemeente> gen;

  GemeenteGen(boolean echt) {
    this.gen = echt
        ? integers().between(0, EchteGemeenten.ALLE.size() - 1).map(i -> EchteGemeenten.ALLE.get(i))
        : integers().between(0, 9999).map(n -> Gemeente.of(Gemeentecode.of(n), "Gemeente " + n));
  }

  /**
   * Generates only the real gemeenten of 1 January 2023, with their CBS codes and names.
   *
   * @return a new generator, not null
   */
  public GemeenteGen echt() {
    return new GemeenteGen(true);
  }

  @Override
  public Gemeente generate(RandomnessSource in) {
    return gen.generate(in);
  }
}
