package nl.lea.publicatie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import nl.lea.core.toezicht.Beoordelingen;
import nl.lea.core.vragenlijst.Vragenlijst;
import nl.lea.json.LeaJson;
import nl.lea.rapport.Rapport;
import nl.lea.rapport.risico.Risicoanalyse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page in a real browser: headless Chromium (Debian package {@code chromium}) loads it and
 * every figure gets a non-empty rendered box, with no error and no request for anything outside
 * the page; every page reflows at 320 px with readable chart text; axe-core finds no WCAG 2.1 A or
 * AA violation. Runs only in the Maven profile {@code browser} ({@code .ci/run} installs Chromium,
 * and axe-core with {@code npm ci} in {@code src/test/browser}, and runs it); the default build
 * needs neither.
 *
 * <p>The page has no script, so the check loads a copy with one measuring script added at the top
 * of {@code <head>}: it records every {@code error} event (script errors and failed loads), every
 * resource the page requested, and each figure's rendered box, and writes them into an attribute
 * that {@code --dump-dom} prints.
 */
class BrowserCheck {

  private static final Path DATA = Path.of("..", "examples", "data");

  private static final String METING = """
      <script>
      window.__fouten = [];
      window.addEventListener('error', e => window.__fouten.push(String(e.message || (e.target && (e.target.src || e.target.href)))), true);
      window.addEventListener('load', () => {
        const figuren = [...document.querySelectorAll('figure[id^=figuur-]')].map(f => {
          const r = f.querySelector('svg').getBoundingClientRect();
          return f.id + '=' + Math.round(r.width) + 'x' + Math.round(r.height);
        });
        const bronnen = performance.getEntriesByType('resource').map(r => r.name);
        document.documentElement.setAttribute('data-meting',
            JSON.stringify({fouten: window.__fouten, bronnen: bronnen, figuren: figuren}));
      });
      </script>
      """;

  /**
   * Measures reflow and chart text at a width: the page is shown in a frame of that width (headless
   * Chromium's window is at least 500 px wide), and the frame is measured: whether the page scrolls
   * sideways (WCAG 1.4.10), the smallest rendered chart text in CSS pixels (1.4.4), and every chart
   * text whose box leaves its chart's box (clipped).
   */
  private static String maatpagina(String pagina, int breedte) {
    return """
        <!DOCTYPE html><html><head><script>
        window.addEventListener('load', () => {
          const w = document.querySelector('iframe').contentWindow;
          const d = w.document;
          const uit = {breed: d.documentElement.scrollWidth, venster: w.innerWidth, kleinste: 99, geknipt: []};
          for (const svg of d.querySelectorAll('svg')) {
            const r = svg.getBoundingClientRect();
            const schaal = r.width / svg.viewBox.baseVal.width;
            for (const t of svg.querySelectorAll('text')) {
              uit.kleinste = Math.min(uit.kleinste, parseFloat(w.getComputedStyle(t).fontSize) * schaal);
              const b = t.getBoundingClientRect();
              if (b.width > 0 && (b.left < r.left - 1 || b.right > r.right + 1 || b.top < r.top - 1 || b.bottom > r.bottom + 1)) {
                uit.geknipt.push(t.textContent);
              }
            }
          }
          document.documentElement.setAttribute('data-maat', JSON.stringify(uit));
        });
        </script></head><body style="margin:0"><iframe style="border:0;width:BREEDTEpx;height:900px" srcdoc="PAGINA"></iframe></body></html>
        """.replace("BREEDTE", Integer.toString(breedte)).replace("PAGINA", Html.escape(pagina));
  }

