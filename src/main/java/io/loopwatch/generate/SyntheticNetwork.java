package io.loopwatch.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generated deal network in memory: companies, deals in the order they are written (a deal's
 * serial is its position), and the planted loops.
 */
record SyntheticNetwork(List<SyntheticCompany> companies, List<SyntheticDeal> deals, List<int[]> planted) {

  static SyntheticNetwork generate(GenerationSettings settings) {
    Random random = new Random(settings.seed());
    Roster roster = new Roster(CompanyMaker.make(settings.companies(), random), random);
    Draws draws = new Draws(random);
    List<SyntheticDeal> deals = new ArrayList<>(settings.deals());
    DealMaker maker = new DealMaker(roster, draws, deals);
    List<int[]> planted = new LoopPlanter(roster, draws, maker).plant(settings);
    maker.background(settings.deals() - deals.size());
    return new SyntheticNetwork(roster.companies(), shuffled(deals, random), planted);
  }

  /**
   * The deals in random order, so that the planted ones are not the first ids, with every re-cut
   * after the pledge it supersedes; serials and supersedes renumbered to the new positions.
   */
  private static List<SyntheticDeal> shuffled(List<SyntheticDeal> deals, Random random) {
    int count = deals.size();
    int[] order = new int[count]; // position -> old serial
    for (int i = 0; i < count; i++) {
      order[i] = i;
    }
    for (int i = count - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    int[] position = new int[count]; // old serial -> position
    for (int p = 0; p < count; p++) {
      position[order[p]] = p;
    }
    for (SyntheticDeal deal : deals) {
      int pledge = deal.supersedes();
      if (pledge >= 0 && position[pledge] > position[deal.serial()]) {
        int pledgeAt = position[pledge];
        int recutAt = position[deal.serial()];
        order[pledgeAt] = deal.serial();
        order[recutAt] = pledge;
        position[deal.serial()] = pledgeAt;
        position[pledge] = recutAt;
      }
    }
    List<SyntheticDeal> result = new ArrayList<>(count);
    for (int p = 0; p < count; p++) {
      SyntheticDeal d = deals.get(order[p]);
      result.add(new SyntheticDeal(p, d.from(), d.to(), d.instrument(), d.product(), d.amountUsd(), d.capacityGw(),
          d.status(), d.announced(), d.expectedClose(), d.supersedes() < 0 ? -1 : position[d.supersedes()],
          d.publisher(), d.secondPublisher(), d.sourceLagDays()));
    }
    return result;
  }
}
