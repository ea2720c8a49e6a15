package io.loopwatch;

import java.util.List;

/**
 * Why an alert fired.
 *
 * @param facts the ids of every fact the rule matched ({@code company/period} for financials)
 * @param path for a loop, each deal along it in the order money travels; empty otherwise
 */
public record Evidence(List<String> facts, List<EvidenceStep> path) {

  public Evidence {
    facts = List.copyOf(facts);
    path = List.copyOf(path);
  }
}
