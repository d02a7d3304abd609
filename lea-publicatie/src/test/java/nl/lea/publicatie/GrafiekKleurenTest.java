package nl.lea.publicatie;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The charts' colours for readers with colour-vision deficiencies and low vision: every colour has
 * at least 4.5:1 contrast against white (WCAG's contrast ratio), and neighbours in the list, which
 * are the segments side by side in a stacked bar, stay far apart as people with protanopia or
 * deuteranopia see them. The simulation is Machado, Oliveira and Fernandes (2009) at severity 1.0,
 * on linear RGB; the distance is CIE76 in CIELAB (D65).
 */
class GrafiekKleurenTest {

  private static final double[][] PROTANOPIE = {
    {0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}};
  private static final double[][] DEUTERANOPIE = {
    {0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}};
  private static final double[][] GEWOON = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};

  static double[] lineair(String hex) {
    double[] c = new double[3];
    for (int i = 0; i < 3; i++) {
      double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      c[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    return c;
  }

  static double luminantie(double[] l) {
    return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
  }

  static double contrastMetWit(String hex) {
    return 1.05 / (luminantie(lineair(hex)) + 0.05);
  }

  static double[] lab(double[] lin) {
    double[] l = new double[3];
    for (int i = 0; i < 3; i++) {
      l[i] = Math.min(1, Math.max(0, lin[i]));
    }
    double x = (0.4124 * l[0] + 0.3576 * l[1] + 0.1805 * l[2]) / 0.95047;
    double y = 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
    double z = (0.0193 * l[0] + 0.1192 * l[1] + 0.9505 * l[2]) / 1.08883;
    return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
  }

  private static double f(double t) {
    return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
  }

  static double afstand(String a, String b, double[][] zicht) {
    double[] la = lab(maal(zicht, lineair(a)));
    double[] lb = lab(maal(zicht, lineair(b)));
    return Math.sqrt(Math.pow(la[0] - lb[0], 2) + Math.pow(la[1] - lb[1], 2) + Math.pow(la[2] - lb[2], 2));
  }

  private static double[] maal(double[][] m, double[] v) {
    return new double[] {
      m[0][0] * v[0] + m[0][1] * v[1] + m[0][2] * v[2],
      m[1][0] * v[0] + m[1][1] * v[1] + m[1][2] * v[2],
      m[2][0] * v[0] + m[2][1] * v[1] + m[2][2] * v[2]};
  }

  @Test
  void everyColourStandsOutFromWhiteAndCarriesWhiteText() {
    for (String k : Grafiek.KLEUREN) {
      assertTrue(contrastMetWit(k) >= 4.5, k + " has " + contrastMetWit(k) + ":1 against white");
    }
  }

  @Test
  void neighboursStayApartInEveryVision() {
    String[] k = Grafiek.KLEUREN;
    for (int i = 0; i < k.length; i++) {
      String a = k[i];
      String b = k[(i + 1) % k.length];   // a ninth segment takes the first colour again
      for (double[][] zicht : List.of(GEWOON, PROTANOPIE, DEUTERANOPIE)) {
        assertTrue(afstand(a, b, zicht) >= 40, a + " and " + b + ": " + afstand(a, b, zicht));
      }
    }
  }

  /** The check can fail: the old palette's orange and green were one colour to a protanope (ΔE 3). */
  @Test
  void theOldPalettesOrangeAndGreenMergeForAProtanope() {
    assertTrue(afstand("#e17000", "#39870c", PROTANOPIE) < 5);
    assertTrue(afstand("#e17000", "#39870c", GEWOON) > 80);
    assertEquals(1.0, contrastMetWit("#ffffff"), 1e-9);
  }
}
