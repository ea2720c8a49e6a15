package io.loopwatch.rules;

import io.loopwatch.derived.ChipRivals;
import io.loopwatch.derived.Purchases;
import io.loopwatch.facts.Chip;
import io.loopwatch.facts.SupplyDeal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** How alert messages describe chips. */
public final class Chips {

  private Chips() {}

  /**
   * The rival's chips in id order, each with its kind, status and the workloads it shares with
   * the vendor's chips: {@code TPU v7 Ironwood (ASIC, available, for training and inference)}.
   */
  public static String describe(ChipRivals rivals) {
    return rivals.chips().stream()
        .map(chip -> chip.name() + " (" + chip.kind().label() + ", " + chip.status().label() + ", for "
            + String.join(" and ", chip.sharedWorkloads(rivals.vendorChips())) + ")")
        .collect(Collectors.joining("; "));
  }

  /**
   * Whose chips these purchases buy instead of {@code vendor}'s, for a message: the suppliers that
   * sell their own chips by name (in id order), then, for a supplier that sells another's chips or
   * capacity on them (named in the deal), those chips' vendors and through whom: {@code Amazon
   * (AWS) and Google (Alphabet) chips through Broadcom}.
   *
   * @param purchases each already narrowed to the deals that buy a rival's chips ({@link
   *     Purchases#awayFrom}): a deal that names no chips counts for its supplier
   */
  public static String rivalSellers(List<Purchases> purchases, String vendor) {
    TreeSet<String> direct = new TreeSet<>();
    List<String> through = new ArrayList<>();
    for (Purchases bought : purchases) {
      TreeSet<String> others = new TreeSet<>();
      for (SupplyDeal deal : bought.deals()) {
        List<Chip> named = bought.chipsOf(deal);
        if (named.isEmpty()) {
          direct.add(bought.supplier());
        }
        for (Chip chip : named) {
          if (chip.vendor().equals(bought.supplier())) {
            direct.add(bought.supplier());
          } else if (!chip.vendor().equals(vendor)) {
            others.add(chip.vendor());
          }
        }
      }
      if (!others.isEmpty()) {
        through.add(Names.sorted(others, ", ") + " chips through " + Names.of(bought.supplier()));
      }
    }
    List<String> sellers = new ArrayList<>();
    direct.forEach(supplier -> sellers.add(Names.of(supplier)));
    sellers.addAll(through);
    return Names.english(sellers);
  }
}
