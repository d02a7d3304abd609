package nl.lea.testkit;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import nl.lea.core.DomainValidationException;
import nl.lea.core.doel.Doel;
import nl.lea.core.doel.DoelStatus;
import org.apiguardian.api.API;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generates lists of goals ({@link Doel}), including lists where exactly half of the goals were
 * achieved. Obtain one with {@link LeaGenerators#doelLijsten()}:
 *
 * <pre>{@code
 * qt().forAll(LeaGenerators.doelLijsten().maxAantal(20)).check(doelen -> ...);
 * }</pre>
 *
 * <p>Instances are immutable; each knob returns a new generator.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DoelenGen implements Gen<List<Doel>> {

  private static final List<DoelStatus> NIET_BEHAALD = List.of(
      DoelStatus.NIET_BEHAALD, DoelStatus.NIET_GEEVALUEERD, DoelStatus.EVALUATIE_LOOPT);

  private final int maxAantal;
  private final Gen<List<Doel>> gen;

  DoelenGen(int maxAantal) {
    this.maxAantal = maxAantal;
    Gen<List<Doel>> vrij = lists().of(LeaGenerators.doelen()).ofSizeBetween(0, maxAantal);
    Gen<List<Doel>> helft = integers().between(1, Math.max(1, maxAantal / 2))
        .zip(lists().of(arbitrary().pick(NIET_BEHAALD)).ofSize(Math.max(1, maxAantal / 2)), (n, anders) -> {
          List<Doel> doelen = new ArrayList<>();
          for (int i = 0; i < n; i++) {
            doelen.add(Doel.of(DoelStatus.BEHAALD));
            doelen.add(Doel.of(anders.get(i)));
          }
          return doelen;
        });
    this.gen = maxAantal < 2 ? vrij : vrij.mix(helft, 20);
  }

  /**
   * Sets the largest number of goals in a list.
   *
   * @param max the largest list size, at least 0
   * @return a new generator, not null
   * @throws DomainValidationException if {@code max} is negative
   */
  public DoelenGen maxAantal(int max) {
    if (max < 0) {
      throw new DomainValidationException("maxAantal", "must not be negative", max);
    }
    return new DoelenGen(max);
  }

  /**
   * Gets the largest number of goals in a list.
   *
   * @return the largest list size
   */
  public int maxAantal() {
    return maxAantal;
  }

  @Override
  public List<Doel> generate(RandomnessSource in) {
    return gen.generate(in);
  }
}
