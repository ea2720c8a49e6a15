package io.loopwatch.loops;

import io.loopwatch.facts.Deal;
import io.loopwatch.facts.Fact;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The money loops of a set of deals that changes one deal at a time: what {@link LoopFinder#find}
 * gives for the same deals, kept up to date without searching the whole network again.
 *
 * <p>The links are those of {@link LoopFinder}: each live investment and supply deal, in the
 * direction money flows, unless a live deal supersedes it or it links a company to itself. A
 * change to one deal touches at most three links (the deal's own, and the deals its old and new
 * versions supersede), so only the loops through those company pairs can change: loops through a
 * pair that lost its last deal go, loops through a pair whose deals changed are rebuilt, and a
 * pair that gains its first deal is searched for new loops by a bounded walk from its target back
 * to its source. With {@code d} links per company that walk costs about {@code d^(maxLength-3)}
 * steps, each closed by meeting the companies that pay the source (kept as a reverse index), not a
 * search of the network.
 *
 * <p>Not thread-safe.
 */
public final class LoopIndex {

  private final int maxLength;
  /** Every investment and supply deal given, by id. */
  private final Map<String, Deal> deals = new HashMap<>();
  /** For a deal id, the live deals that say they supersede it. */
  private final Map<String, Set<String>> supersededBy = new HashMap<>();
  /** The deals that are links now, by id. */
  private final Map<String, LoopEdge> edges = new HashMap<>();
  /** The links between two companies, ordered by deal id as {@link LoopFinder} orders them. */
  private final Map<CompanyPair, TreeMap<String, LoopEdge>> edgesByPair = new HashMap<>();
  private final Map<String, Set<String>> payees = new HashMap<>();
  /** The reverse of {@link #payees}: for each company, the companies that pay it. */
  private final Map<String, Set<String>> payers = new HashMap<>();
  private final Map<String, Loop> loops = new TreeMap<>();
  private final Map<CompanyPair, Set<String>> loopsThrough = new HashMap<>();

  public LoopIndex(int maxLength) {
    if (maxLength < 2) {
      throw new IllegalArgumentException("maxLength must be at least 2, was " + maxLength);
    }
    this.maxLength = maxLength;
  }

  /**
   * Adds a deal, or replaces the deal with its id; anything but an investment or a supply deal is
   * ignored. Returns the keys of the loops that appeared, changed or went.
   */
  public Set<String> put(Fact fact) {
    if (!(fact instanceof Deal deal)) {
      return Set.of();
    }
    String id = deal.id();
    Set<String> touched = new LinkedHashSet<>();
    touched.add(id);
    forget(deals.put(id, deal), touched);
    String replaced = deal.supersedes();
    if (replaced != null && deal.isLive()) {
      supersededBy.computeIfAbsent(replaced, k -> new HashSet<>()).add(id);
      touched.add(replaced);
    }
    return relink(touched);
  }

  /**
   * Adds or replaces many facts at once, as {@link #put} does one by one, with the same loops after.
   * A large batch links every deal first and then searches the whole network once: one search
   * finds each loop once, where searching from every newly linked pair finds a loop once per pair
   * and walks the same paths again and again (a 100,000-deal batch took seconds that way).
   */
  public Set<String> putAll(Collection<? extends Fact> facts) {
    if (facts.size() < WHOLE_SEARCH_BATCH) {
      Set<String> changed = new LinkedHashSet<>();
      facts.forEach(fact -> changed.addAll(put(fact)));
      return changed;
    }
    Set<String> touched = new LinkedHashSet<>();
    for (Fact fact : facts) {
      if (fact instanceof Deal deal) {
        touched.add(deal.id());
        forget(deals.put(deal.id(), deal), touched);
        if (deal.supersedes() != null && deal.isLive()) {
          supersededBy.computeIfAbsent(deal.supersedes(), k -> new HashSet<>()).add(deal.id());
          touched.add(deal.supersedes());
        }
      }
    }
    Set<String> changed = new LinkedHashSet<>();
    if (relinkOnly(touched, changed)) {
      findAllLoops(changed);
    }
    return changed;
  }

  /** Removes the deal with this id, if there is one; returns the keys of the loops that changed or went. */
  public Set<String> remove(String id) {
    Deal old = deals.remove(id);
    if (old == null) {
      return Set.of();
    }
    Set<String> touched = new LinkedHashSet<>();
    touched.add(id);
    forget(old, touched);
    return relink(touched);
  }

  /** The loop with this key, if there is one now. */
  public Optional<Loop> loop(String key) {
    return Optional.ofNullable(loops.get(key));
  }

  /** Every loop, ordered by key. */
  public List<Loop> loops() {
    return List.copyOf(loops.values());
  }

  /** Undoes what an older version of a deal said it superseded. */
  private void forget(Deal old, Set<String> touched) {
    String replaced = old == null ? null : old.supersedes();
    if (replaced != null && supersededBy.containsKey(replaced)) {
      Set<String> by = supersededBy.get(replaced);
      by.remove(old.id());
      if (by.isEmpty()) {
        supersededBy.remove(replaced);
      }
      touched.add(replaced);
    }
  }

  /** Below this many facts, a batch is put one by one: a whole search costs more than a few local ones. */
  private static final int WHOLE_SEARCH_BATCH = 1_000;

  /**
   * Brings the links of the touched deals up to date and the loops already known with them; true
   * when some pair of companies gained its first link, so that new loops may close.
   */
  private boolean relinkOnly(Set<String> touched, Set<String> changed) {
    Map<CompanyPair, Boolean> linkedBefore = linkTouched(touched);
    linkedBefore.keySet().forEach(pair -> refreshLoopsThrough(pair, changed));
    return linkedBefore.entrySet().stream().anyMatch(e -> !e.getValue() && edgesByPair.containsKey(e.getKey()));
  }

  /** Every loop in the network, searched once from scratch; those not known yet are added. */
  private void findAllLoops(Set<String> changed) {
    String[] companies = edgesByPair.keySet().stream()
        .flatMap(pair -> Stream.of(pair.from(), pair.to()))
        .distinct().sorted().toArray(String[]::new);
    Map<String, Integer> rank = new HashMap<>();
    for (int i = 0; i < companies.length; i++) {
      rank.put(companies[i], i);
    }
    long[] links = edgesByPair.keySet().stream()
        .mapToLong(pair -> ((long) rank.get(pair.from()) << 32) | rank.get(pair.to()))
        .sorted().toArray();
    for (int[] cycle : new BoundedCycleSearch(companies.length, links, maxLength).cycles()) {
      List<String> members = new ArrayList<>(cycle.length);
      for (int company : cycle) {
        members.add(companies[company]);
      }
      Loop loop = build(members);
      if (!loops.containsKey(loop.key())) {
        add(loop);
        changed.add(loop.key());
      }
    }
  }

  /** Brings the links of the touched deals up to date, then the loops through the pairs they link. */
  private Set<String> relink(Set<String> touched) {
    Map<CompanyPair, Boolean> linkedBefore = linkTouched(touched);
    Set<String> changed = new LinkedHashSet<>();
    linkedBefore.keySet().forEach(pair -> refreshLoopsThrough(pair, changed));
    linkedBefore.forEach((pair, wasLinked) -> {
      if (!wasLinked && edgesByPair.containsKey(pair)) {
        findLoopsThrough(pair, changed);
      }
    });
    return changed;
  }

  /** Moves the touched deals' links to where they are now; for each pair touched, whether it was linked before. */
  private Map<CompanyPair, Boolean> linkTouched(Set<String> touched) {
    Map<CompanyPair, Boolean> linkedBefore = new LinkedHashMap<>();
    for (String id : touched) {
      LoopEdge now = edgeOf(id);
      LoopEdge was = edges.get(id);
      if (now == null ? was == null : now.equals(was)) {
        continue;
      }
      if (was != null) {
        CompanyPair pair = CompanyPair.of(was);
        linkedBefore.putIfAbsent(pair, true);
        unlink(pair, was);
      }
      if (now != null) {
        CompanyPair pair = CompanyPair.of(now);
        linkedBefore.putIfAbsent(pair, edgesByPair.containsKey(pair));
        link(pair, now);
      }
    }
    return linkedBefore;
  }

  /** The link a deal makes now, or null: not a deal, not live, superseded, or a company paying itself. */
  private LoopEdge edgeOf(String id) {
    Deal deal = deals.get(id);
    if (deal == null || !deal.isLive() || supersededBy.containsKey(id)) {
      return null;
    }
    LoopEdge edge = LoopEdge.of(deal);
    return edge.from().equals(edge.to()) ? null : edge;
  }

  private void link(CompanyPair pair, LoopEdge edge) {
    edges.put(edge.factId(), edge);
    edgesByPair.computeIfAbsent(pair, k -> new TreeMap<>()).put(edge.factId(), edge);
    payees.computeIfAbsent(pair.from(), k -> new HashSet<>()).add(pair.to());
    payers.computeIfAbsent(pair.to(), k -> new HashSet<>()).add(pair.from());
  }

  private void unlink(CompanyPair pair, LoopEdge edge) {
    edges.remove(edge.factId());
    TreeMap<String, LoopEdge> between = edgesByPair.get(pair);
    between.remove(edge.factId());
    if (between.isEmpty()) {
      edgesByPair.remove(pair);
      Set<String> to = payees.get(pair.from());
      to.remove(pair.to());
      if (to.isEmpty()) {
        payees.remove(pair.from());
      }
      Set<String> from = payers.get(pair.to());
      from.remove(pair.from());
      if (from.isEmpty()) {
        payers.remove(pair.to());
      }
    }
  }

  /** Loops through a pair whose deals changed: gone if the pair no longer links, else rebuilt. */
  private void refreshLoopsThrough(CompanyPair pair, Set<String> changed) {
    for (String key : List.copyOf(loopsThrough.getOrDefault(pair, Set.of()))) {
      Loop old = loops.get(key);
      if (!pairsOf(old.companies()).stream().allMatch(edgesByPair::containsKey)) {
        drop(old);
        changed.add(key);
      } else {
        Loop rebuilt = build(old.companies());
        if (!rebuilt.equals(old)) {
          loops.put(key, rebuilt);
          changed.add(key);
        }
      }
    }
  }

  /**
   * A pair that just gained its first link closes every simple path from its target back to its
   * source of at most {@code maxLength - 1} steps. The last step is a lookup, not a walk.
   */
  private void findLoopsThrough(CompanyPair pair, Set<String> changed) {
    List<String> path = new ArrayList<>(maxLength);
    path.add(pair.from());
    path.add(pair.to());
    extend(path, changed);
  }

  private void extend(List<String> path, Set<String> changed) {
    String start = path.get(0);
    String last = path.get(path.size() - 1);
    Set<String> next = payees.getOrDefault(last, Set.of());
    if (next.contains(start)) {
      Loop loop = build(path);
      if (!loops.containsKey(loop.key())) {
        add(loop);
        changed.add(loop.key());
      }
    }
    if (path.size() == maxLength) {
      return;
    }
    if (path.size() == maxLength - 1) {
      closeLastStep(path, next, changed);
      return;
    }
    for (String company : next) {
      if (!path.contains(company)) {
        path.add(company);
        extend(path, changed);
        path.remove(path.size() - 1);
      }
    }
  }

  /**
   * The last company of a loop is one the path's end pays and that pays its start: the smaller of
   * the two sets is walked and the other asked, so that a vendor paid by thousands costs a few
   * lookups rather than one for each of them. The same loops, in the same order of discovery up to
   * the order of a hash set, as extending the path by each payee in turn.
   */
  private void closeLastStep(List<String> path, Set<String> next, Set<String> changed) {
    Set<String> payingStart = payers.getOrDefault(path.get(0), Set.of());
    Set<String> walked = next.size() <= payingStart.size() ? next : payingStart;
    Set<String> asked = walked == next ? payingStart : next;
    for (String company : walked) {
      if (asked.contains(company) && !path.contains(company)) {
        path.add(company);
        Loop loop = build(path);
        if (!loops.containsKey(loop.key())) {
          add(loop);
          changed.add(loop.key());
        }
        path.remove(path.size() - 1);
      }
    }
  }

  private void add(Loop loop) {
    loops.put(loop.key(), loop);
    pairsOf(loop.companies()).forEach(pair -> loopsThrough.computeIfAbsent(pair, k -> new HashSet<>()).add(loop.key()));
  }

  private void drop(Loop loop) {
    loops.remove(loop.key());
    for (CompanyPair pair : pairsOf(loop.companies())) {
      Set<String> keys = loopsThrough.get(pair);
      keys.remove(loop.key());
      if (keys.isEmpty()) {
        loopsThrough.remove(pair);
      }
    }
  }

  /** The loop through these companies in this order, started at the smallest id as {@link Loop#key()} expects. */
  private Loop build(List<String> cycle) {
    int start = 0;
    for (int i = 1; i < cycle.size(); i++) {
      if (cycle.get(i).compareTo(cycle.get(start)) < 0) {
        start = i;
      }
    }
    List<String> companies = new ArrayList<>(cycle.size());
    for (int i = 0; i < cycle.size(); i++) {
      companies.add(cycle.get((start + i) % cycle.size()));
    }
    List<LoopLink> links = new ArrayList<>(companies.size());
    for (CompanyPair pair : pairsOf(companies)) {
      links.add(new LoopLink(pair.from(), pair.to(), List.copyOf(edgesByPair.get(pair).values())));
    }
    return new Loop(companies, links);
  }

  private static List<CompanyPair> pairsOf(List<String> companies) {
    List<CompanyPair> pairs = new ArrayList<>(companies.size());
    for (int i = 0; i < companies.size(); i++) {
      pairs.add(new CompanyPair(companies.get(i), companies.get((i + 1) % companies.size())));
    }
    return pairs;
  }

  /** Money goes from one company to another. */
  private record CompanyPair(String from, String to) {
    static CompanyPair of(LoopEdge edge) {
      return new CompanyPair(edge.from(), edge.to());
    }
  }
}
