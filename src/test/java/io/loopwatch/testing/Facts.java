package io.loopwatch.testing;

import io.loopwatch.facts.Chip;
import io.loopwatch.facts.ChipKind;
import io.loopwatch.facts.ChipStatus;
import io.loopwatch.facts.Company;
import io.loopwatch.facts.DealStatus;
import io.loopwatch.facts.Event;
import io.loopwatch.facts.EventKind;
import io.loopwatch.facts.Financials;
import io.loopwatch.facts.Instrument;
import io.loopwatch.facts.Investment;
import io.loopwatch.facts.Product;
import io.loopwatch.facts.Role;
import io.loopwatch.facts.Source;
import io.loopwatch.facts.SupplyDeal;
import io.loopwatch.facts.Workload;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Small, readable fact constructors for tests: {@code invest("nvidia", "openai", "100e9")}. */
public final class Facts {

  public static final LocalDate DAY = LocalDate.parse("2026-01-15");
  public static final List<Source> SOURCE = List.of(new Source("Test Wire", DAY, null));

  private Facts() {}

  public static BigDecimal usd(String amount) {
    return amount == null ? null : new BigDecimal(amount);
  }

  public static Company company(String id, Role... roles) {
    return new Company(id, Character.toUpperCase(id.charAt(0)) + id.substring(1), List.of(roles), "US", null, List.of());
  }

  public static Investment invest(String investor, String investee, String amount) {
    return invest(investor + "-invests-" + investee, investor, investee, amount, DealStatus.SIGNED);
  }

  public static Investment invest(String id, String investor, String investee, String amount, DealStatus status) {
    return invest(id, investor, investee, amount, status, Instrument.EQUITY);
  }

  public static Investment invest(
      String id, String investor, String investee, String amount, DealStatus status, Instrument instrument) {
    return new Investment(id, investor, investee, usd(amount), instrument, status, DAY, null, null, null, SOURCE);
  }

  /** An equity investment announced on a given day and expected to close on another (null for none). */
  public static Investment pledge(String id, String investor, String investee, String amount, DealStatus status,
      LocalDate announced, LocalDate expectedClose) {
    return new Investment(id, investor, investee, usd(amount), Instrument.EQUITY, status, announced, expectedClose,
        null, null, SOURCE);
  }

  /** An equity investment that replaces an earlier one, as a signed deal replaces a letter of intent. */
  public static Investment replacement(String id, String supersedes, String investor, String investee, String amount,
      DealStatus status) {
    return new Investment(id, investor, investee, usd(amount), Instrument.EQUITY, status, DAY, null, supersedes, null,
        SOURCE);
  }

  public static SupplyDeal buy(String buyer, String supplier, String amount) {
    return buy(buyer + "-buys-from-" + supplier, buyer, supplier, Product.GPU, amount, DealStatus.SIGNED);
  }

  public static SupplyDeal buy(String id, String buyer, String supplier, Product product, String amount, DealStatus status) {
    return new SupplyDeal(id, buyer, supplier, product, usd(amount), null, status, DAY, null, null, null, SOURCE);
  }

  /** A purchase that also states the power capacity it covers; amount may be null (undisclosed). */
  public static SupplyDeal buyGw(String id, String buyer, String supplier, Product product, String amount, String gw,
      DealStatus status) {
    return new SupplyDeal(id, buyer, supplier, product, usd(amount), usd(gw), status, DAY, null, null, null, SOURCE);
  }

  /** A GPU purchase that replaces an earlier supply deal. */
  public static SupplyDeal replacementPurchase(String id, String supersedes, String buyer, String supplier,
      String amount) {
    return new SupplyDeal(id, buyer, supplier, Product.GPU, usd(amount), null, DealStatus.SIGNED, DAY, null,
        supersedes, null, SOURCE);
  }

  public static Chip chip(String id, String vendor, ChipKind kind, ChipStatus status, Workload... workloads) {
    return new Chip(id, vendor, id, kind, List.of(workloads), status, DAY, null, SOURCE);
  }

  public static Financials financials(String company, String revenue, String netIncome, String commitments) {
    return financials(company, "2025", revenue, netIncome, commitments);
  }

  public static Financials financials(
      String company, String period, String revenue, String netIncome, String commitments) {
    return new Financials(company, period, usd(revenue), usd(netIncome), usd(commitments), null, SOURCE);
  }

  public static Event event(String id, EventKind kind, String subject, LocalDate date) {
    return new Event(id, date, kind, subject, null, SOURCE);
  }
}
