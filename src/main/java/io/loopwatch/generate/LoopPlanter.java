package io.loopwatch.generate;

import io.loopwatch.facts.Product;
import io.loopwatch.facts.Role;
import io.loopwatch.generate.Roster.Pool;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Plants loops the way they arise in the sector: a chip vendor invests in a customer (an AI lab or
 * a neocloud), the customer buys compute from intermediaries (clouds, neoclouds, data-centre
 * developers), and the last of them buys chips from the vendor. Every link is live (not cancelled)
 * and never superseded, so each planted loop is really present.
 */
final class LoopPlanter {

  private static final int ATTEMPTS = 1000;
  private static final int PICKS_PER_MEMBER = 20;

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
      int[] members = null;
      for (int attempt = 0; attempt < ATTEMPTS && members == null; attempt++) {
        int[] candidate = draw(length);
        if (candidate != null && seen.add(asList(ReferenceLoops.rotateToSmallest(candidate)))) {
          members = candidate;
        }
      }
      if (members == null) {
        throw new IllegalArgumentException("could plant only " + i + " different loop(s) of up to "
            + settings.maxLoopLength() + " companies among " + roster.size()
            + " companies, not " + settings.loops() + "; ask for more companies or fewer loops");
      }
      link(members);
      planted.add(ReferenceLoops.rotateToSmallest(members));
    }
    return planted;
  }

  /** The vendor, the customer it funds, then the intermediaries; null when no distinct set was found. */
  private int[] draw(int length) {
    int[] members = new int[length];
    Arrays.fill(members, -1);
    members[0] = roster.pick(Pool.CHIP_VENDORS, draws.random());
    for (int m = 1; m < length; m++) {
      Pool pool = m == 1 ? Pool.CUSTOMERS : Pool.INTERMEDIARIES;
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

  private void link(int[] members) {
    LocalDate announced = draws.announced();
    maker.add(DealKind.STRATEGIC_INVESTMENT, members[0], members[1], draws.liveStatus(), announced);
    for (int m = 1; m < members.length; m++) {
      int buyer = members[m];
      int supplier = members[(m + 1) % members.length];
      maker.purchase(buyer, supplier, productOf(roster.get(supplier).primaryRole()), 8.5, draws.liveStatus(),
          draws.laterThan(announced, 0, 120));
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
