package io.loopwatch.session;

import io.loopwatch.facts.Fact;
import io.loopwatch.facts.Chip;
import io.loopwatch.facts.ChipAccess;
import io.loopwatch.facts.ChipStatus;
import io.loopwatch.facts.Company;
import io.loopwatch.facts.DealStatus;
import io.loopwatch.facts.Event;
import io.loopwatch.facts.EventKind;
import io.loopwatch.facts.ExportControl;
import io.loopwatch.facts.Financials;
import io.loopwatch.facts.Investment;
import io.loopwatch.facts.Product;
import io.loopwatch.facts.Role;
import io.loopwatch.facts.Source;
import io.loopwatch.facts.Stake;
import io.loopwatch.facts.SupplyDeal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Changes for the session property to try, chosen by a number: new versions of a fact (the ones
 * the news brings, and ones that break the facts: a reference to nothing or to a fact of the wrong
 * kind, a circle of {@code supersedes} or {@code parent}), and new facts that {@code evaluate}
 * refuses. Whether a change is valid is for the validator to say, not for this class.
 */
final class Mutations {

  private static final List<Source> SOURCE = List.of(new Source("Property", LocalDate.parse("2025-06-01"), null));

  private Mutations() {}

  /**
   * A new version of a fact, with the same id and kind. One in five is the same values again (as
   * a feed that sends a fact twice), which makes Drools match afresh every rule the fact is in.
   */
  static Fact changed(Fact fact, List<String> held, int variant) {
    if (variant % 5 == 0) {
      return copy(fact);
    }
    variant /= 5;
    String other = held.get(variant % held.size());
    if (fact instanceof Investment i) {
      return switch (variant % 7) {
        // Tripled, or no longer disclosed; an undisclosed amount becomes known.
        case 0 -> investment(i, i.investor(), i.investee(), i.amountUsd() == null ? BigDecimal.valueOf(3_000_000_000L)
            : variant / 7 % 2 == 0 ? i.amountUsd().multiply(BigDecimal.valueOf(3)) : null, i.status(),
            i.announced(), i.supersedes());
        case 1 -> investment(i, i.investor(), i.investee(), i.amountUsd(), toggled(i.status(), variant / 7),
            i.announced(), i.supersedes());
        case 2 -> investment(i, i.investor(), i.investee(), i.amountUsd(), i.status(), i.announced(), other);
        case 3 -> investment(i, i.investor(), i.investee(), i.amountUsd(), i.status(), i.announced(), null);
        case 4 -> investment(i, i.investee(), i.investor(), i.amountUsd(), i.status(), i.announced(), i.supersedes());
        case 5 -> investment(i, i.investor(), other, i.amountUsd(), i.status(), i.announced(), i.supersedes());
        default -> investment(i, i.investor(), i.investee(), i.amountUsd(), i.status(),
            i.announced().plusDays(variant % 200 - 100), i.supersedes());
      };
    } else if (fact instanceof SupplyDeal d) {
      return switch (variant % 6) {
        case 0 -> deal(d, d.buyer(), d.supplier(), d.amountUsd() == null ? BigDecimal.valueOf(5_000_000_000L) : null,
            d.status(), d.announced(), d.supersedes());
        case 1 -> deal(d, d.buyer(), d.supplier(), d.amountUsd(), toggled(d.status(), variant / 6), d.announced(),
            d.supersedes());
        case 2 -> deal(d, d.supplier(), d.buyer(), d.amountUsd(), d.status(), d.announced(), d.supersedes());
        case 3 -> deal(d, d.buyer(), d.supplier(), d.amountUsd(), d.status(), d.announced(), other);
        case 4 -> deal(d, d.buyer(), other, d.amountUsd(), d.status(), d.announced(), d.supersedes());
        default -> deal(d, d.buyer(), d.supplier(), d.amountUsd(), d.status(),
            d.announced().plusDays(variant % 200 - 100), d.supersedes());
      };
    } else if (fact instanceof Company c) {
      return switch (variant % 4) {
        case 0 -> {
          List<Role> roles = new ArrayList<>(c.roles());
          if (!roles.remove(Role.CHIP_VENDOR)) {
            roles.add(Role.CHIP_VENDOR);
          }
          yield new Company(c.id(), c.name(), roles.isEmpty() ? List.of(Role.AI_LAB) : roles, c.country(), c.parent(),
              c.sources());
        }
        case 1 -> new Company(c.id(), c.name() + " (renamed)", c.roles(), c.country(), c.parent(), c.sources());
        // A move between the two countries chip markets and export controls tell apart.
        case 2 -> new Company(c.id(), c.name(), c.roles(), "CN".equals(c.country()) ? "US" : "CN", c.parent(),
            c.sources());
        default -> new Company(c.id(), c.name(), c.roles(), c.country(), variant % 2 == 0 ? null : other, c.sources());
      };
    } else if (fact instanceof Stake k) {
      return switch (variant % 4) {
        case 0 -> new Stake(k.id(), k.holder(), k.company(), BigDecimal.valueOf(variant % 101), k.asOf(), k.status(),
            k.supersedes(), k.note(), k.sources());
        case 1 -> new Stake(k.id(), k.holder(), k.company(), k.percent(), k.asOf(), toggled(k.status(), variant / 4),
            k.supersedes(), k.note(), k.sources());
        case 2 -> new Stake(k.id(), k.company(), k.holder(), k.percent(), k.asOf(), k.status(), k.supersedes(),
            k.note(), k.sources());
        default -> new Stake(k.id(), k.holder(), other, k.percent(), k.asOf().plusDays(variant % 200 - 100),
            k.status(), k.supersedes(), k.note(), k.sources());
      };
    } else if (fact instanceof Chip c) {
      return switch (variant % 4) {
        case 0 -> new Chip(c.id(), c.vendor(), c.name(), c.kind(), c.workloads(), pick(ChipStatus.values(), variant / 4),
            c.announced(), c.note(), c.sources());
        case 1 -> new Chip(c.id(), other, c.name(), c.kind(), c.workloads(), c.status(), c.announced(), c.note(),
            c.sources());
        // Who can buy it: offered in China only, or not offered at all, or everywhere again.
        case 2 -> new Chip(c.id(), c.vendor(), c.name(), c.kind(), c.workloads(), c.status(), c.announced(),
            c.markets().isEmpty() ? List.of("CN") : List.of(), pick(ChipAccess.values(), variant / 4),
            c.exportControls(), c.note(), c.sources());
        default -> new Chip(c.id(), c.vendor(), c.name(), c.kind(), c.workloads(), c.status(), c.announced(),
            c.markets(), c.access(), c.exportControls().isEmpty()
                ? List.of(new ExportControl(List.of("CN", "MO"), c.announced().plusDays(variant % 400 - 200), null,
                    SOURCE))
                : List.of(), c.note(), c.sources());
      };
    } else if (fact instanceof Financials f) {
      return variant % 2 == 0
          ? new Financials(f.company(), f.period(), f.revenueUsd().multiply(BigDecimal.valueOf(2)), f.netIncomeUsd(),
              f.commitmentsUsd(), f.note(), f.sources())
          : new Financials(f.company(), f.period(), f.revenueUsd(), f.netIncomeUsd().negate(),
              f.commitmentsUsd() == null ? f.revenueUsd().multiply(BigDecimal.TEN) : null, f.note(), f.sources());
    } else if (fact instanceof Event e) {
      return switch (variant % 3) {
        case 0 -> new Event(e.id(), e.date().plusDays(variant % 30 - 15), e.kind(), e.subject(), e.note(), e.sources());
        case 1 -> new Event(e.id(), e.date(), pick(EventKind.values(), variant / 3), e.subject(), e.note(), e.sources());
        default -> new Event(e.id(), e.date(), e.kind(), other, e.note(), e.sources());
      };
    }
    throw new IllegalArgumentException("not a fact: " + fact);
  }

