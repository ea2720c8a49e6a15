package io.loopwatch.testing;

import io.loopwatch.facts.Chip;
import io.loopwatch.facts.ChipKind;
import io.loopwatch.facts.ChipStatus;
import io.loopwatch.facts.Company;
import io.loopwatch.facts.DealStatus;
import io.loopwatch.facts.Event;
import io.loopwatch.facts.EventKind;
import io.loopwatch.facts.FactSet;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded generator of small, valid deal networks dense enough to hold loops, supersessions,
 * stalls, denials and rival purchases, or vendors funding their customers: the same seed always
 * gives the same facts.
 */
public final class RandomFacts {

  /** Facts are dated in this span; as-of dates fall inside it, so some facts are always in the future. */
  public static final LocalDate FIRST_DAY = LocalDate.parse("2025-01-01");
  private static final int DAYS = 480;
  private static final List<Source> SOURCE = List.of(new Source("Generated", FIRST_DAY, null));
  private static final String[] AMOUNTS = {"500000000", "2000000000", "12000000000", "20000000000", "60000000000", "100000000000"};
  private static final Product[] PRODUCTS = {Product.GPU, Product.GPU, Product.ASIC, Product.CLOUD, Product.CAPACITY};
  private static final Role[] ROLES = {Role.CHIP_VENDOR, Role.AI_LAB, Role.CLOUD_PROVIDER, Role.HYPERSCALER, Role.INVESTOR};

  private final Random random;

  private RandomFacts(long seed) {
    this.random = new Random(seed);
  }

  /** A fact set for a seed, between 25 and 50 facts. */
  public static FactSet generate(long seed) {
    return new RandomFacts(seed).facts();
  }

  /**
   * A small network, 15 to 40 facts, where vendors fund their customers: every company reports a
   * year's results, most investments go to a company that buys from the investor, and most
   * purchases bind. What the concentration and commitment rules read, which the networks of
   * {@link #generate} seldom hold.
   */
  public static FactSet financed(long seed) {
    return new RandomFacts(seed).financedFacts();
  }

  /** A date inside the span the facts are dated in, for a seed. */
  public static LocalDate asOf(long seed) {
    return FIRST_DAY.plusDays(120 + new Random(~seed).nextInt(DAYS - 100));
  }

  private FactSet facts() {
    FactSet.Builder facts = FactSet.builder();
    int companyCount = 4 + random.nextInt(4);
    List<String> companies = new ArrayList<>();
    for (int c = 0; c < companyCount; c++) {
      String id = "c" + c;
      companies.add(id);
      List<Role> roles = new ArrayList<>();
      roles.add(c < 2 ? Role.CHIP_VENDOR : pick(ROLES));
      if (random.nextInt(3) == 0 && !roles.contains(Role.INVESTOR)) {
        roles.add(Role.INVESTOR);
      }
      facts.add(new Company(id, "Company " + c, roles, "US", null, List.of()));
    }
    List<String> ids = new ArrayList<>(companies);

    List<Investment> investments = new ArrayList<>();
    for (int i = 0, n = 3 + random.nextInt(5); i < n; i++) {
      String[] pair = pair(companies);
      String supersedes = !investments.isEmpty() && random.nextInt(4) == 0
          ? investments.get(random.nextInt(investments.size())).id() : null;
      LocalDate announced = day();
      Investment investment = new Investment("inv-" + i, pair[0], pair[1], new BigDecimal(pick(AMOUNTS)),
          random.nextInt(5) == 0 ? Instrument.WARRANT : Instrument.EQUITY, status(), announced,
          random.nextBoolean() ? announced.plusDays(20 + random.nextInt(120)) : null, supersedes, null, SOURCE);
      investments.add(investment);
      facts.add(investment);
      ids.add(investment.id());
    }
    List<SupplyDeal> deals = new ArrayList<>();
    for (int d = 0, n = 5 + random.nextInt(9); d < n; d++) {
      String[] pair = pair(companies);
      String supersedes = !deals.isEmpty() && random.nextInt(6) == 0 ? deals.get(random.nextInt(deals.size())).id() : null;
      SupplyDeal deal = new SupplyDeal("deal-" + d, pair[0], pair[1], pick(PRODUCTS),
          random.nextInt(4) == 0 ? null : new BigDecimal(pick(AMOUNTS)),
          random.nextInt(3) == 0 ? BigDecimal.valueOf(1 + random.nextInt(8)) : null,
          status(), day(), null, supersedes, null, SOURCE);
      deals.add(deal);
      facts.add(deal);
      ids.add(deal.id());
    }
    for (int c = 0, n = random.nextInt(5); c < n; c++) {
      Chip chip = new Chip("chip-" + c, companies.get(random.nextInt(companies.size())), "Chip " + c,
          pick(ChipKind.values()), random.nextBoolean() ? List.of(Workload.TRAINING, Workload.INFERENCE)
              : List.of(pick(Workload.values())), pick(ChipStatus.values()), day(), null, SOURCE);
      facts.add(chip);
      ids.add(chip.id());
    }
    for (String company : companies) {
      if (random.nextBoolean()) {
        long revenue = 1_000_000_000L * (1 + random.nextInt(150));
        long income = revenue / 4 * (random.nextBoolean() ? 1 : -3);
        facts.add(new Financials(company, random.nextBoolean() ? "2025" : "2025-H1", BigDecimal.valueOf(revenue),
            BigDecimal.valueOf(income), random.nextBoolean() ? BigDecimal.valueOf(revenue * (1 + random.nextInt(30))) : null,
            null, SOURCE));
      }
    }
    // Events cluster on a few subjects, so that reports and denials meet.
    List<String> subjects = new ArrayList<>();
    for (int s = 0; s < 3; s++) {
      subjects.add(ids.get(random.nextInt(ids.size())));
    }
    for (int e = 0, n = 4 + random.nextInt(8); e < n; e++) {
      facts.add(new Event("ev-" + e, day(), pick(EventKind.values()), subjects.get(random.nextInt(subjects.size())),
          null, SOURCE));
    }
    return facts.build();
  }

