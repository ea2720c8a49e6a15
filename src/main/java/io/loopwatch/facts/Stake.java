package io.loopwatch.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How much of a company a holder owns on a date: a share of its equity, not money moving. A stake
 * changes without any new investment (a recapitalisation dilutes or converts holdings), so it is a
 * fact of its own rather than an {@link Investment}: it adds no link to any loop of money and no
 * amount to any sum. Rules read it to weigh ownership, as circular shareholding is weighed by the
 * stakes on the loop.
 *
 * @param holder the company that holds the stake
 * @param company the company held
 * @param percent the share of the company held, 0 to 100 (0 once the holder has sold out)
 * @param asOf the day the holding was reached or reported; the stake counts from it
 * @param status how firm the holding is: {@code reported} by the news, {@code closed} once
 *     completed or filed; {@code cancelled} for a change that did not happen
 * @param supersedes optional id of an earlier stake of the same holder in the same company that
 *     this one replaces
 * @param note optional analyst remark
 */
public record Stake(
    String id,
    String holder,
    String company,
    BigDecimal percent,
    LocalDate asOf,
    DealStatus status,
    String supersedes,
    String note,
    List<Source> sources)
    implements Fact {

  public Stake {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(company, "company");
    Objects.requireNonNull(percent, "percent");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(status, "status");
    sources = List.copyOf(sources);
  }

  @Override
  public Optional<LocalDate> knownFrom() {
    return Optional.of(asOf);
  }

  /** The holder and the company held. */
  @Override
  public List<String> parties() {
    return List.of(holder, company);
  }

  /** True unless the change was cancelled. */
  public boolean isLive() {
    return status.isLive();
  }

  /** The share as a fraction, 0 to 1, for {@code Money.percent}. */
  public double share() {
    return percent.doubleValue() / 100;
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
