package io.loopwatch.stress;

/**
 * Rogers and Veraart's default costs (Management Science, 2013): a company that defaults realises
 * only {@code alpha} of its external assets and {@code beta} of what it is paid, because a forced
 * sale and a broken contract lose value. {@link #NONE} ({@code 1, 1}) is Eisenberg–Noe.
 */
public record DefaultCosts(double alpha, double beta) {
  public static final DefaultCosts NONE = new DefaultCosts(1, 1);

  public DefaultCosts {
    if (!(alpha >= 0 && alpha <= 1) || !(beta >= 0 && beta <= 1)) {
      throw new IllegalArgumentException("alpha and beta must lie in [0, 1], were " + alpha + " and " + beta);
    }
  }

  public boolean isNone() {
    return alpha == 1 && beta == 1;
  }
}
