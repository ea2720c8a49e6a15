package io.loopwatch.generate;

import io.loopwatch.facts.Role;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The generated companies, and the pools deals draw their parties from. A company with several
 * roles is in several pools.
 */
final class Roster {

  /** Groups of companies that take the same side of a kind of deal. */
  enum Pool {
    CHIP_VENDORS(Role.CHIP_VENDOR),
    NETWORKING_VENDORS(Role.NETWORKING_VENDOR),
    FOUNDRIES(Role.FOUNDRY),
    DATACENTER_DEVELOPERS(Role.DATACENTER_DEVELOPER),
    HYPERSCALERS(Role.HYPERSCALER),
    CLOUDS(Role.HYPERSCALER, Role.CLOUD_PROVIDER),
    NEOCLOUDS(Role.NEOCLOUD),
    COMPUTE_SELLERS(Role.HYPERSCALER, Role.CLOUD_PROVIDER, Role.NEOCLOUD),
    AI_LABS(Role.AI_LAB),
    INVESTORS(Role.INVESTOR),
    /** Vendors and clouds that invest in their own customers. */
    STRATEGIC_INVESTORS(Role.CHIP_VENDOR, Role.HYPERSCALER, Role.CLOUD_PROVIDER),
    /** Where a vendor's strategic money goes, and where a planted loop starts. */
    CUSTOMERS(Role.AI_LAB, Role.NEOCLOUD),
    /** What venture investors fund. */
    STARTUPS(Role.AI_LAB, Role.NEOCLOUD, Role.CHIP_VENDOR, Role.DATACENTER_DEVELOPER, Role.NETWORKING_VENDOR),
    /** The middle of a planted loop: who sells compute on. */
    INTERMEDIARIES(Role.HYPERSCALER, Role.CLOUD_PROVIDER, Role.NEOCLOUD, Role.DATACENTER_DEVELOPER);

    private final List<Role> roles;

    Pool(Role... roles) {
      this.roles = List.of(roles);
    }
  }

  private final List<SyntheticCompany> companies;
  private final Map<Pool, int[]> pools = new EnumMap<>(Pool.class);

  /** Each pool's members are shuffled, so that the hubs are not simply the companies with the smallest ids. */
  Roster(List<SyntheticCompany> companies, Random random) {
    this.companies = List.copyOf(companies);
    for (Pool pool : Pool.values()) {
      List<Integer> members = new ArrayList<>();
      for (int i = 0; i < companies.size(); i++) {
        if (companies.get(i).roles().stream().anyMatch(pool.roles::contains)) {
          members.add(i);
        }
      }
      int[] shuffled = members.stream().mapToInt(Integer::intValue).toArray();
      for (int i = shuffled.length - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int swap = shuffled[i];
        shuffled[i] = shuffled[j];
        shuffled[j] = swap;
      }
      pools.put(pool, shuffled);
    }
  }

  List<SyntheticCompany> companies() {
    return companies;
  }

  int size() {
    return companies.size();
  }

  SyntheticCompany get(int index) {
    return companies.get(index);
  }

  int poolSize(Pool pool) {
    return pools.get(pool).length;
  }

  int member(Pool pool, int position) {
    return pools.get(pool)[position];
  }

  /**
   * A member of the pool. Early members are drawn more often (the density falls as 1/sqrt of the
   * rank), so that some vendors and clouds are hubs, as in the real sector, without one company
   * taking every deal.
   */
  int pick(Pool pool, Random random) {
    int[] members = pools.get(pool);
    double u = random.nextDouble();
    return members[(int) (members.length * u * u)];
  }

  /** A member of the pool, each equally likely. */
  int pickUniform(Pool pool, Random random) {
    int[] members = pools.get(pool);
    return members[random.nextInt(members.length)];
  }
}
