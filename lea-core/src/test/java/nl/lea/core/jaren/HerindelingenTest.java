package nl.lea.core.jaren;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeente;
import nl.lea.core.Gemeentecode;
import nl.lea.core.Verslagjaar;
import org.junit.jupiter.api.Test;

/** docs/jaren.md §2: the rules of a herindeling and which entries map a document. */
class HerindelingenTest {

  private static final Gemeente AMSTERDAM = Gemeente.of("GM0363", "Amsterdam");
  private static final Herindeling WEESP = Herindeling.of(LocalDate.of(2022, 3, 24),
      List.of(AMSTERDAM, Gemeente.of("GM0457", "Weesp")), AMSTERDAM);
  private static final Herindeling VOORNE = Herindeling.of(LocalDate.of(2023, 1, 1),
      List.of(Gemeente.of("GM0501", "Brielle"), Gemeente.of("GM0530", "Hellevoetsluis"), Gemeente.of("GM0614", "Westvoorne")),
      Gemeente.of("GM1992", "Voorne aan Zee"));

  private static String velden(DomainValidationException e) {
    return e.violations().stream().map(v -> v.field() + ": " + v.rule()).toList().toString();
  }

  @Test
  void aGemeenteThatAbsorbsOthersStaysAndOnlyTheOthersStopToExist() {
    assertEquals(Set.of(Gemeentecode.of("GM0457")), WEESP.opgeheven());
    assertEquals(List.of("GM0501", "GM0530", "GM0614"), VOORNE.opgeheven().stream().map(Gemeentecode::toString).toList());
    assertTrue(VOORNE.isSamenvoeging());
    assertFalse(Herindeling.of(LocalDate.of(2024, 1, 1), List.of(Gemeente.of("GM0501", "Brielle")), Gemeente.of("GM1993", "Nieuw"))
        .isSamenvoeging());
  }

  @Test
  void anEntryNamesAtLeastOneGemeenteAndEachCodeOnce() {
    DomainValidationException leeg = assertThrows(DomainValidationException.class,
        () -> Herindeling.of(LocalDate.of(2023, 1, 1), List.of(), AMSTERDAM));
    assertEquals("[van: must name at least one gemeente]", velden(leeg));
    DomainValidationException dubbel = assertThrows(DomainValidationException.class,
        () -> Herindeling.of(LocalDate.of(2023, 1, 1), List.of(AMSTERDAM, Gemeente.of("GM0363", "Amsterdam (oud)")), AMSTERDAM));
    assertEquals("[van[1].code: repeats the code of van[0]]", velden(dubbel));
  }

  @Test
  void aCodeStopsToExistOnceAndTheLaterEntryInDateOrderIsReported() {
    Herindeling later = Herindeling.of(LocalDate.of(2024, 1, 1), List.of(Gemeente.of("GM0457", "Weesp")), Gemeente.of("GM1993", "X"));
    // Given before the earlier one: the entry later in date order is the wrong one.
    DomainValidationException e = assertThrows(DomainValidationException.class, () -> Herindelingen.of(List.of(later, WEESP)));
    assertEquals("[herindelingen[0].van[0].code: stops to exist a second time, after herindelingen[1]]", velden(e));
    // Amsterdam absorbs twice: it never stops to exist.
    Herindeling nogmaals = Herindeling.of(LocalDate.of(2025, 1, 1), List.of(AMSTERDAM, Gemeente.of("GM0384", "Diemen")), AMSTERDAM);
    assertEquals(2, Herindelingen.of(List.of(WEESP, nogmaals)).herindelingen().size());
  }

  @Test
  void aDocumentOfYearJIsMappedToTheLayoutOfLByTheEntriesOfJPlusOneToLPlusOne() {
    Herindelingen h = Herindelingen.of(List.of(VOORNE, WEESP));
    assertEquals(List.of(WEESP, VOORNE), h.inDatumvolgorde());
    // 2020 and 2021 were answered in the layout of 1 January 2021 and 2022: both mergers come after.
    assertEquals(List.of(WEESP, VOORNE), h.tussen(Verslagjaar.of(2020), Verslagjaar.of(2022)));
    assertEquals(List.of(WEESP, VOORNE), h.tussen(Verslagjaar.of(2021), Verslagjaar.of(2022)));
    // 2022 was answered in the layout of 1 January 2023, which already holds Voorne aan Zee.
    assertEquals(List.of(VOORNE), h.tussen(Verslagjaar.of(2022), Verslagjaar.of(2022)));
    assertEquals(List.of(), h.tussen(Verslagjaar.of(2023), Verslagjaar.of(2024)));
    assertEquals(List.of(WEESP), h.tussen(Verslagjaar.of(2020), Verslagjaar.of(2021)));
    assertThrows(DomainValidationException.class, () -> h.tussen(Verslagjaar.of(2022), Verslagjaar.of(2021)));
    assertTrue(Herindelingen.geen().herindelingen().isEmpty());
  }

  @Test
  void entriesOfOneDayApplyInDocumentOrder() {
    Herindeling a = Herindeling.of(LocalDate.of(2023, 1, 1), List.of(Gemeente.of("GM0001", "A")), Gemeente.of("GM0002", "B"));
    Herindeling b = Herindeling.of(LocalDate.of(2023, 1, 1), List.of(Gemeente.of("GM0002", "B"), Gemeente.of("GM0003", "C")),
        Gemeente.of("GM0004", "D"));
    assertEquals(List.of(a, b), Herindelingen.of(List.of(a, b)).inDatumvolgorde());
    assertEquals(List.of(b, a), Herindelingen.of(List.of(b, a)).inDatumvolgorde());
  }
}