  private FactSet financedFacts() {
    FactSet.Builder facts = FactSet.builder();
    List<String> companies = new ArrayList<>();
    for (int c = 0, n = 3 + random.nextInt(3); c < n; c++) {
      String id = "v" + c;
      companies.add(id);
      facts.add(new Company(id, "Vendor " + c, List.of(c == 0 ? Role.CHIP_VENDOR : pick(ROLES)), "US", null, List.of()));
      long revenue = 1_000_000_000L * (2 + random.nextInt(40));
      facts.add(new Financials(id, "2025", BigDecimal.valueOf(revenue),
          BigDecimal.valueOf(random.nextBoolean() ? revenue / 5 : -revenue / 2),
          random.nextInt(4) == 0 ? BigDecimal.valueOf(revenue * 3) : null, null, SOURCE));
    }
    List<String> ids = new ArrayList<>(companies);
    List<Investment> investments = new ArrayList<>();
    int deals = 0;
    for (int i = 0, n = 3 + random.nextInt(4); i < n; i++) {
      String[] pair = pair(companies);
      String supersedes = !investments.isEmpty() && random.nextInt(5) == 0
          ? investments.get(random.nextInt(investments.size())).id() : null;
      Investment investment = new Investment("inv-" + i, pair[0], pair[1], new BigDecimal(pick(AMOUNTS)),
          Instrument.EQUITY, random.nextInt(4) == 0 ? status() : DealStatus.SIGNED, day(), null, supersedes, null,
          SOURCE);
      investments.add(investment);
      facts.add(investment);
      ids.add(investment.id());
      // The investee buys from the investor: the vendor's money comes back as revenue.
      if (random.nextInt(3) != 0) {
        facts.add(new SupplyDeal("deal-" + deals++, pair[1], pair[0], pick(PRODUCTS), new BigDecimal(pick(AMOUNTS)),
            null, random.nextInt(4) == 0 ? status() : DealStatus.SIGNED, day(), null, null, null, SOURCE));
      }
    }
    for (int d = 0, n = 1 + random.nextInt(4); d < n; d++) {
      String[] pair = pair(companies);
      facts.add(new SupplyDeal("deal-" + deals++, pair[0], pair[1], pick(PRODUCTS), new BigDecimal(pick(AMOUNTS)), null,
          status(), day(), null, null, null, SOURCE));
    }
    for (int e = 0, n = random.nextInt(4); e < n; e++) {
      facts.add(new Event("ev-" + e, day(), pick(EventKind.values()), ids.get(random.nextInt(ids.size())), null,
          SOURCE));
    }
    return facts.build();
  }

  private String[] pair(List<String> companies) {
    String from = companies.get(random.nextInt(companies.size()));
    String to;
    do {
      to = companies.get(random.nextInt(companies.size()));
    } while (to.equals(from));
    return new String[] {from, to};
  }

  private DealStatus status() {
    return pick(DealStatus.values());
  }

  private LocalDate day() {
    return FIRST_DAY.plusDays(random.nextInt(DAYS));
  }

  private <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }
}
