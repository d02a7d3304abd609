package nl.lea.publicatie;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.lea.rapport.Groep;
import nl.lea.rapport.Rij;
import nl.lea.rapport.Tabel;
import nl.lea.rapport.Telrij;

/**
 * A grouped table read as a matrix, group by part, as the printed report lays out Tabel 2.2 (moment
 * by ontwikkelingsgebied) and the page and the workbook show it: the parts every group has, in
 * order, and each group's count rows under them.
 *
 * @param delen the parts, the columns, in order
 * @param perGroep each group's rows, one per part, in the table's order
 */
record Matrix(List<String> delen, Map<Groep, List<Telrij>> perGroep) {

  /**
   * Reads a table as a matrix: only if every row is a count row in a group and every group has the
   * same parts in the same order.
   *
   * @param t the table
   * @return the matrix, empty if the table is not one
   */
  static Optional<Matrix> van(Tabel t) {
    Map<Groep, List<Telrij>> perGroep = new LinkedHashMap<>();
    for (Rij rij : t.rijen()) {
      if (!(rij instanceof Telrij tel) || rij.groep().isEmpty()) {
        return Optional.empty();
      }
      perGroep.computeIfAbsent(rij.groep().get(), g -> new ArrayList<>()).add(tel);
    }
    if (perGroep.isEmpty()) {
      return Optional.empty();
    }
    List<String> delen = perGroep.values().iterator().next().stream().map(Rij::onderdeel).toList();
    if (perGroep.values().stream().anyMatch(l -> !l.stream().map(Rij::onderdeel).toList().equals(delen))) {
      return Optional.empty();
    }
    return Optional.of(new Matrix(delen, perGroep));
  }

  /**
   * Checks if each group's rows share one denominator, so that a group has one n.
   *
   * @return whether they do
   */
  boolean eenNoemerPerGroep() {
    return perGroep.values().stream().allMatch(l -> l.stream().map(Telrij::noemer).distinct().count() == 1);
  }
}
