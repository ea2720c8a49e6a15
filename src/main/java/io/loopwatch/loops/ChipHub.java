package io.loopwatch.loops;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A vendor whose chips close at least one money loop: one of some loop's {@link Loop#chipHubs()}.
 * The engine inserts one beside the loops for each such vendor, so that a rule asks "do this
 * vendor's chip sales close a loop?" as {@code exists ChipHub( company == $vendor.id )}, a join
 * Drools answers from an index. The same question put to the loops ({@code exists Loop( chipHubs
 * contains $vendor.id )}) tests every loop against every vendor: seconds on a million deals.
 */
public record ChipHub(String company) {

  public ChipHub {
    Objects.requireNonNull(company, "company");
  }

  /** One per vendor that is a chip hub of any of the loops, ordered by company id. */
  public static List<ChipHub> of(Collection<Loop> loops) {
    TreeSet<String> companies = new TreeSet<>();
    loops.forEach(loop -> companies.addAll(loop.chipHubs()));
    return companies.stream().map(ChipHub::new).toList();
  }
}
