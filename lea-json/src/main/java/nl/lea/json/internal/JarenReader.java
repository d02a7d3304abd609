package nl.lea.json.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.lea.core.Gemeente;
import nl.lea.core.Gemeentecode;
import nl.lea.core.Verslagjaar;
import nl.lea.core.jaren.Cijfer;
import nl.lea.core.jaren.Cijfers;
import nl.lea.core.jaren.Herindeling;
import nl.lea.core.jaren.Herindelingen;

/**
 * Reads the two documents of a comparison over years, {@code lea-herindelingen/1} and {@code
 * lea-cijfers/1} (docs/jaren.md §2–§3), reporting every violation with its pointer. Not API.
 */
public final class JarenReader extends Reader {

  /** The schema name of a herindelingen document. */
  public static final String HERINDELINGEN = "lea-herindelingen/1";
  /** The schema name of a published-figures document. */
  public static final String CIJFERS = "lea-cijfers/1";

  /** Reads what the questionnaire also has (a gemeente, a date, a verslagjaar) as there. */
  private final DomainReader domein;

  public JarenReader(Errors errors) {
    super(errors);
    this.domein = new DomainReader(errors);
  }

  /** The entries of a document, and whether its envelope ({@code schema}, no unknown member) is valid. */
  private record Document(List<Node> items, boolean ok) {}

  /** The list under {@code naam} of a document whose {@code schema} must be {@code schema}. */
  private Document document(Node n, String pointer, String schema, String naam) {
    Obj o = object(n, pointer);
    if (o == null) {
      return null;
    }
    Node s = o.required("schema");
    String tekst = string(s, o.at("schema"));
    if (tekst != null && !tekst.equals(schema)) {
      errors.add(o.at("schema"), "must be \"" + schema + "\"", s);
    }
    List<Node> items = array(o.required(naam), o.at(naam));
    boolean bekend = o.finish();
    return items == null ? null : new Document(items, schema.equals(tekst) && bekend);
  }

  public Herindelingen herindelingen(Node n, String pointer) {
    Document d = document(n, pointer, HERINDELINGEN, "herindelingen");
    if (d == null) {
      return null;
    }
    List<Node> items = d.items();
    String lijst = pointer + "/herindelingen";
    List<Herindeling> herindelingen = new ArrayList<>();
    List<LocalDate> data = new ArrayList<>();
    List<List<Gemeentecode>> van = new ArrayList<>();
    List<Gemeentecode> naar = new ArrayList<>();
    boolean ok = d.ok();
    for (int i = 0; i < items.size(); i++) {
      Herindeling h = herindeling(items.get(i), Pointer.child(lijst, i), data, van, naar);
      ok &= h != null;
      herindelingen.add(h);
    }
    ok &= !meld(n, pointer, Herindelingen.violations(data, van, naar));
    return ok ? Herindelingen.of(herindelingen) : null;
  }

  /** One entry; its date, van codes and naar code are added to the lists (null where unknown). */
  private Herindeling herindeling(Node n, String pointer, List<LocalDate> data, List<List<Gemeentecode>> vanCodes,
      List<Gemeentecode> naarCodes) {
    Obj o = object(n, pointer);
    if (o == null) {
      data.add(null);
      vanCodes.add(null);
      naarCodes.add(null);
      return null;
    }
    LocalDate datum = domein.datum(o.required("datum"), o.at("datum"));
    List<Node> vanNodes = array(o.required("van"), o.at("van"));
    List<Gemeente> van = new ArrayList<>();
    List<Gemeentecode> codes = new ArrayList<>();
    boolean ok = vanNodes != null;
    if (vanNodes != null) {
      for (int j = 0; j < vanNodes.size(); j++) {
        Gemeente g = domein.gemeente(vanNodes.get(j), Pointer.child(o.at("van"), j));
        ok &= g != null;
        van.add(g);
        codes.add(g == null ? null : g.code());
      }
      ok &= !meld(n, pointer, Herindeling.violations(codes));
    }
    Gemeente naar = domein.gemeente(o.required("naar"), o.at("naar"));
    ok &= o.finish();
    data.add(datum);
    vanCodes.add(vanNodes == null ? null : codes);
    naarCodes.add(naar == null ? null : naar.code());
    return ok && datum != null && naar != null ? Herindeling.of(datum, van, naar) : null;
  }

  public Cijfers cijfers(Node n, String pointer) {
    Document d = document(n, pointer, CIJFERS, "cijfers");
    if (d == null) {
      return null;
    }
    List<Node> items = d.items();
    String lijst = pointer + "/cijfers";
    List<Cijfer> cijfers = new ArrayList<>();
    List<Object> rijen = new ArrayList<>();
    boolean ok = d.ok();
    for (int i = 0; i < items.size(); i++) {
      Cijfer c = cijfer(items.get(i), Pointer.child(lijst, i));
      ok &= c != null;
      cijfers.add(c);
      rijen.add(c == null ? null : List.of(c.verslagjaar(), c.tabel(), c.sleutel()));
    }
    ok &= !meld(n, pointer, Cijfers.violations(rijen));
    return ok ? Cijfers.of(cijfers) : null;
  }

  private Cijfer cijfer(Node n, String pointer) {
    Obj o = object(n, pointer);
    if (o == null) {
      return null;
    }
    Verslagjaar jaar = domein.verslagjaar(o.required("verslagjaar"), o.at("verslagjaar"));
    String tabel = string(o.required("tabel"), o.at("tabel"));
    String sleutel = string(o.required("sleutel"), o.at("sleutel"));
    Integer aantal = integer(o.required("aantal"), o.at("aantal"), 0, Cijfer.MAX);
    Integer noemer = integer(o.required("noemer"), o.at("noemer"), 0, Cijfer.MAX);
    String bron = string(o.required("bron"), o.at("bron"));
    boolean ok = o.finish();
    ok &= !meld(n, pointer, Cijfer.violations(tabel, sleutel, aantal, noemer, bron));
    return ok && jaar != null && tabel != null && sleutel != null && aantal != null && noemer != null && bron != null
        ? Cijfer.of(jaar, tabel, sleutel, aantal, noemer, bron) : null;
  }
}
