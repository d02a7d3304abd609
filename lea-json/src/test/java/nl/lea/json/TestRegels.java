package nl.lea.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import nl.lea.core.DomainValidationException;
import nl.lea.core.toezicht.Domein;
import nl.lea.core.toezicht.Regelset;
import nl.lea.core.vragenlijst.GemeenteAntwoord;

/**
 * A small rule set for lea-json's tests, which cannot use lea-rapport's default rules (lea-rapport
 * depends on lea-json): L0 not returned, L4 a thema without overleg, V4 fewer kindplaatsen than
 * doelgroeppeuters or unknown, V5 no resultaatafspraken.
 */
final class TestRegels implements Regelset {

  static final TestRegels REGELS = new TestRegels();

  private record Regel(Set<Domein> domeinen, Predicate<GemeenteAntwoord> vuurt) {}

  private final Map<String, Regel> regels = new LinkedHashMap<>();

  private TestRegels() {
    regels.put("L0", new Regel(Set.of(Domein.LEA, Domein.VVE), a -> !a.isIngevuld()));
    regels.put("L4", new Regel(Set.of(Domein.LEA),
        a -> a.lea().map(l -> l.perThema().values().stream().anyMatch(t -> !t.overleg())).orElse(false)));
    regels.put("V4", new Regel(Set.of(Domein.VVE), a -> a.vve().map(v -> {
      var aanbod = v.aanbod();
      return aanbod.kindplaatsen().isEmpty() || aanbod.doelgroeppeuters().isEmpty()
          || aanbod.kindplaatsen().getAsInt() < aanbod.doelgroeppeuters().getAsInt();
    }).orElse(false)));
    regels.put("V5", new Regel(Set.of(Domein.VVE),
        a -> a.vve().map(v -> v.resultaatafspraken().status() == nl.lea.core.resultaat.ResultaatafsprakenStatus.GEEN).orElse(false)));
  }

  @Override
  public java.util.Optional<String> nietIngevuld() {
    return java.util.Optional.of("L0");
  }

  @Override
  public List<String> codes() {
    return List.copyOf(regels.keySet());
  }

  @Override
  public Set<Domein> domeinen(String code) {
    Regel r = regels.get(code);
    if (r == null) {
      throw new DomainValidationException("code", "is not a rule", code);
    }
    return r.domeinen();
  }

  @Override
  public List<String> gevuurd(GemeenteAntwoord antwoord) {
    List<String> codes = new ArrayList<>();
    regels.forEach((code, r) -> {
      if (r.vuurt().test(antwoord)) {
        codes.add(code);
      }
    });
    return codes;
  }
}
