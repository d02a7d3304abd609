package nl.lea.rapport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.lea.core.DomainValidationException;
import org.apiguardian.api.API;

/**
 * A place where lea's report differs on purpose from the printed report a reader compares it with,
 * with the reason in Dutch: a figure the printed report has wrong, a number that looks like one it
 * prints but counts something else, rows it leaves out. lea knows one printed report, that of
 * verslagjaar 2022 (docs/rapport.md, "Differences from the printed report"); {@link
 * Rapport#drukverschillen()} gives the notes that apply to a report of that year.
 *
 * <p>For example, the note at Tabel 1.2's row {@code INSCHRIJVING_EN_TOELATING} says that the
 * printed 48% is 122 of 254, while the row's 122 of 149 is 82%.
 *
 * <p>This record is immutable and thread-safe; compare instances with {@code equals}, not {@code
 * ==}.
 *
 * @param tabel the id of the table the note belongs to, not null
 * @param sleutel the key of the row it is about, empty if it is about several, not null
 * @param tekst the note, in Dutch, not null or blank
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.3")
public record Drukverschil(String tabel, Optional<String> sleutel, String tekst) {

  /** The verslagjaar of the printed report lea knows (the seed). */
  static final int GEDRUKT = 2022;

  /**
   * Checks the note.
   *
   * @param tabel the table id, not null
   * @param sleutel the row key, empty if the note is about several rows, not null
   * @param tekst the note, not null or blank
   */
  public Drukverschil {
    DomainValidationException.requireNonNull(tabel, "tabel");
    DomainValidationException.requireNonNull(sleutel, "sleutel");
    DomainValidationException.requireNonNull(tekst, "tekst");
    if (tekst.isBlank()) {
      throw new DomainValidationException("tekst", "must not be blank", tekst);
    }
  }

  private static final String VERBETERAFSPRAKEN = "Het gedrukte rapport (§3) noemt 31 gemeenten (46%) met verbeterafspraken "
      + "over LEA. Maar 31 van 65 is 48%, en 46% is wat de 54% zonder risico (35 van 65) aanvult: 35 + 30 = 65 past bij beide "
      + "percentages, 31 bij geen van beide. lea telt de oordelen in het toezichtdocument.";

  /** The notes for a report, in the order of its tables: empty unless it is of the printed year. */
  static List<Drukverschil> van(Rapport r) {
    if (r.verslagjaar().jaar() != GEDRUKT) {
      return List.of();
    }
    List<Drukverschil> lijst = new ArrayList<>();
    for (Tabel t : r.tabellen()) {
      switch (t.id()) {
        case "1.1-geen" -> lijst.add(new Drukverschil(t.id(), Optional.of("GEEN_ENKEL_THEMA"), "Niet de 70 gemeenten (21%) "
            + "die het gedrukte rapport in §1.1 en §5 noemt: die voerden geen overleg onder de naam LEA (tabel 1.1-lea-overleg, "
            + "gevraagd vanaf lea-vragenlijst/2). Deze tabel telt gemeenten die over geen enkel LEA-thema overlegden; het "
            + "gedrukte rapport noemt dat aantal niet."));
        case "1.2" -> lijst.add(new Drukverschil(t.id(), Optional.of("INSCHRIJVING_EN_TOELATING"), "Het gedrukte rapport geeft "
            + "bij Inschrijving en toelating 122 van 149 gemeenten als 48%. Maar 122 van 149 is 82%; 48% is 122 van 254, de "
            + "noemer van Bevorderen integratie. lea rekent elk percentage uit het aantal en de noemer van de eigen rij."));
        case "3.uitkomst-LEA" -> lijst.add(new Drukverschil(t.id(), Optional.of("VERBETERAFSPRAKEN"), VERBETERAFSPRAKEN));
        case "3.afhandeling" -> lijst.add(new Drukverschil(t.id(), Optional.of("LEA/VERBETERAFSPRAKEN"), VERBETERAFSPRAKEN));
        default -> nietGedrukt(t).ifPresent(lijst::add);
      }
    }
    return List.copyOf(lijst);
  }

  /** The rows the printed report leaves out of a table it prints row by row (Tabel 1.5, 1.7, 1.9). */
  private static Optional<Drukverschil> nietGedrukt(Tabel t) {
    if (t.nummer().filter(n -> n.startsWith("Tabel")).isEmpty()) {
      return Optional.empty();   // a figure's rows are read off its image, not printed row by row
    }
    List<String> weg = Labels.of(t.id()).map(Labels.Tekst::nietGedrukt).orElse(java.util.Set.of()).stream()
        .flatMap(s -> t.rij(s).stream()).map(Rij::label).collect(Collectors.toList());
    if (weg.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Drukverschil(t.id(), Optional.empty(), "Het gedrukte rapport laat " + weg.size() + " antwoorden van "
        + "de vragenlijst weg die hier wel staan, ook als geen gemeente ze gaf: " + weg.stream().map(l -> "‘" + l + "’")
        .collect(Collectors.joining(", ")) + ". lea drukt elk antwoord af dat de vragenlijst kent, zodat de rijen van elk jaar "
        + "dezelfde zijn."));
  }
}
