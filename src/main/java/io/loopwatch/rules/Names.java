package io.loopwatch.rules;

import io.loopwatch.facts.Company;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Company names for alert messages, in an order that does not depend on how the facts came in,
 * so that the same facts always give the same message.
 */
public final class Names {

  private Names() {}

  /** The companies' names in alphabetical order, each once, joined by {@code separator}. */
  public static String sorted(Collection<Company> companies, String separator) {
    TreeSet<String> names = new TreeSet<>();
    companies.forEach(company -> names.add(company.name()));
    return String.join(separator, names);
  }

  /** The names of these ids in the ids' order, joined by ", "; an id with no company among {@code companies} stands for itself. */
  public static String of(List<String> ids, Collection<Company> companies) {
    Map<String, String> names = new HashMap<>();
    companies.forEach(company -> names.put(company.id(), company.name()));
    return String.join(", ", ids.stream().map(id -> names.getOrDefault(id, id)).toList());
  }
}
