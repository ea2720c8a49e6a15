package io.loopwatch.facts.parse;

import io.loopwatch.facts.Company;
import io.loopwatch.facts.Role;
import io.loopwatch.facts.Source;
import java.util.List;

/** Reads a company. Sources are optional: that a company exists is rarely in dispute. */
final class CompanyBinder {

  private CompanyBinder() {}

  static Company bind(Fields in) {
    String id = in.referencedId("id");
    String name = in.text("name");
    List<Role> roles = in.choices("roles", Role.class);
    String country = in.text("country");
    String parent = in.optionalText("parent");
    List<Source> sources = in.sources(false);
    return in.complete() ? new Company(id, name, roles, country, parent, sources) : null;
  }
}