  /**
   * A new fact that the facts held would not take: it names a company nobody holds, repeats an
   * id, supersedes itself, is a deal of a company with itself, has a negative amount or a bad id.
   */
  static Fact invalid(List<String> held, Map<String, Fact> facts, int pick, int variant) {
    String company = facts.values().stream().filter(f -> f instanceof Company).map(f -> ((Company) f).id())
        .skip(held.isEmpty() ? 0 : pick % Math.max(1, held.size())).findFirst().orElse("nobody");
    String id = "x-" + pick;
    return switch (variant % 6) {
      case 0 -> purchase(id, company, "ghost-company", BigDecimal.ONE);
      case 1 -> held.isEmpty() ? purchase(id, company, "ghost-company", BigDecimal.ONE)
          : facts.get(held.get(pick % held.size()));
      case 2 -> new Investment(id, company, "ghost-company", BigDecimal.ONE, io.loopwatch.facts.Instrument.EQUITY,
          DealStatus.SIGNED, LocalDate.parse("2025-06-01"), null, id, null, SOURCE);
      case 3 -> purchase(id, company, company, BigDecimal.ONE);
      case 4 -> purchase(id, company, company.equals("nobody") ? "ghost-company" : company, BigDecimal.valueOf(-5));
      default -> new Company("Bad Id " + pick, "Bad", List.of(Role.AI_LAB), "US", null, SOURCE);
    };
  }

