package io.loopwatch.ruletest;

import io.loopwatch.Alert;
import java.util.List;

/** The expected alert was raised, but some of its fields differ. */
public record Mismatch(ExpectedAlert expected, Alert actual, List<FieldDifference> differences) {

  public Mismatch {
    differences = List.copyOf(differences);
  }
}
