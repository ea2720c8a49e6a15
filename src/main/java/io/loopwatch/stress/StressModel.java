package io.loopwatch.stress;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Which model a stress test runs. */
public enum StressModel {
  /** Eisenberg–Noe clearing over payment obligations: who cannot pay, who is not paid. */
  CLEARING,
  /** DebtRank as Battiston et al. (2012) define it, over exposures relative to revenue. */
  DEBTRANK,
  /** Linear DebtRank (Bardoscia et al. 2015): losses that come round a loop count again. */
  DEBTRANK_LINEAR;

  /** As written on the command line and in JSON: {@code clearing}, {@code debtrank}, {@code debtrank-linear}. */
  public String word() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static StressModel of(String word) {
    for (StressModel model : values()) {
      if (model.word().equals(word.toLowerCase(Locale.ROOT))) {
        return model;
      }
    }
    throw new IllegalArgumentException("unknown model '" + word + "'; expected one of "
        + Arrays.stream(values()).map(StressModel::word).collect(Collectors.joining(", ")));
  }
}
