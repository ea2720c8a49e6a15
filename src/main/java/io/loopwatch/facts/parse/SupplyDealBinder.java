package io.loopwatch.facts.parse;

import io.loopwatch.facts.DealStatus;
import io.loopwatch.facts.Product;
import io.loopwatch.facts.Source;
import io.loopwatch.facts.SupplyDeal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Reads a supply deal. Many are announced without an amount; those say {@code disclosed: false}. */
final class SupplyDealBinder {

  private SupplyDealBinder() {}

  static SupplyDeal bind(Fields in) {
    String id = in.id("id");
    String buyer = in.text("buyer");
    String supplier = in.text("supplier");
    Product product = in.choice("product", Product.class);
    // Ids of chips, which may be written in another file: checked with every other reference.
    List<String> chips = in.optionalList("chips", "chip ids", Values::text);
    BigDecimal amountUsd = in.disclosable("amountUsd", Units::usd);
    BigDecimal capacityGw = in.optional("capacityGw", Units::gigawatts);
    DealStatus status = in.choice("status", DealStatus.class);
    LocalDate announced = in.date("announced");
    LocalDate expectedClose = in.optionalDate("expectedClose");
    String supersedes = in.optionalText("supersedes");
    String note = in.optionalText("note");
    List<Source> sources = in.sources(true);
    if (!in.complete()) {
      return null;
    }
    return new SupplyDeal(id, buyer, supplier, product, chips, amountUsd, capacityGw, status, announced,
        expectedClose, supersedes, note, sources);
  }
}
