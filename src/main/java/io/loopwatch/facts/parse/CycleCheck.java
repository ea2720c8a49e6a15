package io.loopwatch.facts.parse;

import io.loopwatch.Diagnostic;
import io.loopwatch.facts.FactSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.GabowStrongConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

/**
 * Refuses references that go round in a circle: deals that supersede each other (each then
 * replaces the other and neither counts, so a loop through them silently disappears) and
 * companies that own each other through {@code parent}. A fact naming itself is
 * {@link ReferenceCheck}'s; this finds the longer circles, and names every fact on each.
 */
final class CycleCheck {

  private CycleCheck() {}

  static List<Diagnostic> find(FactSet facts, Positions positions) {
    List<Diagnostic> found = new ArrayList<>();
    found.addAll(cycles(Section.COMPANIES, facts, c -> c.parent(), "parent", "is owned by",
        "ownership cycle", "a company cannot own, through its parents, the company that owns it",
        positions));
    found.addAll(cycles(Section.INVESTMENTS, facts, i -> i.supersedes(), "supersedes",
        "supersedes", "supersession cycle",
        "an investment cannot replace one that replaces it; each would cancel the other",
        positions));
    found.addAll(cycles(Section.SUPPLY_DEALS, facts, d -> d.supersedes(), "supersedes",
        "supersedes", "supersession cycle",
        "a supply deal cannot replace one that replaces it; each would cancel the other",
        positions));
    found.addAll(cycles(Section.STAKES, facts, s -> s.supersedes(), "supersedes",
        "supersedes", "supersession cycle",
        "a stake cannot replace one that replaces it; each would cancel the other",
        positions));
    return found;
  }

  /**
   * @param next the id the fact points to, or null; at most one per fact, so every strongly
   *     connected set of more than one fact is exactly one circle
   */
  private static <T> List<Diagnostic> cycles(Section<T> section, FactSet facts,
      Function<T, String> next, String field, String verb, String what, String why,
      Positions positions) {
    Map<String, T> byId = new HashMap<>();
    Graph<String, DefaultEdge> graph = new DefaultDirectedGraph<>(DefaultEdge.class);
    for (T fact : section.inFacts().apply(facts)) {
      String id = section.key().apply(fact);
      String target = next.apply(fact);
      // A duplicate id is reported elsewhere; the first fact with it stands for it here.
      if (target != null && !target.equals(id) && byId.putIfAbsent(id, fact) == null) {
        graph.addVertex(id);
        graph.addVertex(target);
        graph.addEdge(id, target);
      }
    }
    if (graph.edgeSet().isEmpty()) {
      return List.of();
    }
    List<Diagnostic> found = new ArrayList<>();
    for (Set<String> component : new GabowStrongConnectivityInspector<>(graph).stronglyConnectedSets()) {
      if (component.size() < 2) {
        continue;
      }
      // Told from the member written first, so that the message starts where the reader is.
      // Ties (facts built in code have no position) go to the one listed first.
      String start = section.inFacts().apply(facts).stream()
          .map(fact -> section.key().apply(fact))
          .filter(component::contains)
          .min(Comparator.comparing(id -> positions.of(byId.get(id), field), Where.ORDER))
          .orElseThrow();
      StringBuilder circle = new StringBuilder();
      String id = start;
      do {
        T fact = byId.get(id);
        String target = next.apply(fact);
        circle.append(circle.length() == 0 ? "" : ", ")
            .append(Messages.quote(id)).append(" (").append(positions.of(fact, field).describe())
            .append(") ").append(verb).append(' ').append(Messages.quote(target));
        id = target;
      } while (!id.equals(start));
      found.add(positions.of(byId.get(start), field).error(
          what + ": " + circle + "; " + why));
    }
    return found;
  }
}
