package io.loopwatch.derived;

import io.loopwatch.facts.Deal;
import java.util.Objects;

/**
 * A deal no longer in force because a live deal replaces it ({@code supersedes}). A deal is in
 * force when it is live and {@code not Superseded( id == $deal.id )}.
 *
 * @param id the replaced deal's id
 * @param replacement the live deal that replaces it (the smallest id, if several do)
 * @param replaced the replaced deal, or null when it is not among the facts
 */
public record Superseded(String id, Deal replacement, Deal replaced) implements Derived {

  public Superseded {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(replacement, "replacement");
  }

  @Override
  public String key() {
    return "superseded:" + id;
  }

  /**
   * By what it is about, which equal superseded deals share: Drools hashes the facts it matches (a {@code from}
   * keeps them by hash), and a record's own hash would walk every deal each time.
   */
  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
