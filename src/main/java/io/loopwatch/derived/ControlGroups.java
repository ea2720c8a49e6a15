package io.loopwatch.derived;

import io.loopwatch.facts.Company;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * Which companies are under common control: each company's ultimate parent, found by walking its
 * chain of {@code parent}s. Companies with no parent and no subsidiaries form groups of one and
 * are not stored. Shared by {@link FromScratch} and {@link DerivedFacts}, so both group alike.
 */
final class ControlGroups {

  private final Map<String, String> parentOf = new HashMap<>();
  /** The members of each group of two or more, by ultimate parent; made when first asked. */
  private Map<String, TreeSet<String>> membersByRoot;

  /** Records the company's parent; true when that changed what is grouped with what. */
  boolean put(Company company) {
    if (company.parent() == null) {
      return false;
    }
    membersByRoot = null;
    parentOf.put(company.id(), company.parent());
    return true;
  }

  /** Forgets the company's parent; true when that changed what is grouped with what. */
  boolean remove(Company company) {
    if (company.parent() == null || parentOf.remove(company.id()) == null) {
      return false;
    }
    membersByRoot = null;
    return true;
  }

  /** The company at the end of the chain of parents; the company itself when it has none. */
  String rootOf(String company) {
    String at = company;
    // Circles of parents are refused on the way in; the guard keeps a circle built in code finite.
    Set<String> seen = new HashSet<>();
    while (parentOf.containsKey(at) && seen.add(at)) {
      at = parentOf.get(at);
    }
    return at;
  }

  /** Every company in the group, in id order: the root and all whose chains end at it. */
  Set<String> membersOf(String root) {
    if (membersByRoot == null) {
      membersByRoot = new HashMap<>();
      for (String company : parentOf.keySet()) {
        TreeSet<String> members = membersByRoot.computeIfAbsent(rootOf(company), r -> new TreeSet<>(Set.of(r)));
        members.add(company);
      }
    }
    TreeSet<String> members = membersByRoot.get(root);
    return members == null ? Set.of(root) : members;
  }

  /**
   * The groups of a vendor's funded customers, one per ultimate parent, in group order.
   *
   * @param funded the vendor's funded customers, in customer order
   * @param orders what a buyer buys from the vendor ({@code buyer, vendor}); empty when nothing
   */
  List<CustomerGroup> groupsOf(String vendor, List<FundedCustomer> funded,
      BiFunction<String, String, Purchases> orders) {
    Map<String, List<FundedCustomer>> byRoot = new TreeMap<>();
    funded.forEach(f -> byRoot.computeIfAbsent(rootOf(f.customer()), r -> new ArrayList<>()).add(f));
    List<CustomerGroup> groups = new ArrayList<>();
    byRoot.forEach((root, fundedMembers) -> {
      Set<String> fundedIds = new HashSet<>(fundedMembers.stream().map(FundedCustomer::customer).toList());
      List<String> members = new ArrayList<>();
      List<Purchases> bought = new ArrayList<>();
      for (String member : membersOf(root)) {
        Purchases purchases = orders.apply(member, vendor);
        if (!purchases.isEmpty()) {
          bought.add(purchases);
        }
        if (!purchases.isEmpty() || fundedIds.contains(member)) {
          members.add(member);
        }
      }
      groups.add(new CustomerGroup(vendor, root, members, fundedMembers, bought));
    });
    return groups;
  }
}
