package nl.lea.core.jaren;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Verslagjaar;
import org.junit.jupiter.api.Test;

/** docs/jaren.md §3: a published figure and the rule over all of them. */
class CijfersTest {

  private static final Verslagjaar J2021 = Verslagjaar.of(2021);
  private static final String BRON = "Inspectie van het Onderwijs. (2022). Technisch rapport Jaarrapportage vve/LEA 2021.";

  private static String velden(DomainValidationException e) {
    return e.violations().stream().map(v -> v.field() + ": " + v.rule()).toList().toString();
  }

  @Test
  void theFigureTheReportComparesWith() {
    Cijfer c = Cijfer.of(J2021, "1.1-lea-overleg", "GEEN_LEA_OVERLEG", 35, 325, BRON);
    Cijfers cijfers = Cijfers.of(List.of(c));
    assertEquals(Optional.of(c), cijfers.cijfer(J2021, "1.1-lea-overleg", "GEEN_LEA_OVERLEG"));
    assertEquals(Optional.empty(), cijfers.cijfer(Verslagjaar.of(2020), "1.1-lea-overleg", "GEEN_LEA_OVERLEG"));
    assertTrue(Cijfers.geen().cijfers().isEmpty());
  }

  @Test
  void countsLieWithinTheirNoemerAndTextsAreNotBlank() {
    assertEquals("[aantal: must be 0..325 (the noemer)]", velden(assertThrows(DomainValidationException.class,
        () -> Cijfer.of(J2021, "1.1", "X", 326, 325, BRON))));
    assertEquals("[noemer: must be 0..1000000]", velden(assertThrows(DomainValidationException.class,
        () -> Cijfer.of(J2021, "1.1", "X", 1, 1_000_001, BRON))));
    assertEquals("[aantal: must be 0..325 (the noemer)]", velden(assertThrows(DomainValidationException.class,
        () -> Cijfer.of(J2021, "1.1", "X", -1, 325, BRON))));
    assertEquals("[tabel: must contain a non-blank character, sleutel: must contain a non-blank character, "
        + "bron: must contain a non-blank character]", velden(assertThrows(DomainValidationException.class,
        () -> Cijfer.of(J2021, " ", "", 1, 2, "\t"))));
    assertThrows(DomainValidationException.class, () -> Cijfer.of(null, "1.1", "X", 1, 2, BRON));
    // aantal = noemer = 0 is a figure too: nothing to count.
    assertEquals(0, Cijfer.of(J2021, "1.1", "X", 0, 0, BRON).noemer());
  }

  @Test
  void oneYearTableAndKeyHaveOneFigureTheSecondIsReported() {
    Cijfer a = Cijfer.of(J2021, "1.1", "X", 1, 2, BRON);
    Cijfer b = Cijfer.of(J2021, "1.1", "X", 2, 2, "elders");
    Cijfer c = Cijfer.of(Verslagjaar.of(2020), "1.1", "X", 2, 2, BRON);
    assertEquals("[cijfers[2]: gives a second figure for the verslagjaar, tabel and sleutel of cijfers[0]]",
        velden(assertThrows(DomainValidationException.class, () -> Cijfers.of(List.of(a, c, b)))));
    assertEquals(2, Cijfers.of(List.of(a, c)).cijfers().size());
  }
}
