package nl.lea.rapport.toezicht;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.lea.core.DomainValidationException;
import nl.lea.core.toezicht.AanvaardeToelichting;
import nl.lea.core.toezicht.Beoordeling;
import nl.lea.core.toezicht.Beoordelingen;
import nl.lea.core.toezicht.Contact;
import nl.lea.core.toezicht.Contactuitkomst;
import nl.lea.core.toezicht.Domein;
import nl.lea.core.toezicht.Signaal;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.json.LeaJson;
import nl.lea.rapport.risico.Risicoanalyse;
import nl.lea.rapport.risico.Risicocategorie;
import nl.lea.rapport.risico.Risicoregel;
import nl.lea.testkit.LeaGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;

/** The laws of the judgement (docs/toezicht.md §1) on generated questionnaires and judgements. */
class ToezichtProperties {

  private static final Risicoanalyse REGELS = Risicoanalyse.standaard();

  private static Gen<Pair<Vragenlijst, Beoordelingen>> documenten() {
    return LeaGenerators.vragenlijsten().aantalGemeenten(0, 25).aandeelNietIngevuld(10)
        .flatMap(v -> LeaGenerators.beoordelingen(v, REGELS).aandeelSignalen(30).aandeelContact(60).map(b -> Pair.of(v, b)));
  }

  /** The domeinen of a category, to compare categories by inclusion. */
  private static Set<Domein> domeinen(Risicocategorie c) {
    return switch (c) {
      case GEEN -> EnumSet.noneOf(Domein.class);
      case LEA -> EnumSet.of(Domein.LEA);
      case VVE -> EnumSet.of(Domein.VVE);
      case LEA_EN_VVE -> EnumSet.allOf(Domein.class);
    };
  }

  @Test
  void acceptingEveryFiredRuleWithoutSignalsGivesGeen() {
    qt().forAll(LeaGenerators.gemeenteAntwoorden().aandeelNietIngevuld(0)).checkAssert(a -> {
      List<AanvaardeToelichting> alles = REGELS.gevuurd(a).stream().map(AanvaardeToelichting::of).toList();
      Toezichtuitkomst u = Toezicht.beoordeel(a, Beoordeling.of(a.gemeente().code(), alles, List.of(), List.of()), REGELS);
      assertEquals(Risicocategorie.GEEN, u.categorieNa());
      assertEquals(u.regels(), u.aanvaard());
      for (Domein d : Domein.values()) {
        assertEquals(Afhandeling.GEEN_RISICO, u.afhandeling(d));
      }
    });
  }

  @Test
  void aSignalNeverLowersTheCategory() {
    qt().forAll(documenten(), LeaGenerators.gemeenteAntwoorden()).checkAssert((p, los) -> {
      for (GemeenteAntwoord a : p._1.gemeenten()) {
        Beoordeling b = p._2.beoordeling(a.gemeente().code()).orElse(Beoordeling.leeg(a.gemeente().code()));
        Toezichtuitkomst zonder = Toezicht.beoordeel(a, b, REGELS);
        for (Domein d : Domein.values()) {
          List<Signaal> meer = new ArrayList<>(b.signalen());
          meer.add(Signaal.of(d, "Een nieuw signaal."));
          Toezichtuitkomst met = Toezicht.beoordeel(a, Beoordeling.of(b.gemeente(), b.aanvaardeToelichtingen(), meer, b.contacten()), REGELS);
          assertTrue(domeinen(met.categorieNa()).containsAll(domeinen(zonder.categorieNa())));
          assertTrue(domeinen(met.categorieNa()).contains(d));
        }
      }
    });
  }

  @Test
  void judgementNeverRaisesTheCategoryWithoutSignals() {
    qt().forAll(documenten()).checkAssert(p -> Toezicht.beoordeel(p._1, p._2, REGELS).forEach(u -> {
      if (u.signalen().isEmpty()) {
        assertTrue(domeinen(u.categorieVoor()).containsAll(domeinen(u.categorieNa())), u.toString());
      }
    }));
  }

  @Test
  void aContactIsOnlyEverOnADomeinWithRisk() {
    qt().forAll(documenten()).checkAssert(p -> Toezicht.beoordeel(p._1, p._2, REGELS).forEach(u -> {
      for (Domein d : Domein.values()) {
        if (u.afhandeling(d).isContact()) {
          assertTrue(domeinen(u.categorieNa()).contains(d), u.toString());
        }
        assertEquals(u.afhandeling(d) == Afhandeling.GEEN_RISICO, !domeinen(u.categorieNa()).contains(d));
      }
    }));
  }

  @Test
  void afhandelingPartitionsTheGemeentenPerDomein() {
    qt().forAll(documenten()).checkAssert(p -> {
      List<Toezichtuitkomst> uitkomsten = Toezicht.beoordeel(p._1, p._2, REGELS);
      assertEquals(p._1.gemeenten().size(), uitkomsten.size());
      for (Domein d : Domein.values()) {
        long som = 0;
        for (Afhandeling a : Afhandeling.values()) {
          som += uitkomsten.stream().filter(u -> u.afhandeling(d) == a).count();
        }
        assertEquals(uitkomsten.size(), som);
      }
    });
  }

  @Test
  void theReaderAndTheJudgementAgree() {
    // A generated document survives the strict reader with the real rules, and judging it never throws.
    qt().withExamples(300).forAll(documenten()).checkAssert(p -> {
      Beoordelingen gelezen = LeaJson.readToezicht(LeaJson.writeToezicht(p._2, false), p._1, REGELS);
      assertEquals(p._2, gelezen);
      Toezicht.beoordeel(p._1, gelezen, REGELS);
    });
  }