  /** Half the time in and out of force (cancelled, or signed again), else any status. */
  private static DealStatus toggled(DealStatus status, int n) {
    if (n % 2 == 0) {
      return status == DealStatus.CANCELLED ? DealStatus.SIGNED : DealStatus.CANCELLED;
    }
    return pick(DealStatus.values(), n / 2);
  }

  /** The same values in a new record: equal, not the same object. */
  private static Fact copy(Fact fact) {
    if (fact instanceof Investment i) {
      return investment(i, i.investor(), i.investee(), i.amountUsd(), i.status(), i.announced(), i.supersedes());
    } else if (fact instanceof SupplyDeal d) {
      return deal(d, d.buyer(), d.supplier(), d.amountUsd(), d.status(), d.announced(), d.supersedes());
    } else if (fact instanceof Company c) {
      return new Company(c.id(), c.name(), c.roles(), c.country(), c.parent(), c.sources());
    } else if (fact instanceof Stake k) {
      return new Stake(k.id(), k.holder(), k.company(), k.percent(), k.asOf(), k.status(), k.supersedes(), k.note(),
          k.sources());
    } else if (fact instanceof Chip c) {
      return new Chip(c.id(), c.vendor(), c.name(), c.kind(), c.workloads(), c.status(), c.announced(), c.markets(),
          c.access(), c.exportControls(), c.note(), c.sources());
    } else if (fact instanceof Financials f) {
      return new Financials(f.company(), f.period(), f.revenueUsd(), f.netIncomeUsd(), f.commitmentsUsd(), f.note(),
          f.sources());
    } else if (fact instanceof Event e) {
      return new Event(e.id(), e.date(), e.kind(), e.subject(), e.note(), e.sources());
    }
    throw new IllegalArgumentException("not a fact: " + fact);
  }

  private static SupplyDeal purchase(String id, String buyer, String supplier, BigDecimal amount) {
    return new SupplyDeal(id, buyer, supplier, Product.GPU, amount, null, DealStatus.SIGNED, LocalDate.parse("2025-06-01"),
        null, null, null, SOURCE);
  }

  private static Investment investment(Investment i, String investor, String investee, BigDecimal amount,
      DealStatus status, LocalDate announced, String supersedes) {
    return new Investment(i.id(), investor, investee, amount, i.instrument(), status, announced, i.expectedClose(),
        supersedes, i.note(), i.sources());
  }

  private static SupplyDeal deal(SupplyDeal d, String buyer, String supplier, BigDecimal amount, DealStatus status,
      LocalDate announced, String supersedes) {
    return new SupplyDeal(d.id(), buyer, supplier, d.product(), d.chips(), amount, d.capacityGw(), status, announced,
        d.expectedClose(), supersedes, d.note(), d.sources());
  }

  private static <T> T pick(T[] values, int n) {
    return values[n % values.length];
  }
}
