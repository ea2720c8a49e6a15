package io.loopwatch.derived;

import io.loopwatch.loops.Loop;
import java.util.List;
import java.util.Objects;

/**
 * A company on at least one loop that some vendor finances (a loop with hubs): what a gap in its
 * funding would reach.
 *
 * @param loops those loops, by key
 * @param partners every other company on them, in id order
 */
public record LoopMember(String company, List<Loop> loops, List<String> partners) implements Derived {

  public LoopMember {
    Objects.requireNonNull(company, "company");
    loops = List.copyOf(loops);
    partners = List.copyOf(partners);
  }

  @Override
  public String key() {
    return "loop-member:" + company;
  }

  /**
   * By what it is about, which equal loop members share: Drools hashes the facts it matches (a {@code from}
   * keeps them by hash), and a record's own hash would walk every deal each time.
   */
  @Override
  public int hashCode() {
    return company.hashCode();
  }
}
