package io.loopwatch.facts;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A company in the deal network.
 *
 * @param id kebab-case identifier used by every other fact to refer to this company
 * @param parent optional id of the company that owns this one (T-Head belongs to Alibaba)
 */
public record Company(
    String id, String name, List<Role> roles, String country, String parent, List<Source> sources)
    implements Fact {

  public Company {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    roles = List.copyOf(roles);
    Objects.requireNonNull(country, "country");
    sources = sources == null ? List.of() : List.copyOf(sources);
  }

  /** Always: a company carries no date. */
  @Override
  public Optional<LocalDate> knownFrom() {
    return Optional.empty();
  }

  /** Its parent, if it has one. */
  @Override
  public List<String> parties() {
    return parent == null ? List.of() : List.of(parent);
  }

  public boolean hasRole(Role role) {
    return roles.contains(role);
  }

  /**
   * By id alone, which equal facts share: Drools hashes the facts it matches, and a record's own
   * hash would walk every field, sources included, each time.
   */
  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
