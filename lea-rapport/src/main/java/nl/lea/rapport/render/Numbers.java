package nl.lea.rapport.render;

import java.math.BigDecimal;
import java.util.OptionalInt;
import java.util.OptionalLong;
import nl.lea.bereik.Ratio;
import org.apiguardian.api.API;

/**
 * Number formatting shared by the renderers, in this module and in lea-publicatie. Not for
 * applications: its methods may change without notice.
 */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class Numbers {

  private Numbers() {}

  /**
   * The JSON number nearest to the exact ratio: the shortest decimal that reads back as its
   * doubleValue. Only for output: no count, category or printed percentage comes from it.
   *
   * @param r the ratio, not null
   * @return the decimal, not null
   */
  public static BigDecimal fractie(Ratio r) {
    nl.lea.core.DomainValidationException.requireNonNull(r, "ratio");
    return new BigDecimal(Double.toString(r.doubleValue())).stripTrailingZeros();
  }

  static String tekst(OptionalLong n) {
    return n.isPresent() ? Long.toString(n.getAsLong()) : "";
  }

  static String tekst(OptionalInt n) {
    return n.isPresent() ? Integer.toString(n.getAsInt()) : "";
  }

  /**
   * A whole number with a point between thousands, as the Dutch report prints it: 53.257.
   *
   * @param n the number, not negative (counts never are)
   * @return the text, not null
   */
  public static String duizendtallen(long n) {
    String s = Long.toString(n);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (i > 0 && (s.length() - i) % 3 == 0) {
        b.append('.');
      }
      b.append(s.charAt(i));
    }
    return b.toString();
  }
}
