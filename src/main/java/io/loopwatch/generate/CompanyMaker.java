package io.loopwatch.generate;

import io.loopwatch.facts.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes companies in roughly the sector's proportions: chip vendors and foundries are few, AI labs
 * and investors many.
 */
final class CompanyMaker {

  /** Share of companies with each primary role; investors take whatever is left. */
  private static final Role[] ROLES = {
      Role.CHIP_VENDOR, Role.AI_LAB, Role.CLOUD_PROVIDER, Role.NEOCLOUD, Role.DATACENTER_DEVELOPER,
      Role.HYPERSCALER, Role.NETWORKING_VENDOR, Role.FOUNDRY, Role.INVESTOR};
  private static final double[] SHARES = {0.02, 0.30, 0.04, 0.08, 0.06, 0.005, 0.02, 0.005, 0.0};

  private static final String[] SYLLABLES = {
      "ar", "bel", "cor", "dra", "el", "fen", "gal", "hex", "ion", "jor", "kai", "lum", "mer", "nov",
      "or", "pax", "qua", "ren", "sol", "tor", "ul", "vex", "wen", "xen", "yar", "zen"};
  private static final String[][] SUFFIXES = {
      {"Semiconductor", "Silicon", "Micro", "Chips"},
      {"AI", "Labs", "Intelligence", "Research"},
      {"Cloud", "Compute", "Cloud Services"},
      {"GPU Cloud", "Compute", "Infra"},
      {"Data Centers", "Digital Infrastructure", "Campus"},
      {"Cloud", "Platforms"},
      {"Networks", "Optics", "Interconnect"},
      {"Foundry", "Fab", "Manufacturing"},
      {"Capital", "Ventures", "Partners", "Growth Fund"}};

  private static final String[] COUNTRIES = {"US", "US", "US", "US", "CN", "CN", "GB", "FR", "DE", "JP", "KR",
      "TW", "CA", "IL", "IN", "AE", "SG", "NL", "SE", "CH"};

  private CompanyMaker() {}

  static List<SyntheticCompany> make(int count, Random random) {
    Role[] primary = primaryRoles(count, random);
    int width = Math.max(6, Integer.toString(count).length());
    List<SyntheticCompany> companies = new ArrayList<>(count);
    List<Integer> parents = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Role role = primary[i];
      String id = "c" + pad(i + 1, width);
      String parent = null;
      // A few labs and neoclouds belong to a hyperscaler or vendor made earlier, as T-Head belongs to Alibaba.
      if ((role == Role.AI_LAB || role == Role.NEOCLOUD) && !parents.isEmpty() && random.nextInt(100) == 0) {
        parent = companies.get(parents.get(random.nextInt(parents.size()))).id();
      }
      companies.add(new SyntheticCompany(id, name(role, random), roles(role, random), country(random), parent));
      if (role == Role.HYPERSCALER || role == Role.CHIP_VENDOR) {
        parents.add(i);
      }
    }
    return companies;
  }

  /** Quotas by share, at least one each of the roles a loop needs while there are companies left, shuffled. */
  private static Role[] primaryRoles(int count, Random random) {
    int[] quota = new int[ROLES.length];
    int assigned = 0;
    for (int r = 0; r < ROLES.length; r++) {
      quota[r] = (int) (SHARES[r] * count);
      assigned += quota[r];
    }
    for (int r = 0; r < ROLES.length && assigned < count; r++) {
      if (quota[r] == 0) {
        quota[r] = 1;
        assigned++;
      }
    }
    int investors = ROLES.length - 1;
    quota[investors] += count - assigned;
    Role[] roles = new Role[count];
    int next = 0;
    for (int r = 0; r < ROLES.length; r++) {
      for (int q = 0; q < quota[r]; q++) {
        roles[next++] = ROLES[r];
      }
    }
    for (int i = count - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      Role swap = roles[i];
      roles[i] = roles[j];
      roles[j] = swap;
    }
    return roles;
  }

  private static List<Role> roles(Role primary, Random random) {
    return switch (primary) {
      case HYPERSCALER -> List.of(Role.HYPERSCALER, Role.CLOUD_PROVIDER, Role.INVESTOR);
      case CHIP_VENDOR -> random.nextInt(10) < 4 ? List.of(Role.CHIP_VENDOR, Role.INVESTOR) : List.of(Role.CHIP_VENDOR);
      case CLOUD_PROVIDER -> random.nextInt(10) < 3 ? List.of(Role.CLOUD_PROVIDER, Role.INVESTOR)
          : List.of(Role.CLOUD_PROVIDER);
      case DATACENTER_DEVELOPER -> random.nextInt(10) < 2 ? List.of(Role.DATACENTER_DEVELOPER, Role.NEOCLOUD)
          : List.of(Role.DATACENTER_DEVELOPER);
      default -> List.of(primary);
    };
  }

  private static String name(Role role, Random random) {
    StringBuilder stem = new StringBuilder();
    int syllables = 2 + random.nextInt(2);
    for (int s = 0; s < syllables; s++) {
      stem.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
    }
    stem.setCharAt(0, Character.toUpperCase(stem.charAt(0)));
    String[] suffixes = SUFFIXES[indexOf(role)];
    return stem + " " + suffixes[random.nextInt(suffixes.length)];
  }

  private static int indexOf(Role role) {
    for (int r = 0; r < ROLES.length; r++) {
      if (ROLES[r] == role) {
        return r;
      }
    }
    throw new IllegalStateException("no name suffixes for " + role);
  }

  private static String country(Random random) {
    return COUNTRIES[random.nextInt(COUNTRIES.length)];
  }

  static String pad(long number, int width) {
    String digits = Long.toString(number);
    return "0".repeat(Math.max(0, width - digits.length())) + digits;
  }
}
