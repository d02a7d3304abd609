package nl.lea.rapport.render;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Verslagjaar;
import nl.lea.core.thema.LeaThema;
import nl.lea.core.toezicht.AanvaardeToelichting;
import nl.lea.core.toezicht.Contact;
import nl.lea.core.toezicht.Domein;
import nl.lea.core.toezicht.Signaal;
import nl.lea.core.toezicht.Verbeterafspraak;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.rapport.Gemeenteprofiel;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.core.vve.VveOnderwerp;
import nl.lea.rapport.risico.Risicoregel;
import nl.lea.rapport.toezicht.Toezichtuitkomst;
import org.apiguardian.api.API;

/**
 * Writes the draft letter to one gemeente about the waarborgtoezicht of a year, in Dutch Markdown
 * (docs/toezicht.md §6): the gemeente and its code, the year, the Afhandeling per domein in a sentence,
 * every fired rule with its code and explanation (and, where accepted, the accepted toelichting),
 * every signaal, and every verbeterafspraak with its onderwerp, omschrijving and date. Given the
 * questionnaire document, the letter also quotes the gemeente's own explanations of "anders"
 * ({@code anders} in {@code lea-vragenlijst/2}, docs/jaarverantwoording.md §4): the one place
 * besides the profile where they appear, since a national table never prints them. For example:
 *
 * <pre>{@code
 * Toezichtuitkomst groningen = Toezicht.beoordeel(v, b).get(0);
 * String markdown = BriefRenderer.render(v, groningen);
 * }</pre>
 *
 * <p>Texts from the input (names, toelichtingen, signalen, verbeterafspraken) are escaped, so they
 * cannot add Markdown structure to the letter.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class BriefRenderer {

  private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.forLanguageTag("nl"));

  private BriefRenderer() {}

  /**
   * Writes the letter to one gemeente of a questionnaire document, with its explanations of
   * "anders" under the heading {@code Uw toelichting bij ‘anders’} when it gave any.
   *
   * @param vragenlijst the document the outcome was judged on, not null
   * @param uitkomst the judged outcome of a gemeente of the document, not null
   * @return the letter as Markdown, ending with a newline, not null
   * @throws DomainValidationException if an argument is null, or the gemeente is not in the document
   */
  public static String render(Vragenlijst vragenlijst, Toezichtuitkomst uitkomst) {
    DomainValidationException.requireNonNull(vragenlijst, "vragenlijst");
    DomainValidationException.requireNonNull(uitkomst, "uitkomst");
    GemeenteAntwoord antwoord = vragenlijst.gemeenten().stream().filter(a -> a.gemeente().equals(uitkomst.gemeente())).findFirst()
        .orElseThrow(() -> new DomainValidationException("uitkomst.gemeente", "must be a gemeente of the vragenlijst",
            uitkomst.gemeente().code()));
    return render(vragenlijst.verslagjaar(), uitkomst, anders(antwoord));
  }

  /**
   * Writes the letter to the gemeente of a profile with the inspector's judgement, with its
   * explanations of "anders" and the appendix "Uw gegevens in het landelijk beeld": the profile's
   * key figures beside the national ones ({@link ProfielRenderer#kerncijfers}). For example:
   *
   * <pre>{@code
   * Gemeenteprofiel p = Gemeenteprofielen.of(v).metToezicht(b).profiel(Gemeentecode.of("GM0308"));
   * String markdown = BriefRenderer.render(p);
   * }</pre>
   *
   * @param profiel the profile, with its judgement, not null
   * @return the letter as Markdown, ending with a newline, not null
   * @throws DomainValidationException if the profile is null or has no judgement
   */
  public static String render(Gemeenteprofiel profiel) {
    DomainValidationException.requireNonNull(profiel, "profiel");
    Toezichtuitkomst u = profiel.toezicht().orElseThrow(() -> new DomainValidationException("profiel.toezicht",
        "is required for a letter", profiel.antwoord().gemeente().code().toString()));
    String brief = render(profiel.verslagjaar(), u, anders(profiel.antwoord()));
    StringBuilder bijlage = new StringBuilder("## Bijlage: Uw gegevens in het landelijk beeld\n\n");
    if (profiel.antwoord().isIngevuld()) {
      bijlage.append("Uw antwoorden naast de landelijke cijfers van ").append(profiel.verslagjaar()).append(":\n\n")
          .append(ProfielRenderer.kerncijfersTabel(profiel));
    } else {
      bijlage.append("Uw gemeente vulde de vragenlijst niet in; er zijn geen gegevens om naast de landelijke cijfers te zetten.\n");
    }
    return brief + "\n" + bijlage;
  }

  /**
   * Writes the letter to one gemeente, without its answers: no explanations of "anders".
   *
   * @param verslagjaar the year supervised, not null
   * @param uitkomst the judged outcome of the gemeente, not null
   * @return the letter as Markdown, ending with a newline, not null
   */
  public static String render(Verslagjaar verslagjaar, Toezichtuitkomst uitkomst) {
    DomainValidationException.requireNonNull(verslagjaar, "verslagjaar");
    DomainValidationException.requireNonNull(uitkomst, "uitkomst");
    return render(verslagjaar, uitkomst, List.of());
  }

  /**
   * The question each {@code anders} key explains (after the part of the questionnaire it is in),
   * in questionnaire order: the letter quotes them in this order, whatever the map's.
   */
  private static final List<Map.Entry<String, String>> VRAAG = List.of(
      Map.entry("redenenGeenOverleg", "redenen om geen overleg te voeren"),
      Map.entry("redenenGeenAfspraken", "redenen om geen afspraken te maken"),
      Map.entry("redenenGeenDoelen", "redenen om geen doelen te stellen"),
      Map.entry("redenenNietGeevalueerd", "redenen om de doelen niet te evalueren"),
      Map.entry("redenenOnvolledigBereik", "redenen voor een bereik van minder dan 100%"),
      Map.entry("redenenOnvoldoendeKindplaatsen", "redenen voor onvoldoende kindplaatsen"),
      Map.entry("redenenNietBehaald", "redenen waarom de resultaten niet (geheel) zijn behaald"));

  /** The gemeente's anders texts, each as a list item, in questionnaire order. */
  private static List<String> anders(GemeenteAntwoord a) {
    List<String> items = new ArrayList<>();
    a.lea().ifPresent(lea -> {
      for (LeaThema th : LeaThema.values()) {
        items(items, th.label(), lea.thema(th).anders());
      }
    });
    a.vve().ifPresent(vve -> {
      for (VveOnderwerp o : VveOnderwerp.values()) {
        items(items, o.label(), vve.overleg(o).anders());
      }
      items(items, "Aanbod", vve.aanbod().anders());
      items(items, "Resultaatafspraken", vve.resultaatafspraken().anders());
    });
    return items;
  }

  private static void items(List<String> items, String onderdeel, Map<String, String> anders) {
    for (Map.Entry<String, String> vraag : VRAAG) {
      String tekst = anders.get(vraag.getKey());
      if (tekst != null) {
        items.add("- **" + onderdeel + "**, " + vraag.getValue() + ": \u201c" + Escape.markdown(tekst) + "\u201d\n");
      }
    }
    // A reasons field this list does not know yet still has its text quoted, under its own name.
    anders.keySet().stream().filter(veld -> VRAAG.stream().noneMatch(v -> v.getKey().equals(veld))).sorted()
        .forEach(veld -> items.add("- **" + onderdeel + "**, " + Escape.markdown(veld) + ": \u201c"
            + Escape.markdown(anders.get(veld)) + "\u201d\n"));
  }

  private static String render(Verslagjaar verslagjaar, Toezichtuitkomst uitkomst, List<String> anders) {
    String naam = Escape.markdown(uitkomst.gemeente().naam());
    String code = uitkomst.gemeente().code().toString();
    StringBuilder b = new StringBuilder();
    b.append("# Waarborgtoezicht LEA/vve ").append(verslagjaar).append(": gemeente ").append(naam).append(" (").append(code).append(")\n\n");
    b.append("Aan het college van burgemeester en wethouders van de gemeente ").append(naam).append(" (gemeentecode ")
        .append(code).append(").\n\n");
    b.append(uitkomst.ingevuld()
        ? "De Inspectie van het Onderwijs heeft de antwoorden van uw gemeente op de vragenlijst LEA/vve over "
            + verslagjaar + " beoordeeld, samen met uw toelichting en de signalen die wij ontvingen.\n\n"
        : "Uw gemeente heeft de vragenlijst LEA/vve over " + verslagjaar + " niet ingevuld. De Inspectie van het Onderwijs "
            + "heeft het toezicht daarom zonder uw antwoorden uitgevoerd.\n\n");

    b.append("## Uitkomst\n\n");
    for (Domein d : Domein.values()) {
      b.append("- **").append(d.label()).append("**: ").append(zin(uitkomst, d)).append('\n');
    }
    b.append('\n');

    b.append("## Risicoanalyse\n\n");
    if (uitkomst.regels().isEmpty()) {
      b.append("Bij de risicoanalyse ging geen enkele regel af.\n\n");
    } else {
      b.append("Bij de risicoanalyse gingen deze regels af:\n\n");
      for (Risicoregel r : uitkomst.regels()) {
        b.append("- **").append(r.code()).append("**: ").append(r.uitleg());
        Optional<AanvaardeToelichting> a = uitkomst.beoordeling().toelichting(r.code());
        if (a.isPresent()) {
          b.append(a.get().toelichting().map(t -> " Wij hebben uw toelichting aanvaard: \u201c" + Escape.markdown(t) + "\u201d")
              .orElse(" Wij hebben uw toelichting aanvaard."));
        }
        b.append('\n');
      }
      b.append('\n');
    }

    if (!anders.isEmpty()) {
      b.append("## Uw toelichting bij \u2018anders\u2019\n\n");
      b.append("Bij deze vragen koos uw gemeente \u2018anders\u2019 en lichtte dat zo toe:\n\n");
      anders.forEach(b::append);
      b.append('\n');
    }

    List<Signaal> signalen = uitkomst.beoordeling().signalen();
    if (!signalen.isEmpty()) {
      b.append("## Signalen\n\n");
      b.append("Wij betrokken deze signalen bij de beoordeling:\n\n");
      for (Signaal s : signalen) {
        b.append("- **").append(s.domein().label()).append("**: ").append(Escape.markdown(s.omschrijving())).append('\n');
      }
      b.append('\n');
    }

    boolean kop = false;
    for (Contact c : uitkomst.beoordeling().contacten()) {
      for (Verbeterafspraak v : c.verbeterafspraken()) {
        if (!kop) {
          b.append("## Verbeterafspraken\n\n");
          kop = true;
        }
        b.append("- **").append(v.onderwerp().label()).append("** (").append(c.domein().label()).append("): ")
            .append(Escape.markdown(v.omschrijving()));
        v.uiterlijk().ifPresent(d -> b.append(" Uiterlijk ").append(DATUM.format(d)).append(" (").append(d).append(")."));
        b.append('\n');
      }
    }
    if (kop) {
      b.append('\n');
    }
    b.append("Inspectie van het Onderwijs\n");
    return b.toString();
  }

  private static String zin(Toezichtuitkomst u, Domein d) {
    String domein = d.label();
    return switch (u.afhandeling(d)) {
      case GEEN_RISICO -> "wij zien geen risico voor " + domein + ".";
      case MOGELIJK_RISICO -> "wij zagen een mogelijk risico voor " + domein + " (" + oorzaak(u, d) + "); dit jaar volgde daarover geen gesprek.";
      case GEEN_RISICO_MEER -> "na het gesprek met uw gemeente zien wij geen risico (meer) voor " + domein + ".";
      case VERBETERAFSPRAKEN -> "na het gesprek met uw gemeente hebben wij verbeterafspraken gemaakt voor " + domein + " (zie hieronder).";
      case ONDERZOEK -> "na het gesprek met uw gemeente stellen wij een onderzoek in naar " + domein + ".";
    };
  }

  /** The rules of a domein that still count, and a signal, as words. */
  private static String oorzaak(Toezichtuitkomst u, Domein d) {
    List<String> codes = u.regels().stream().filter(r -> r.domeinen().contains(d) && !u.aanvaard().contains(r))
        .map(Risicoregel::code).toList();
    String regels = codes.isEmpty() ? "" : (codes.size() == 1 ? "regel " : "regels ") + String.join(", ", codes);
    if (!u.signalen().contains(d)) {
      return regels;
    }
    return regels.isEmpty() ? "een signaal" : regels + " en een signaal";
  }

}
