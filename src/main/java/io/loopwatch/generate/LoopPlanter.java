package io.loopwatch.generate;

import io.loopwatch.facts.Instrument;
import io.loopwatch.facts.Product;
import io.loopwatch.facts.Role;
import io.loopwatch.generate.Roster.Pool;
import io.loopwatch.loops.LoopShape;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Plants loops in the three shapes they take in the sector ({@link LoopShape}):
 *
 * <ul>
 *   <li>vendor-financed: a chip vendor invests in a customer (an AI lab or a neocloud), the customer
 *       buys compute from intermediaries (clouds, neoclouds, data-centre developers), and the last of
 *       them buys chips from the vendor;
 *   <li>cross-shareholding: vendors and clouds each take an equity stake in the next;
 *   <li>purchases only: compute sellers buy capacity from each other, for amounts within 10 % of one
 *       another and within a month, as the capacity swaps of 2001 were.
 * </ul>
 *
 * <p>Every link is live (not cancelled) and never superseded, so each planted loop is really present.
 */
final class LoopPlanter {

  private static final int ATTEMPTS = 1000;
  private static final int PICKS_PER_MEMBER = 20;
  /** About USD 500 M a stake, as strategic investments go. */
  private static final double STAKE_LOG10_MEDIAN = 8.7;
  /** About USD 300 M a side, the size of the 2001 capacity swaps. */
  private static final double SWAP_LOG10_MEDIAN = 8.5;

  private final Roster roster;
  private final Draws draws;
  private final DealMaker maker;

  LoopPlanter(Roster roster, Draws draws, DealMaker maker) {
    this.roster = roster;
    this.draws = draws;
    this.maker = maker;
  }

  /** Plants the settings' loops, each different; returns their companies, rotated to start at the smallest id. */
  List<int[]> plant(GenerationSettings settings) {
    List<int[]> planted = new ArrayList<>();
    Set<List<Integer>> seen = new HashSet<>();
    for (int i = 0; i < settings.loops(); i++) {
      int length = settings.plantedLength(i);
      LoopShape shape = settings.plantedShape(i);
      int[] members = null;
      for (int attempt = 0; attempt < ATTEMPTS && members == null; attempt++) {
        int[] candidate = draw(shape, length);
        if (candidate != null && seen.add(asList(ReferenceLoops.rotateToSmallest(candidate)))) {
          members = candidate;
        }
      }
      if (members == null) {
        throw new IllegalArgumentException("could plant only " + i + " different loop(s) of up to "
            + settings.maxLoopLength() + " companies among " + roster.size()
            + " companies, not " + settings.loops() + "; ask for more companies or fewer loops");
      }
      switch (shape) {
        case VENDOR_FINANCED -> financedLinks(members);
        case CROSS_SHAREHOLDING -> stakes(members);
        case PURCHASES_ONLY -> swaps(members);
      }
      planted.add(ReferenceLoops.rotateToSmallest(members));
    }
    return planted;
  }

  /**
   * The companies of a loop of this shape, in the order money goes round; null when no distinct set
   * was found. Vendor-financed: the vendor, the customer it funds, then the intermediaries.
   */
  private int[] draw(LoopShape shape, int length) {
    int[] members = new int[length];
    Arrays.fill(members, -1);
    Pool firstPool = switch (shape) {
      case VENDOR_FINANCED -> Pool.CHIP_VENDORS;
      case CROSS_SHAREHOLDING -> Pool.STRATEGIC_INVESTORS;
      case PURCHASES_ONLY -> Pool.INTERMEDIARIES;
    };
    // A small roster may have no company of the pool; then any company will do.
    members[0] = roster.poolSize(firstPool) > 0 ? roster.pick(firstPool, draws.random())
        : draws.random().nextInt(roster.size());
    for (int m = 1; m < length; m++) {
      Pool pool = switch (shape) {
        case VENDOR_FINANCED -> m == 1 ? Pool.CUSTOMERS : Pool.INTERMEDIARIES;
        case CROSS_SHAREHOLDING -> Pool.STRATEGIC_INVESTORS;
        case PURCHASES_ONLY -> Pool.INTERMEDIARIES;
      };
      members[m] = distinctMember(pool, members, m);
      if (members[m] < 0) {
        return null;
      }
    }
    return members;
  }

  /** A member of the pool not yet on the loop, or, in a roster too small for that, any such company. */
  private int distinctMember(Pool pool, int[] chosen, int count) {
    Random random = draws.random();
    for (int pick = 0; pick < PICKS_PER_MEMBER; pick++) {
      int candidate = roster.poolSize(pool) > 0 ? roster.pick(pool, random) : -1;
      if (candidate >= 0 && !contains(chosen, count, candidate)) {
        return candidate;
      }
    }
    for (int pick = 0; pick < PICKS_PER_MEMBER; pick++) {
      int candidate = random.nextInt(roster.size());
      if (!contains(chosen, count, candidate)) {
        return candidate;
      }
    }
    return -1;
  }

  private void financedLinks(int[] members) {
    LocalDate announced = draws.announced();
    maker.add(DealKind.STRATEGIC_INVESTMENT, members[0], members[1], draws.liveStatus(), announced);
    for (int m = 1; m < members.length; m++) {
      int buyer = members[m];
      int supplier = members[(m + 1) % members.length];
      maker.purchase(buyer, supplier, productOf(roster.get(supplier).primaryRole()), 8.5, draws.liveStatus(),
          draws.laterThan(announced, 0, 120));
    }
  }

  /** Each company takes an equity stake in the next. */
  private void stakes(int[] members) {
    for (int m = 0; m < members.length; m++) {
      maker.add(Instrument.EQUITY, null, members[m], members[(m + 1) % members.length],
          draws.amount(STAKE_LOG10_MEDIAN, 0.7), draws.liveStatus(), draws.announced(), -1);
    }
  }

  /** Each company buys from the next, for about the same amount, within a month. */
  private void swaps(int[] members) {
    long amount = draws.amount(SWAP_LOG10_MEDIAN, 0.5);
    LocalDate first = draws.announced();
    for (int m = 0; m < members.length; m++) {
      int supplier = members[(m + 1) % members.length];
      maker.add(null, productOf(roster.get(supplier).primaryRole()), members[m], supplier, draws.near(amount, 10),
          draws.liveStatus(), draws.laterThan(first, 0, 30), -1);
    }
  }

  private Product productOf(Role supplier) {
    return switch (supplier) {
      case CHIP_VENDOR -> draws.random().nextInt(4) == 0 ? Product.ASIC : Product.GPU;
      case HYPERSCALER, CLOUD_PROVIDER -> Product.CLOUD;
      case NEOCLOUD -> Product.CAPACITY;
      case DATACENTER_DEVELOPER -> Product.DATACENTER;
      case NETWORKING_VENDOR -> Product.NETWORKING;
      case FOUNDRY -> Product.ASIC;
      case AI_LAB, INVESTOR -> Product.SOFTWARE;
    };
  }

  private static boolean contains(int[] values, int count, int value) {
    for (int i = 0; i < count; i++) {
      if (values[i] == value) {
        return true;
      }
    }
    return false;
  }

  private static List<Integer> asList(int[] values) {
    return Arrays.stream(values).boxed().toList();
  }
}