  /**
   * Every page lea writes: the report with the inspector's judgement, the report with earlier years
   * (and Figuur 1.4), the cohort, a gemeente's profile and the comparison of years.
   */
  private static java.util.Map<String, String> paginas() throws IOException {
    Vragenlijst v = LeaJson.readVragenlijst(DATA.resolve("vragenlijst-2022.json"));
    Vragenlijst v2021 = LeaJson.readVragenlijst(DATA.resolve("vragenlijst-2021.json"));
    Vragenlijst v2020 = LeaJson.readVragenlijst(DATA.resolve("vragenlijst-2020.json"));
    Beoordelingen b = LeaJson.readToezicht(DATA.resolve("toezicht-2022.json"), v, Risicoanalyse.standaard());
    nl.lea.rapport.Vergelijking jaren = nl.lea.rapport.Vergelijking.van(List.of(v2020, v2021, v), LeaJson.herindelingenNl(),
        LeaJson.cijfersNl());
    java.util.Map<String, String> paginas = new java.util.LinkedHashMap<>();
    StringWriter w = new StringWriter();
    new HtmlFormaat().render(Rapport.van(v, b), w);
    paginas.put("rapport", w.toString());
    w = new StringWriter();
    new HtmlFormaat().render(Rapport.van(v, b), jaren, w);
    paginas.put("rapport-vorig", w.toString());
    w = new StringWriter();
    CohortHtml.render(nl.lea.bereik.Cohort.van(List.of(v2020, v2021, v)), w);
    paginas.put("cohort", w.toString());
    w = new StringWriter();
    ProfielHtml.render(nl.lea.rapport.Gemeenteprofiel.van(v, nl.lea.core.Gemeentecode.of("GM0308")), w);
    paginas.put("profiel", w.toString());
    w = new StringWriter();
    VergelijkingHtml.render(jaren, w);
    paginas.put("vergelijking", w.toString());
    return paginas;
  }

  /** axe-core on the page once it has loaded: WCAG 2.0 and 2.1, levels A and AA; the outcome in an attribute. */
  private static final String AXE = """
      <script src="AXE"></script>
      <script>
      window.addEventListener('load', () => axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
        .then(r => document.documentElement.setAttribute('data-axe', JSON.stringify({versie: axe.version, regels: r.passes.length,
          fouten: r.violations.map(v => v.id + ' (' + v.nodes.length + 'x): ' + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', '))})),
          e => document.documentElement.setAttribute('data-axe', JSON.stringify({fout: String(e)}))));
      </script>
      """;

