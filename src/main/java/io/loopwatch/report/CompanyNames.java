package io.loopwatch.report;

import io.loopwatch.facts.Company;
import io.loopwatch.facts.FactSet;
import java.util.HashMap;
import java.util.Map;

/** Display names by company id, falling back to the id for a company the facts do not hold. */
final class CompanyNames {

  private final Map<String, String> names = new HashMap<>();

  CompanyNames(FactSet facts) {
    for (Company company : facts.companies()) {
      names.put(company.id(), company.name());
    }
  }

  String of(String companyId) {
    return names.getOrDefault(companyId, companyId);
  }
}
