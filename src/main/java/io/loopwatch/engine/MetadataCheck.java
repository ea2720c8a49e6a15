package io.loopwatch.engine;

import io.loopwatch.Category;
import io.loopwatch.Diagnostic;
import io.loopwatch.RuleInfo;
import io.loopwatch.Severity;
import io.loopwatch.check.CheckCode;
import io.loopwatch.rules.RuleMetadata;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.kie.api.definition.rule.Rule;

/**
 * Checks the metadata every rule must carry ({@code @id}, {@code @category}, {@code @severity},
 * {@code @description}) and that rule ids are unique across files, because alerts, tests and
 * suppressions all refer to rules by id.
 */
final class MetadataCheck {

  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private MetadataCheck() {}

  static Map<String, RuleInfo> check(List<Rule> rules, RuleDeclarations declarations, List<Diagnostic> problems) {
    Map<String, RuleInfo> infos = new LinkedHashMap<>();
    Map<String, RuleInfo> byId = new HashMap<>();
    // In file and line order, so that a duplicate is reported where it appears second.
    List<Rule> ordered = rules.stream().sorted(Comparator.comparing(
        (Rule r) -> declarations.find(r.getPackageName(), r.getName())
            .map(p -> p.file() + String.format(":%09d", p.line())).orElse(""))).toList();
    for (Rule rule : ordered) {
      Optional<RuleDeclarations.Position> where = declarations.find(rule.getPackageName(), rule.getName());
      Path path = where.map(RuleDeclarations.Position::file).orElse(null);
      int line = where.map(RuleDeclarations.Position::line).orElse(0);
      int column = where.map(RuleDeclarations.Position::column).orElse(0);
      List<String> missing = new ArrayList<>();
      Map<String, Object> meta = rule.getMetaData();
      String label = "rule '" + rule.getName() + "'";

      Optional<String> id = RuleMetadata.text(meta, "id");
      if (id.isEmpty()) {
        missing.add("@id");
      } else if (!KEBAB.matcher(id.get()).matches()) {
        problems.add(new Diagnostic(path, line, column, "", label + ": @id '" + id.get()
            + "' is not kebab-case; expected lowercase words joined by '-', like 'circular-loop'",
            CheckCode.METADATA_ID.code()));
      }
      Optional<String> categoryText = RuleMetadata.text(meta, "category");
      Optional<Category> category = categoryText.flatMap(Category::parse);
      if (categoryText.isEmpty()) {
        missing.add("@category");
      } else if (category.isEmpty()) {
        problems.add(new Diagnostic(path, line, column, "", label + ": unknown @category '" + categoryText.get()
            + "'; expected one of: " + Category.choices(), CheckCode.METADATA_CATEGORY.code()));
      }
      Optional<String> severityText = RuleMetadata.text(meta, "severity");
      Optional<Severity> severity = severityText.flatMap(Severity::parse);
      if (severityText.isEmpty()) {
        missing.add("@severity");
      } else if (severity.isEmpty()) {
        problems.add(new Diagnostic(path, line, column, "", label + ": unknown @severity '" + severityText.get()
            + "'; expected one of: " + Severity.choices(), CheckCode.METADATA_SEVERITY.code()));
      }
      Optional<String> description = RuleMetadata.description(meta).filter(d -> !d.isBlank());
      if (description.isEmpty()) {
        missing.add("@description");
      }
      if (!missing.isEmpty()) {
        problems.add(new Diagnostic(path, line, column, "", label + " is missing " + String.join(", ", missing)
            + "; every rule declares @id, @category, @severity and @description", CheckCode.METADATA_MISSING.code()));
        continue;
      }
      if (category.isEmpty() || severity.isEmpty()) {
        continue;
      }
      RuleInfo info = new RuleInfo(id.get(), rule.getName(), category.get(), severity.get(), description.get(),
          path, line);
      RuleInfo earlier = byId.putIfAbsent(info.id(), info);
      if (earlier != null) {
        problems.add(new Diagnostic(path, line, column, "", label + ": duplicate @id '" + info.id()
            + "'; first used at " + earlier.file() + ":" + earlier.line(), CheckCode.DUPLICATE_ID.code()));
        continue;
      }
      infos.put(CompiledRules.droolsName(rule), info);
    }
    return infos;
  }
}
