package nl.lea.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.lea.core.doel.DoelStatus;
import nl.lea.core.doel.Doelbereik;
import nl.lea.core.doel.DoelbereikGrof;
import nl.lea.core.resultaat.Aanlevering;
import nl.lea.core.resultaat.Frequentie;
import nl.lea.core.resultaat.Gesprekspartner;
import nl.lea.core.resultaat.InhoudType;
import nl.lea.core.resultaat.Ontwikkelingsgebied;
import nl.lea.core.resultaat.RedenNietBehaald;
import nl.lea.core.resultaat.Reikwijdte;
import nl.lea.core.resultaat.ResultaatafsprakenStatus;
import nl.lea.core.thema.AfspraakStatus;
import nl.lea.core.thema.LeaThema;
import nl.lea.core.vve.DoelgroepIndicator;
import nl.lea.core.vve.Omvang;
import nl.lea.core.vve.RedenOnvoldoendeKindplaatsen;
import nl.lea.core.vve.RedenOnvolledigBereik;
import nl.lea.core.vve.VveOnderwerp;
import nl.lea.core.vve.VveUitkomst;
import org.junit.jupiter.api.Test;

/** docs/domein.md §2, §3.3, §3.7, §3.9: every enum constant carries its Dutch label; the spec's tables. */
class LabelsTest {

  /** Every enum of lea-core that carries labels, found on the class path rather than listed by hand. */
  @SuppressWarnings("unchecked")
  private static final List<Class<? extends Enum<?>>> ENUMS = new com.tngtech.archunit.core.importer.ClassFileImporter()
      .withImportOption(com.tngtech.archunit.core.importer.ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("nl.lea.core").stream()
      .filter(c -> c.isEnum() && c.isAssignableTo(Gelabeld.class))
      .map(c -> (Class<? extends Enum<?>>) c.reflect())
      .sorted(java.util.Comparator.comparing(Class::getName))
      .collect(Collectors.toList());

  @Test
  void everyLabelledEnumIsFound() {
    // The discovery itself: the enums of the spec's tables are among those found.
    assertTrue(ENUMS.containsAll(List.of(DoelStatus.class, Doelbereik.class, DoelbereikGrof.class, RedenGeenOverleg.class,
        LeaThema.class, AfspraakStatus.class, VveOnderwerp.class, VveUitkomst.class, DoelgroepIndicator.class, Omvang.class,
        RedenOnvolledigBereik.class, RedenOnvoldoendeKindplaatsen.class, ResultaatafsprakenStatus.class, Reikwijdte.class,
        Ontwikkelingsgebied.class, InhoudType.class, Aanlevering.class, RedenNietBehaald.class, Gesprekspartner.class,
        Frequentie.class, nl.lea.core.toezicht.Domein.class, nl.lea.core.toezicht.Contactuitkomst.class,
        nl.lea.core.toezicht.Toezichtonderwerp.class)), ENUMS.toString());
  }

  private static List<String> labels(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(c -> ((Gelabeld) c).label()).collect(Collectors.toList());
  }

  @Test
  void everyConstantHasANonBlankLabelUniqueWithinItsEnum() {
    for (Class<? extends Enum<?>> type : ENUMS) {
      List<String> labels = labels(type);
      labels.forEach(l -> assertFalse(l.isBlank(), type + " has a blank label"));
      Set<String> uniek = new HashSet<>(labels);
      assertEquals(labels.size(), uniek.size(), type + " repeats a label");
    }
  }

  @Test
  void leaThemaLabelsAreTheSpecsTable() {
    assertEquals(List.of("Bestrijden onderwijsachterstanden", "Voorkomen segregatie", "Bevorderen integratie",
        "Inschrijving en toelating"), labels(LeaThema.class));
  }

  @Test
  void redenGeenOverlegLabelsAreTheSpecsTable() {
    assertEquals(List.of(
        "Onderwerp is niet relevant in onze gemeente",
        "We hebben geen capaciteit",
        "Dit wordt geregeld door andere partijen in de gemeente",
        "Afspraken lopen nog, dus overleg is niet meer nodig",
        "Gezien de situatie in de gemeente is overleg niet nodig",
        "Andere prioriteiten binnen de gemeente",
        "Op andere niveaus besproken (in werkgroepen, regiegroepen of themagroepen)",
        "Onderdeel van andere beleidsonderwerpen (zoals nieuwkomersonderwijs)",
        "Anders"), labels(RedenGeenOverleg.class));
  }

  @Test
  void exactlyNineDoelgroepIndicatorsWithTheFootnoteNineLabels() {
    assertEquals(List.of(
        "Opleidingsniveau van de ouders",
        "Taal- of ontwikkelingsachterstand vastgesteld door het consultatiebureau",
        "Taal- of ontwikkelingsachterstand vastgesteld door het kinderdagverblijf",
        "Land van herkomst van het kind",
        "Land van herkomst van de ouders",
        "Aantal jaren in Nederland",
        "Thuistaal",
        "Kinderen van inburgeraars",
        "Kinderen in een AZC"), labels(DoelgroepIndicator.class));
  }

  @Test
  void vveUitkomstLabelsFollowTheReportsTables() {
    assertEquals("We hebben geen doelgroepdefinitie voor peuters nodig", VveUitkomst.NIET_NODIG.label());
    assertEquals("Er zijn geen afspraken", VveUitkomst.GEEN_AFSPRAKEN.label());
    assertEquals("Missing", ResultaatafsprakenStatus.ONBEKEND.label());
  }
}
