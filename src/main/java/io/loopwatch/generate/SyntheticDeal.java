package io.loopwatch.generate;

import io.loopwatch.facts.DealStatus;
import io.loopwatch.facts.Instrument;
import io.loopwatch.facts.Product;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A generated investment ({@code instrument} set) or supply deal ({@code product} set), with money
 * flowing from company {@code from} to company {@code to} (network indices).
 *
 * @param serial creation order; {@code supersedes} refers to another deal's serial, or is -1
 * @param amountUsd exact dollars, or -1 where the deal's amount was not disclosed
 * @param capacityGw null unless given
 * @param expectedClose null unless given
 * @param secondPublisher -1 when the deal has one source
 */
record SyntheticDeal(
    int serial,
    int from,
    int to,
    Instrument instrument,
    Product product,
    long amountUsd,
    BigDecimal capacityGw,
    DealStatus status,
    LocalDate announced,
    LocalDate expectedClose,
    int supersedes,
    int publisher,
    int secondPublisher,
    int sourceLagDays) {

  boolean isInvestment() {
    return instrument != null;
  }

  boolean isLive() {
    return status.isLive();
  }

  boolean isDisclosed() {
    return amountUsd >= 0;
  }
}
