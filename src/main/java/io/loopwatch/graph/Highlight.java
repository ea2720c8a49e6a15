package io.loopwatch.graph;

import io.loopwatch.Alert;
import io.loopwatch.EvidenceStep;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Collections;

/**
 * What to emphasise in a picture: the companies and edges of one alert. For a loop alert that is
 * the loop; for any other alert, its subjects and the edges of the deals it cites.
 */
public record Highlight(Set<String> companies, Set<String> edgeIds) {

  public static final Highlight NONE = new Highlight(Set.of(), Set.of());

  public Highlight {
    // Sorted, not Set.copyOf: its iteration order changes from one JVM to the next, and reports
    // built from it must be the same bytes for the same input.
    companies = Collections.unmodifiableSet(new TreeSet<>(companies));
    edgeIds = Collections.unmodifiableSet(new TreeSet<>(edgeIds));
  }

  public static Highlight of(Alert alert, DealNetwork network) {
    Set<String> companies = new LinkedHashSet<>();
    Set<String> edges = new LinkedHashSet<>();
    List<EvidenceStep> path = alert.evidence().path();
    if (!path.isEmpty()) {
      for (EvidenceStep step : path) {
        companies.add(step.from());
        companies.add(step.to());
        edges.add(NetworkEdge.id(step.from(), step.to(), step.kind()));
      }
    } else {
      companies.addAll(alert.subjects());
      for (NetworkEdge edge : network.edges()) {
        if (edge.factIds().stream().anyMatch(alert.evidence().facts()::contains)) {
          edges.add(edge.id());
          companies.add(edge.from());
          companies.add(edge.to());
        }
      }
    }
    return new Highlight(companies, edges);
  }

  public boolean isEmpty() {
    return companies.isEmpty() && edgeIds.isEmpty();
  }

  public boolean has(NetworkEdge edge) {
    return edgeIds.contains(edge.id());
  }

  public boolean has(NetworkNode node) {
    return companies.contains(node.id());
  }
}