  @Test
  void theJudgementRejectsWhatTheRulesForbid() {
    qt().forAll(LeaGenerators.gemeenteAntwoorden().aandeelNietIngevuld(0)).checkAssert(a -> {
      var code = a.gemeente().code();
      List<String> gevuurd = REGELS.gevuurd(a);
      for (Risicoregel r : REGELS.regels()) {
        if (!r.code().equals("L0") && !gevuurd.contains(r.code())) {
          assertThrows(DomainValidationException.class, () -> Toezicht.beoordeel(a,
              Beoordeling.of(code, List.of(AanvaardeToelichting.of(r.code())), List.of(), List.of()), REGELS));
        }
      }
      Set<Domein> risico = REGELS.risicodomeinen(a, Beoordeling.leeg(code));
      for (Domein d : Domein.values()) {
        Beoordeling contact = Beoordeling.of(code, List.of(), List.of(), List.of(Contact.of(d, Contactuitkomst.GEEN_RISICO_MEER, List.of())));
        if (risico.contains(d)) {
          assertTrue(Toezicht.beoordeel(a, contact, REGELS).afhandeling(d).isContact());
        } else {
          assertThrows(DomainValidationException.class, () -> Toezicht.beoordeel(a, contact, REGELS));
        }
      }
    });
  }

  @Test
  void theRuleForAQuestionnaireNotReturnedIsTheRuleSetsOwnAndCannotBeAccepted() {
    assertEquals(java.util.Optional.of("L0"), REGELS.nietIngevuld());
    assertEquals(java.util.Optional.empty(), Risicoanalyse.met(List.of(nl.lea.rapport.risico.Risicoregels.V4)).nietIngevuld());
    GemeenteAntwoord niet = GemeenteAntwoord.nietIngevuld(nl.lea.core.Gemeente.of("GM0014", "Groningen"));
    DomainValidationException e = assertThrows(DomainValidationException.class, () -> Toezicht.beoordeel(niet,
        Beoordeling.of(niet.gemeente().code(), List.of(AanvaardeToelichting.of("L0")), List.of(), List.of()), REGELS));
    assertEquals("aanvaardeToelichtingen[0].regel: cannot be accepted: L0 means the questionnaire was not returned, was \"L0\"",
        e.getMessage());
  }

  /**
   * One rule, one place: judgements changed at the value level (a rule accepted that did not fire or
   * may not be accepted, a contact on a domein without risk, a gemeente not in the questionnaire)
   * are rejected by the reader at exactly the pointers, with exactly the rules, that {@link
   * Beoordelingen#controleer} names; and judging throws exactly when it finds a violation.
   */
  @Test
  void theReaderAndControleerFindTheSameViolations() {
    qt().withExamples(300).forAll(documenten(), org.quicktheories.generators.SourceDSL.integers().all()).checkAssert((p, seed) -> {
      Vragenlijst v = p._1;
      Beoordelingen b = verstoor(v, p._2, new java.util.Random(seed));
      List<DomainValidationException.Violation> verwacht = b.controleer(v, REGELS);
      String json = LeaJson.writeToezicht(b, false);
      if (verwacht.isEmpty()) {
        assertEquals(b, LeaJson.readToezicht(json, v, REGELS));
        Toezicht.beoordeel(v, b, REGELS);
        return;
      }
      List<String> gelezen = assertThrows(nl.lea.json.JsonReadException.class, () -> LeaJson.readToezicht(json, v, REGELS))
          .errors().stream().map(e -> e.pointer() + ": " + e.message().replaceAll(", was [^,]*$", "")).sorted().toList();
      assertEquals(verwacht.stream().map(x -> "" + x.pointer() + ": " + x.rule(q -> q)).sorted().toList(), gelezen);
      assertEquals(verwacht, assertThrows(DomainValidationException.class, () -> Toezicht.beoordeel(v, b, REGELS)).violations());
    });
  }

  /** A judgement with up to three changes that may break the document-level rules. */
  private static Beoordelingen verstoor(Vragenlijst v, Beoordelingen b, java.util.Random r) {
    List<Beoordeling> lijst = new ArrayList<>(b.beoordelingen());
    for (int k = r.nextInt(4); k > 0 && !lijst.isEmpty(); k--) {
      int i = r.nextInt(lijst.size());
      Beoordeling x = lijst.get(i);
      switch (r.nextInt(3)) {
        case 0 -> {
          String code = REGELS.codes().get(r.nextInt(REGELS.codes().size()));
          if (!x.aanvaardeRegels().contains(code)) {
            List<AanvaardeToelichting> a = new ArrayList<>(x.aanvaardeToelichtingen());
            a.add(AanvaardeToelichting.of(code));
            lijst.set(i, Beoordeling.of(x.gemeente(), a, x.signalen(), x.contacten()));
          }
        }
        case 1 -> {
          Domein d = Domein.values()[r.nextInt(2)];
          if (x.contact(d).isEmpty()) {
            List<Contact> c = new ArrayList<>(x.contacten());
            c.add(Contact.of(d, Contactuitkomst.GEEN_RISICO_MEER, List.of()));
            lijst.set(i, Beoordeling.of(x.gemeente(), x.aanvaardeToelichtingen(), x.signalen(), c));
          }
        }
        default -> {
          nl.lea.core.Gemeentecode vreemd = nl.lea.core.Gemeentecode.of(9990 + r.nextInt(10));
          if (lijst.stream().noneMatch(y -> y.gemeente().equals(vreemd))) {
            lijst.set(i, Beoordeling.of(vreemd, x.aanvaardeToelichtingen(), x.signalen(), x.contacten()));
          }
        }
      }
    }
    return Beoordelingen.of(b.verslagjaar(), lijst);
  }
}
