package nl.lea.cli;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Verslagjaar;
import nl.lea.core.jaren.Cijfer;
import nl.lea.core.jaren.Cijfers;
import nl.lea.core.jaren.Herindelingen;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.json.JsonError;
import nl.lea.json.LeaJson;
import nl.lea.rapport.Vergelijking;

/**
 * The inputs of a comparison over years, read for {@code vergelijk} and {@code rapport --vorig}:
 * documents of distinct years, herindelingen (the shipped ones by default) and published figures
 * (none by default). Every error of every file is collected, each line starting with its file's
 * base name, and reported at once (docs/jaren.md §4).
 */
final class Jaarinvoer {

  private final List<JsonError> fouten = new ArrayList<>();
  private final List<Vragenlijst> documenten = new ArrayList<>();
  private final Map<Verslagjaar, Path> jaren = new HashMap<>();

  /** Reads one document; a second document of a year is an error at its {@code /verslagjaar}. */
  void document(Path bestand) {
    Vragenlijst v = lees(bestand, () -> Inputs.vragenlijstMetBasisnaam(bestand));
    if (v != null) {
      toevoegen(bestand, v);
    }
  }

  private void toevoegen(Path bestand, Vragenlijst v) {
    Path eerder = jaren.putIfAbsent(v.verslagjaar(), bestand);
    if (eerder != null) {
      fouten.add(JsonError.at("/verslagjaar", "is also the verslagjaar of " + Inputs.basisnaam(eerder).replace(": ", "")
          + ", was " + v.verslagjaar(), v.verslagjaar().toString()).withPrefix(Inputs.basisnaam(bestand)));
    } else {
      documenten.add(v);
    }
  }

  /** Adds a document read elsewhere (the report's, read with its judgements). */
  void document(Path bestand, Vragenlijst v) {
    jaren.put(v.verslagjaar(), bestand);
    documenten.add(v);
  }

  /**
   * Reads an earlier document for {@code rapport FILE --vorig}: its year must be before the
   * report's, else an error at its {@code /verslagjaar}.
   */
  void vorigDocument(Path bestand, Path rapportBestand, Verslagjaar rapportJaar) {
    Vragenlijst v = lees(bestand, () -> Inputs.vragenlijstMetBasisnaam(bestand));
    if (v == null) {
      return;
    }
    // Without the report's year (its document is invalid) its errors are reported instead.
    if (rapportJaar != null && v.verslagjaar().compareTo(rapportJaar) >= 0) {
      fouten.add(JsonError.at("/verslagjaar", "must be before the verslagjaar of " + Inputs.basisnaam(rapportBestand)
          .replace(": ", "") + " (" + rapportJaar + "), was " + v.verslagjaar(), v.verslagjaar().toString())
          .withPrefix(Inputs.basisnaam(bestand)));
      return;
    }
    toevoegen(bestand, v);
  }

  /** Adds the errors of an input read elsewhere. */
  void fout(InvalidInputException e) {
    e.fouten().forEach(f -> fouten.add(f.withPrefix(e.voorvoegsel())));
  }

  /**
   * Reads the herindelingen and published figures and computes the comparison, or throws every
   * error collected. With {@code tot}, a published figure after that year is an error at its
   * {@code /cijfers/i/verslagjaar} (the report's year must be the comparison's last).
   */
  Vergelijking vergelijking(Path herindelingen, Path cijfers, Verslagjaar tot) {
    Herindelingen h = herindelingen == null ? LeaJson.herindelingenNl() : lees(herindelingen, () -> Inputs.herindelingen(herindelingen, true));
    Cijfers c = cijfers == null ? Cijfers.geen() : lees(cijfers, () -> Inputs.cijfersZonderRegister(cijfers));
    if (c != null && tot != null) {
      List<Cijfer> lijst = c.cijfers();
      for (int i = 0; i < lijst.size(); i++) {
        Verslagjaar jaar = lijst.get(i).verslagjaar();
        if (jaar.compareTo(tot) > 0) {
          fouten.add(JsonError.at("/cijfers/" + i + "/verslagjaar", "must not be after the report's verslagjaar " + tot + ", was " + jaar,
              jaar.toString()).withPrefix(Inputs.basisnaam(cijfers)));
        }
      }
    }
    if (!fouten.isEmpty()) {
      throw new InvalidInputException("", fouten);
    }
    try {
      return Vergelijking.van(documenten, h, c);
    } catch (DomainValidationException e) {
      // The published figures against the registry and the documents: each error at its figure.
      throw new InvalidInputException(cijfers == null ? "" : Inputs.basisnaam(cijfers), e.violations().stream().map(Inputs::fout).toList());
    }
  }

  /** The documents read so far, in the order read. */
  List<Vragenlijst> documenten() {
    return List.copyOf(documenten);
  }

  /** Reads the herindelingen (the shipped ones when null), adding their errors to the others'. */
  Herindelingen herindelingen(Path bestand) {
    return bestand == null ? LeaJson.herindelingenNl() : lees(bestand, () -> Inputs.herindelingen(bestand, true));
  }

  /** Throws every error collected, if any. */
  void klaar() {
    if (!fouten.isEmpty()) {
      throw new InvalidInputException("", fouten);
    }
  }

  /** Reads one input, adding its errors to those of the others; null when it has any. */
  private <T> T lees(Path bestand, Supplier<T> lezer) {
    try {
      return lezer.get();
    } catch (InvalidInputException e) {
      fout(e);
      return null;
    } catch (UncheckedIOException e) {
      fouten.add(JsonError.at(bestand.toString(), "cannot read: " + ErrorHandler.oorzaak(e), null));
      return null;
    }
  }
}
