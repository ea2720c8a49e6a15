package io.loopwatch;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One deal on a loop's path, in the order money travels.
 *
 * @param kind {@code investment} or {@code supply}
 * @param amountUsd {@code null} where the amount was not disclosed
 * @param status the deal status label, e.g. {@code loi}
 * @param detail the instrument of an investment or the product of a supply deal
 */
public record EvidenceStep(
    String from,
    String to,
    String fact,
    String kind,
    BigDecimal amountUsd,
    String status,
    LocalDate announced,
    String detail) {}
