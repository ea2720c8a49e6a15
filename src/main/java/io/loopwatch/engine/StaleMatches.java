package io.loopwatch.engine;

import io.loopwatch.facts.Chip;
import io.loopwatch.facts.Deal;
import io.loopwatch.facts.Fact;
import io.loopwatch.facts.Financials;
import io.loopwatch.loops.Loop;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The facts a live session must present to Drools again after a change, because a rule judged
 * them against a collection that the change made grow or shrink in place, and Drools does not
 * judge facts it has already seen again when that happens. Once a rule judges each fact on its own
 * ({@code exists} and {@code not} inside its {@code accumulate}, as vendor-financing-intensity
 * does), its case here can go. What each case stands for:
 *
 * <ul>
 *   <li>A deal that supersedes another (before or after the change): the deal it replaces, which
 *       rules leave out with {@code id not memberOf $replaced} (funded-customer-concentration,
 *       loss-maker-purchase-commitments).
 *   <li>A chip: every other chip, which rival-chip and hyperscaler-own-silicon judge against the
 *       hub's chips.
 *   <li>A loop on which a company with financials sits: the companies on it, which
 *       loss-maker-on-loop collects as partners of the loops it gathered.
 * </ul>
 *
 * Events are never presented again: Drools keeps them in time windows, and an updated event would
 * re-enter a window its date has left.
 */
final class StaleMatches {

  private final Map<String, ?> known;
  /** For a company, the ids of the known facts that name it as a party. */
  private final Map<String, Set<String>> byParty = new HashMap<>();

  /** @param known the facts in Drools, by id; read, not copied */
  StaleMatches(Map<String, ?> known) {
    this.known = known;
  }

  void added(String id, Fact fact) {
    fact.parties().forEach(party -> byParty.computeIfAbsent(party, k -> new HashSet<>()).add(id));
  }

  void removed(String id, Fact fact) {
    for (String party : fact.parties()) {
      Set<String> ids = byParty.get(party);
      if (ids != null && ids.remove(id) && ids.isEmpty()) {
        byParty.remove(party);
      }
    }
  }

  /** Adds to {@code stale} what a change of one fact from {@code before} to {@code after} (either may be null) makes stale. */
  void afterChange(Fact before, Fact after, Set<String> stale) {
    if (before != null && after != null && gathersTheSame(before, after)) {
      return;
    }
    for (Fact version : new Fact[] {before, after}) {
      if (version instanceof Deal d && d.supersedes() != null) {
        stale.add(d.supersedes());
      } else if (version instanceof Chip) {
        known.forEach((id, fact) -> {
          if (fact instanceof Chip) {
            stale.add(id);
          }
        });
      }
    }
  }

  /**
   * True when a change alters nothing the gathered sets read (what a deal supersedes, and whether
   * it is live), so that no set grows or shrinks: an amount changed on a deal costs no
   * re-presentation.
   */
  private static boolean gathersTheSame(Fact before, Fact after) {
    return before instanceof Deal b && after instanceof Deal a && b.getClass() == a.getClass()
        && b.status() == a.status() && Objects.equals(b.supersedes(), a.supersedes());
  }

  /** Adds to {@code stale} what a loop that came, changed or went makes stale. */
  void afterLoopChange(Loop loop, Set<String> stale) {
    boolean withFinancials = loop.companies().stream().anyMatch(c ->
        byParty.getOrDefault(c, Set.of()).stream().anyMatch(id -> known.get(id) instanceof Financials));
    if (withFinancials) {
      stale.addAll(loop.companies());
    }
  }
}
