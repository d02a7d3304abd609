package nl.lea.rapport.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.lea.bereik.Cohort;
import nl.lea.bereik.PeuterTelling;
import nl.lea.core.Gemeente;
import nl.lea.core.Gemeentecode;
import nl.lea.core.Verslagjaar;
import nl.lea.core.vragenlijst.GemeenteAntwoord;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.core.vve.DoelgroepIndicator;
import nl.lea.core.vve.Doelgroepdefinitie;
import nl.lea.rapport.risico.Risicoanalyse;
import org.junit.jupiter.api.Test;

/** The JSON and CSV shapes of the risico, cohort and indicatie outputs (docs/rapport.md). */
class RenderersTest {

  private static final Vragenlijst TWEE = Vragenlijst.of(Verslagjaar.of(2022), List.of(
      GemeenteAntwoord.nietIngevuld(Gemeente.of("GM0072", "Harlingen")),
      GemeenteAntwoord.nietIngevuld(Gemeente.of("GM0820", "Nuenen, Gerwen en Nederwetten"))));

  @Test
  void risico() {
    var profielen = Risicoanalyse.standaard().profielen(TWEE);
    assertEquals("{\"schema\":\"lea-risico/1\",\"verslagjaar\":2022,\"gemeenten\":["
        + "{\"code\":\"GM0072\",\"naam\":\"Harlingen\",\"categorie\":\"LEA_EN_VVE\",\"regels\":[\"L0\"]},"
        + "{\"code\":\"GM0820\",\"naam\":\"Nuenen, Gerwen en Nederwetten\",\"categorie\":\"LEA_EN_VVE\",\"regels\":[\"L0\"]}]}\n",
        RisicoRenderer.render(TWEE.verslagjaar(), profielen, Formaat.JSON));
    assertEquals("code,naam,categorie,regels\r\nGM0072,Harlingen,LEA_EN_VVE,L0\r\nGM0820,\"Nuenen, Gerwen en Nederwetten\",LEA_EN_VVE,L0\r\n",
        RisicoRenderer.render(TWEE.verslagjaar(), profielen, Formaat.CSV));
    assertThrows(IllegalArgumentException.class, () -> RisicoRenderer.render(TWEE.verslagjaar(), profielen, null));
  }

  @Test
  void cohort() {
    Cohort c = Cohort.van(List.of(TWEE));
    assertEquals("{\"schema\":\"lea-cohort/1\",\"jaren\":[2022],\"aantalGemeenten\":0,\"gemeenten\":[],"
        + "\"reeks\":[{\"verslagjaar\":2022,\"doelgroeppeuters\":0,\"kindplaatsen\":0,\"bereikteDoelgroeppeuters\":0,"
        // docs/jaren.md: a bereik over no gemeente has no percentage and no fractie.
        + "\"gewogenBereik\":{\"percentage\":null,\"fractie\":null,\"aantalGemeenten\":0},"
        + "\"gemiddeldBereik\":{\"percentage\":null,\"fractie\":null,\"aantalGemeenten\":0}}]}\n",
        CohortRenderer.render(c, Formaat.JSON));
    assertEquals("verslagjaar,aantalGemeenten,doelgroeppeuters,kindplaatsen,bereikteDoelgroeppeuters,gewogenBereik,gemiddeldBereik,"
        + "aantalGemeentenBereik\r\n2022,0,0,0,0,,,0\r\n", CohortRenderer.render(c, Formaat.CSV));
  }

  @Test
  void indicatie() {
    PeuterTelling t = PeuterTelling.of(Map.of(
        Gemeentecode.of(14), PeuterTelling.Gemeente.of(Gemeentecode.of(14), 3, 1),
        Gemeentecode.of(34), PeuterTelling.Gemeente.of(Gemeentecode.of(34), 0, 0)));
    Doelgroepdefinitie def = Doelgroepdefinitie.of(Set.of(DoelgroepIndicator.THUISTAAL));
    assertEquals("{\"schema\":\"lea-indicatie/1\",\"definitie\":\"THUISTAAL\",\"omvang\":\"SMAL\",\"gemeenten\":["
        + "{\"code\":\"GM0014\",\"doelgroeppeuters\":3,\"bereikteDoelgroeppeuters\":1,\"bereik\":0.3333333333333333},"
        + "{\"code\":\"GM0034\",\"doelgroeppeuters\":0,\"bereikteDoelgroeppeuters\":0,\"bereik\":null}]}\n",
        IndicatieRenderer.render(def, t, Formaat.JSON));
    assertEquals("code,doelgroeppeuters,bereikteDoelgroeppeuters,bereik\r\nGM0014,3,1,0.3333333333333333\r\nGM0034,0,0,\r\n",
        IndicatieRenderer.render(def, t, Formaat.CSV));
    assertEquals("{\"schema\":\"lea-indicatie/1\",\"definitie\":\"\",\"omvang\":null,\"gemeenten\":[]}\n",
        IndicatieRenderer.render(Doelgroepdefinitie.onbekend(), PeuterTelling.LEEG, Formaat.JSON));
  }
}
