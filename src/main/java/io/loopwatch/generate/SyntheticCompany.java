package io.loopwatch.generate;

import io.loopwatch.facts.Role;
import java.util.List;

/** A generated company; its index is its position in the network and the number in its id. */
record SyntheticCompany(String id, String name, List<Role> roles, String country, String parent) {

  SyntheticCompany {
    roles = List.copyOf(roles);
  }

  Role primaryRole() {
    return roles.get(0);
  }
}
