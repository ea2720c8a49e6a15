package io.loopwatch.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Money (or its promise) going from an investor to an investee.
 *
 * @param amountUsd the amount, {@code null} where the sources do not disclose it (a fact file says
 *     so with {@code disclosed: false}); never read as zero, see {@link #amount()}
 * @param expectedClose optional date by which the deal was expected to bind
 * @param supersedes optional id of an earlier investment this one replaces (a pledge re-cut to a
 *     smaller signed amount); the replaced one no longer counts as a link
 * @param note optional analyst remark
 */
public record Investment(
    String id,
    String investor,
    String investee,
    BigDecimal amountUsd,
    Instrument instrument,
    DealStatus status,
    LocalDate announced,
    LocalDate expectedClose,
    String supersedes,
    String note,
    List<Source> sources)
    implements Deal {

  public Investment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(investor, "investor");
    Objects.requireNonNull(investee, "investee");
    Objects.requireNonNull(instrument, "instrument");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(announced, "announced");
    sources = List.copyOf(sources);
  }

  @Override
  public Optional<LocalDate> knownFrom() {
    return Optional.of(announced);
  }

  @Override
  public List<String> parties() {
    return List.of(investor, investee);
  }

  /** The investor. */
  @Override
  public String from() {
    return investor;
  }

  /** The investee. */
  @Override
  public String to() {
    return investee;
  }

  /** The amount, empty where it was not disclosed. */
  public Optional<BigDecimal> amount() {
    return Optional.ofNullable(amountUsd);
  }

  /** True when the amount is public. */
  public boolean isDisclosed() {
    return amountUsd != null;
  }

  public boolean isBinding() {
    return status.isBinding();
  }

  @Override
  public boolean isLive() {
    return status.isLive();
  }

  public boolean isPledge() {
    return status.isPledge();
  }

  /**
   * By id alone, which equal facts share: Drools hashes the facts it matches, and a record's own
   * hash would walk every field, sources included, each time.
   */
  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