  /**
   * axe-core (from npm, {@code src/test/browser}; {@code .ci/run} installs it with {@code npm ci})
   * finds no violation of WCAG 2.0 and 2.1 A and AA on any page.
   */
  @Test
  void axeFindsNoWcagViolationOnAnyPage(@TempDir Path map) throws Exception {
    Path axe = Path.of("src", "test", "browser", "node_modules", "axe-core", "axe.min.js").toAbsolutePath();
    assertTrue(Files.isReadable(axe), axe + " is missing: run npm ci --prefix lea-publicatie/src/test/browser (.ci/run does)");
    List<String> fouten = new ArrayList<>();
    for (var pagina : paginas().entrySet()) {
      Path bestand = map.resolve(pagina.getKey() + "-axe.html");
      Files.writeString(bestand, pagina.getValue().replace("<head>\n", "<head>\n" + AXE.replace("AXE", axe.toUri().toString())),
          StandardCharsets.UTF_8);
      String uitslag = Jsoup.parse(chromium(map, "--window-size=1280,900", "--virtual-time-budget=60000", "--dump-dom",
          bestand.toUri().toString())).selectFirst("html").attr("data-axe");
      com.fasterxml.jackson.databind.JsonNode u = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
          uitslag.isEmpty() ? "{\"fout\": \"axe did not finish\"}" : uitslag);
      if (u.has("fout")) {
        fouten.add(pagina.getKey() + ": " + u.get("fout").asText());
      } else {
        assertTrue(u.get("regels").asInt() > 10, pagina.getKey() + ": axe " + u.get("versie") + " passed " + u.get("regels") + " rules");
        u.get("fouten").forEach(f -> fouten.add(pagina.getKey() + ": " + f.asText()));
      }
    }
    assertTrue(fouten.isEmpty(), String.join("\n", fouten));
  }

  /** Every page at 1280, 390 and 320 px: no sideways scrolling, chart text of 11 px or more, none clipped. */
  @Test
  void everyPageReflowsAndKeepsItsChartTextReadable(@TempDir Path map) throws Exception {
    java.util.Map<String, String> paginas = paginas();
    List<String> fouten = new ArrayList<>();
    for (var pagina : paginas.entrySet()) {
      for (int breedte : List.of(1280, 390, 320)) {
        Path bestand = map.resolve(pagina.getKey() + "-" + breedte + ".html");
        Files.writeString(bestand, maatpagina(pagina.getValue(), breedte), StandardCharsets.UTF_8);
        String maat = Jsoup.parse(chromium(map, "--window-size=1400,900", "--dump-dom", bestand.toUri().toString()))
            .selectFirst("html").attr("data-maat");
        String waar = pagina.getKey() + " at " + breedte + " px: " + maat;
        com.fasterxml.jackson.databind.JsonNode m = new com.fasterxml.jackson.databind.ObjectMapper().readTree(maat);
        if (m.get("venster").asInt() != breedte) {
          fouten.add(waar + " (the window is not " + breedte + " px wide)");
        }
        if (m.get("breed").asInt() > m.get("venster").asInt()) {
          fouten.add(waar + " (the page scrolls sideways)");
        }
        if (m.get("kleinste").asDouble() < 11) {
          fouten.add(waar + " (chart text below 11 px)");
        }
        if (!m.get("geknipt").isEmpty()) {
          fouten.add(waar + " (clipped chart text)");
        }
      }
    }
    assertTrue(fouten.isEmpty(), String.join("\n", fouten));
  }

  @Test
  void chromiumRendersEveryFigureWithoutErrors(@TempDir Path map) throws Exception {
    Vragenlijst v = LeaJson.readVragenlijst(DATA.resolve("vragenlijst-2022.json"));
    Beoordelingen b = LeaJson.readToezicht(DATA.resolve("toezicht-2022.json"), v, Risicoanalyse.standaard());
    StringWriter w = new StringWriter();
    new HtmlFormaat().render(Rapport.van(v, b), w);
    String pagina = w.toString();
    Path bestand = map.resolve("rapport.html");
    Files.writeString(bestand, pagina.replace("<head>\n", "<head>\n" + METING), StandardCharsets.UTF_8);

    String dom = chromium(map, "--dump-dom", bestand.toUri().toString());
    Document d = Jsoup.parse(dom);
    String meting = d.selectFirst("html").attr("data-meting");
    assertTrue(!meting.isEmpty(), "the load event ran: " + dom.substring(0, Math.min(300, dom.length())));
    assertTrue(meting.contains("\"fouten\":[]"), "errors: " + meting);
    assertTrue(meting.contains("\"bronnen\":[]"), "requests outside the page: " + meting);

    List<String> figuren = new ArrayList<>();
    for (Element f : Jsoup.parse(pagina).select("figure[id^=figuur-]")) {
      figuren.add(f.id());
    }
    assertEquals(10, figuren.size(), "nine figures and, with the judgement, Figuur 1.5");
    for (String id : figuren) {
      int i = meting.indexOf(id + "=");
      assertTrue(i >= 0, id + " measured: " + meting);
      String[] maten = meting.substring(i + id.length() + 1).split("[\"]")[0].split("x");
      assertTrue(Integer.parseInt(maten[0]) > 100 && Integer.parseInt(maten[1]) > 20, id + " box " + String.join("x", maten));
    }

    // Printed: A4, at most 30 pages (45 before sections stopped starting a page each).
    Path pdf = map.resolve("rapport.pdf");
    chromium(map, "--print-to-pdf=" + pdf, "--no-pdf-header-footer", map.resolve("rapport.html").toUri().toString());
    String pdfTekst = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
    int paginas = pdfTekst.split("/Type\\s*/Page[^s]", -1).length - 1;
    assertTrue(paginas >= 10 && paginas <= 30, paginas + " printed pages");
    assertTrue(pdfTekst.contains("/MediaBox [0 0 594.9"), "A4");

    Path plaatje = map.resolve("rapport.png");
    chromium(map, "--screenshot=" + plaatje, "--window-size=1000,1400", map.resolve("rapport.html").toUri().toString());
    assertTrue(Files.size(plaatje) > 10_000, "a screenshot with content");
  }

  @Test
  void chromiumRendersTheCohortsLineChart(@TempDir Path map) throws Exception {
    String tekst = Files.readString(DATA.resolve("vragenlijst-2022.json"));
    List<Vragenlijst> jaren = new ArrayList<>(List.of(LeaJson.readVragenlijst(DATA.resolve("vragenlijst-2022.json"))));
    Path vorig = map.resolve("2021.json");
    Files.writeString(vorig, tekst.replaceFirst("\"verslagjaar\": 2022", "\"verslagjaar\": 2021"));
    jaren.add(LeaJson.readVragenlijst(vorig));
    StringWriter w = new StringWriter();
    CohortHtml.render(nl.lea.bereik.Cohort.van(jaren), w);
    Path bestand = map.resolve("cohort.html");
    Files.writeString(bestand, w.toString().replace("<head>\n", "<head>\n" + METING), StandardCharsets.UTF_8);
    String meting = Jsoup.parse(chromium(map, "--dump-dom", bestand.toUri().toString())).selectFirst("html").attr("data-meting");
    assertTrue(meting.contains("\"fouten\":[]") && meting.contains("\"bronnen\":[]"), meting);
    assertTrue(meting.matches(".*figuur-F1\\.4=[1-9][0-9]{2,}x[1-9][0-9]{2,}.*"), meting);
  }

  @Test
  void chromiumRendersTheProfilesStripAndTheComparisonsCharts(@TempDir Path map) throws Exception {
    Vragenlijst v = LeaJson.readVragenlijst(DATA.resolve("vragenlijst-2022.json"));
    StringWriter w = new StringWriter();
    ProfielHtml.render(nl.lea.rapport.Gemeenteprofiel.van(v, nl.lea.core.Gemeentecode.of("GM0308")), w);
    Path profiel = map.resolve("profiel.html");
    Files.writeString(profiel, w.toString().replace("<head>\n", "<head>\n" + METING), StandardCharsets.UTF_8);
    String meting = Jsoup.parse(chromium(map, "--dump-dom", profiel.toUri().toString())).selectFirst("html").attr("data-meting");
    assertTrue(meting.contains("\"fouten\":[]") && meting.contains("\"bronnen\":[]"), meting);
    assertTrue(meting.matches(".*figuur-bereik=[1-9][0-9]{2,}x[1-9][0-9]{2,}.*"), meting);

    Vragenlijst v2021 = LeaJson.readVragenlijst(DATA.resolve("vragenlijst-2021.json"));
    w = new StringWriter();
    VergelijkingHtml.render(nl.lea.rapport.Vergelijking.van(List.of(v2021, v), LeaJson.herindelingenNl(), LeaJson.cijfersNl()), w);
    Path vergelijking = map.resolve("vergelijking.html");
    Files.writeString(vergelijking, w.toString().replace("<head>\n", "<head>\n" + METING), StandardCharsets.UTF_8);
    meting = Jsoup.parse(chromium(map, "--dump-dom", vergelijking.toUri().toString())).selectFirst("html").attr("data-meting");
    assertTrue(meting.contains("\"fouten\":[]") && meting.contains("\"bronnen\":[]"), meting);
    assertTrue(meting.matches(".*figuur-1\\.1-lea-overleg-GEEN_LEA_OVERLEG=[1-9][0-9]{2,}x[1-9][0-9]{2,}.*"), meting);
    assertTrue(meting.matches(".*figuur-F1\\.4=[1-9][0-9]{2,}x[1-9][0-9]{2,}.*"), meting);
  }

  private static String chromium(Path map, String... args) throws IOException, InterruptedException {
    List<String> opdracht = new ArrayList<>(List.of(browser(), "--headless", "--no-sandbox", "--disable-gpu",
        "--user-data-dir=" + map.resolve("profiel")));
    if (java.util.Arrays.stream(args).noneMatch(a -> a.startsWith("--virtual-time-budget="))) {
      opdracht.add("--virtual-time-budget=5000");
    }
    opdracht.addAll(List.of(args));
    Process p = new ProcessBuilder(opdracht).redirectError(map.resolve("chromium.log").toFile()).start();
    byte[] uit = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "chromium finished");
    assertEquals(0, p.exitValue(), "chromium: " + Files.readString(map.resolve("chromium.log")));
    return new String(uit, StandardCharsets.UTF_8);
  }

  private static String browser() {
    for (String naam : List.of("chromium", "chromium-browser", "google-chrome")) {
      for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
        if (Files.isExecutable(Path.of(dir, naam))) {
          return Path.of(dir, naam).toString();
        }
      }
    }
    throw new AssertionError("no chromium on PATH: install the Debian package chromium (.ci/run does)");
  }
}
