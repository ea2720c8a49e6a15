package io.loopwatch.graph;

import io.loopwatch.facts.Supersession;
import io.loopwatch.facts.DealStatus;
import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.Investment;
import io.loopwatch.facts.Role;
import io.loopwatch.facts.SupplyDeal;
import io.loopwatch.loops.EdgeKind;
import io.loopwatch.loops.LoopEdge;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The companies and the money links between them, as the loop finder sees them: cancelled deals
 * and deals a later one supersedes are left out, because they no longer move money.
 */
public record DealNetwork(List<NetworkNode> nodes, List<NetworkEdge> edges) {

  public DealNetwork {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  public static DealNetwork of(FactSet facts) {
    List<NetworkNode> nodes = facts.companies().stream()
        .map(c -> new NetworkNode(c.id(), c.name(), c.roles().isEmpty() ? Role.INVESTOR : c.roles().get(0)))
        .toList();
    Set<String> superseded = Supersession.replaced(facts);

    Map<String, List<LoopEdge>> grouped = new LinkedHashMap<>();
    Stream.concat(
            facts.investments().stream().filter(Investment::isLive).map(LoopEdge::of),
            facts.supplyDeals().stream().filter(SupplyDeal::isLive).map(LoopEdge::of))
        .filter(e -> !superseded.contains(e.factId()))
        .forEach(e -> grouped.computeIfAbsent(NetworkEdge.id(e.from(), e.to(), e.kind().label()),
            k -> new ArrayList<>()).add(e));
    List<NetworkEdge> edges = grouped.values().stream().map(DealNetwork::edge)
        .sorted(Comparator.comparing(NetworkEdge::id)).toList();
    return new DealNetwork(nodes, edges);
  }

  /** Only the companies given and the edges among them, for a picture of one loop. */
  public DealNetwork restrictedTo(Set<String> companies) {
    return new DealNetwork(
        nodes.stream().filter(n -> companies.contains(n.id())).toList(),
        edges.stream().filter(e -> companies.contains(e.from()) && companies.contains(e.to())).toList());
  }

  public String nameOf(String companyId) {
    return nodes.stream().filter(n -> n.id().equals(companyId)).map(NetworkNode::name).findFirst().orElse(companyId);
  }

  private static NetworkEdge edge(List<LoopEdge> deals) {
    LoopEdge first = deals.get(0);
    BigDecimal amount = deals.stream().anyMatch(LoopEdge::isDisclosed)
        ? deals.stream().filter(LoopEdge::isDisclosed).map(LoopEdge::amountUsd).reduce(BigDecimal.ZERO, BigDecimal::add)
        : null;
    DealStatus strongest = deals.stream().map(LoopEdge::status)
        .max(Comparator.comparingDouble(DealStatus::bindingWeight)).orElseThrow();
    EdgeKind kind = first.kind();
    return new NetworkEdge(first.from(), first.to(), kind,
        deals.stream().map(LoopEdge::factId).sorted().toList(), amount,
        (int) deals.stream().filter(d -> !d.isDisclosed()).count(), strongest);
  }
}
