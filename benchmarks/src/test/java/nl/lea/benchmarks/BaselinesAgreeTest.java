package nl.lea.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.lea.bereik.Indicatie;
import nl.lea.bereik.PeuterTelling;
import nl.lea.bereik.Peuterregister;
import org.junit.jupiter.api.Test;

/** The benchmarks compare like with like: every baseline gives the library's counts. */
class BaselinesAgreeTest {

  @Test
  void libraryLimitEarlierLoopsAndNaiveCountTheSame() {
    Registerdata data = new Registerdata(50_000, 7);
    Peuterregister register = data.register();
    for (String naam : new String[] {"SMAL", "MIDDEN", "BREED"}) {
      PeuterTelling telling = register.tel(Indicatie.van(Registerdata.definitie(naam)));
      long[][] lus = Baselines.lus(data, Baselines.clausules(Registerdata.definitie(naam)));
      long[][] voor14 = Baselines.ongegroepeerd(Baselines.gepakt(data),
          Baselines.beslissingen(Baselines.clausules(Registerdata.definitie(naam))));
      Baselines.Gegroepeerd gegroepeerd = Baselines.gegroepeerd(Baselines.gepakt(data));
      long[][] limiet = Baselines.limiet(gegroepeerd, Baselines.tabel(Baselines.clausules(Registerdata.definitie(naam))));
      List<Integer> volgorde = IntStream.of(gegroepeerd.gemeente()).boxed().toList();
      Map<String, long[]> naief = Baselines.naief(Baselines.kinderen(data), Baselines.enumClausules(Registerdata.definitie(naam)));
      for (PeuterTelling.Gemeente g : telling.perGemeente().values()) {
        assertEquals(g.doelgroeppeuters(), lus[0][g.code().nummer()]);
        assertEquals(g.bereikteDoelgroeppeuters(), lus[1][g.code().nummer()]);
        assertEquals(g.doelgroeppeuters(), voor14[0][g.code().nummer()]);
        assertEquals(g.bereikteDoelgroeppeuters(), voor14[1][g.code().nummer()]);
        int k = volgorde.indexOf(g.code().nummer());
        assertEquals(g.doelgroeppeuters(), limiet[0][k]);
        assertEquals(g.bereikteDoelgroeppeuters(), limiet[1][k]);
        long[] n = naief.getOrDefault(g.code().toString(), new long[2]);
        assertEquals(g.doelgroeppeuters(), n[0], naam + " " + g.code());
        assertEquals(g.bereikteDoelgroeppeuters(), n[1]);
      }
    }
  }

  @Test
  void oneSummaryAnswersEveryCandidateAsItsOwnPass() {
    Peuterregister register = new Registerdata(50_000, 7).register();
    java.util.List<Indicatie> kandidaten = MeerdereDefinitiesBenchmark.kandidaten(40, 11);
    java.util.List<PeuterTelling> samen = register.overzicht().tel(kandidaten);
    for (int i = 0; i < kandidaten.size(); i++) {
      assertEquals(register.tel(kandidaten.get(i)), samen.get(i));
    }
  }

  @Test
  void theGeneratedLinesReadBackAsTheRecords() {
    Registerdata data = new Registerdata(2_000, 42); // the seed the benchmark uses
    JsonLinesBenchmark b = new JsonLinesBenchmark();
    b.n = 2_000;
    b.maak();
    long verwacht = 0;
    for (int a : data.leeftijd) {
      verwacht += a;
    }
    assertEquals(verwacht, b.leaReader());
    assertEquals(verwacht, jackson(b));
  }

  private static long jackson(JsonLinesBenchmark b) {
    try {
      return b.jacksonDatabind();
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
