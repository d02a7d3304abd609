package nl.gemeente.lea;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.lea.core.Gemeentecode;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.rapport.risico.Risicoanalyse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Receives a gemeente's answers and gives them back, in lea's JSON. */
@RestController
class AntwoordController {

  private final Map<Gemeentecode, GemeenteAntwoord> ontvangen = new ConcurrentHashMap<>();

  @PostMapping("/antwoorden")
  String ontvang(@RequestBody GemeenteAntwoord antwoord) {   // validated by lea's factories
    ontvangen.put(antwoord.gemeente().code(), antwoord);
    return antwoord.gemeente().naam() + ": " + Risicoanalyse.standaard().profiel(antwoord).categorie();
  }

  @GetMapping("/antwoorden/{code}")
  ResponseEntity<GemeenteAntwoord> antwoord(@PathVariable String code) {
    return ResponseEntity.of(Optional.ofNullable(ontvangen.get(Gemeentecode.of(code))));
  }
}
