package nl.lea.rapport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.lea.bereik.Cohort;
import nl.lea.bereik.Indeling;
import nl.lea.core.Gemeente;
import nl.lea.core.Gemeentecode;
import nl.lea.core.Verslagjaar;
import nl.lea.core.jaren.Herindelingen;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.json.LeaJson;
import org.junit.jupiter.api.Test;

/** docs/jaren.md §2 on the shipped data: the 2021 document in the layout of 2022, and the cohort of 88. */
class IndelingSeedTest {

  private static final Path DATA = Path.of("..", "examples", "data");
  private static final Vragenlijst V2020 = LeaJson.readVragenlijst(DATA.resolve("vragenlijst-2020.json"));
  private static final Vragenlijst V2021 = LeaJson.readVragenlijst(DATA.resolve("vragenlijst-2021.json"));
  private static final Vragenlijst V2022 = LeaJson.readVragenlijst(DATA.resolve("vragenlijst-2022.json"));
  private static final Herindelingen NL = LeaJson.herindelingenNl();

  @Test
  void the2021DocumentOf345GemeentenHas342InTheLayoutOf2022() {
    assertEquals(345, V2021.gemeenten().size());
    Indeling i = Indeling.van(V2021, NL, Verslagjaar.of(2022));
    assertEquals(342, i.gemeenten().size());
    assertEquals(Set.of(Gemeentecode.of("GM0363"), Gemeentecode.of("GM1992")), i.nietVergelijkbaar());
    // The layout is the 2022 document's: the same codes.
    assertEquals(V2022.gemeenten().stream().map(a -> a.gemeente().code()).sorted().toList(),
        i.gemeenten().stream().map(Gemeente::code).sorted().toList());
    // Voorne aan Zee's counts are the sums of its three predecessors' where all three supplied them.
    List<GemeenteAntwoord> voorne = V2021.gemeenten().stream()
        .filter(a -> Set.of("GM0501", "GM0530", "GM0614").contains(a.gemeente().code().toString())).toList();
    assertEquals(3, voorne.size());
    Indeling.Aantallen som = voorne.stream().map(Indeling.Aantallen::van).reduce(Indeling.Aantallen::plus).orElseThrow();
    assertEquals(Optional.of(som), i.aantallen(Gemeentecode.of("GM1992")));
    assertEquals(Optional.empty(), i.antwoord(Gemeentecode.of("GM1992")));
    // A gemeente no herindeling touched keeps its answer.
    assertEquals(Optional.of(V2021.gemeenten().get(0)), i.antwoord(V2021.gemeenten().get(0).gemeente().code()));
  }

  @Test
  void the2022DocumentIsAlreadyInItsLayout() {
    Indeling i = Indeling.van(V2022, NL, Verslagjaar.of(2022));
    assertEquals(V2022.gemeenten().stream().map(GemeenteAntwoord::gemeente).toList(), i.gemeenten());
    assertTrue(i.nietVergelijkbaar().isEmpty());
  }

  @Test
  void theCohortIsThe88OfFiguur14WithTheShippedHerindelingenAndWithout() {
    Cohort met = Cohort.van(List.of(V2020, V2021, V2022), NL);
    Cohort zonder = Cohort.van(List.of(V2020, V2021, V2022));
    assertEquals(88, met.gemeenten().size());
    assertEquals(zonder.gemeenten(), met.gemeenten());
    assertEquals(zonder.reeks(), met.reeks());
  }
}
