package nl.lea.consument;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import nl.lea.core.DomainValidationException;
import nl.lea.core.Gemeente;
import nl.lea.core.toezicht.Beoordelingen;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.core.vve.Doelgroepdefinitie;
import nl.lea.json.LeaJson;
import nl.lea.rapport.Rapport;
import nl.lea.rapport.Telrij;
import nl.lea.rapport.risico.Risicoanalyse;

/** Prints one line per check; the test compares them. */
public final class Main {

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    Vragenlijst v = LeaJson.readVragenlijst(data.resolve("vragenlijst-2022.json"));
    Rapport r = Rapport.van(v);
    System.out.println("1.1 " + ((Telrij) r.tabel("1.1").orElseThrow().rij("BESTRIJDEN_ONDERWIJSACHTERSTANDEN").orElseThrow()).aantal().getAsLong());
    Beoordelingen b = LeaJson.readToezicht(data.resolve("toezicht-2022.json"), v, Risicoanalyse.standaard());
    Rapport metToezicht = Rapport.van(v, b);
    System.out.println("3.contact " + ((Telrij) metToezicht.tabel("3.contact").orElseThrow().rij("CONTACTGEMEENTEN").orElseThrow()).aantal().getAsLong());
    Doelgroepdefinitie d = Doelgroepdefinitie.parse("THUISTAAL | OPLEIDINGSNIVEAU_OUDERS & HERKOMST_OUDERS");
    System.out.println("parse " + Doelgroepdefinitie.parse(d.toString()).equals(d));
    try {
      Gemeente.of("GM14", "Groningen");
    } catch (DomainValidationException e) {
      System.out.println("fout " + e.field());
    }
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    System.out.println("jackson " + mapper.writeValueAsString(Gemeente.of("GM0014", "Groningen")));
    tools.jackson.databind.json.JsonMapper jackson3 = tools.jackson.databind.json.JsonMapper.builder().findAndAddModules().build();
    System.out.println("jackson3 " + jackson3.readValue(jackson3.writeValueAsString(v), Vragenlijst.class).equals(v));
    System.out.println("internal " + ModuleLayer.boot().findModule("nl.lea.json").orElseThrow().isExported("nl.lea.json.internal"));
    System.out.println("module " + Rapport.class.getModule().getName());
  }
}
