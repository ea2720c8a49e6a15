package io.loopwatch.rules;

import io.loopwatch.Category;
import io.loopwatch.Severity;
import java.util.Map;
import java.util.Optional;
import org.kie.api.definition.rule.Rule;

/**
 * The metadata every rule declares: {@code @id}, {@code @category}, {@code @severity} and
 * {@code @description}. The engine checks it when the rules are compiled, so reading it here
 * cannot fail for a rule that compiled.
 */
public record RuleMetadata(String id, Category category, Severity severity, String description) {

  /** Drools files {@code @description} under the kie-api annotation's class name. */
  private static final String KIE_DESCRIPTION_KEY = "org.kie.api.definition.type.Description";

  static RuleMetadata of(Rule rule) {
    Map<String, Object> meta = rule.getMetaData();
    String id = text(meta, "id").orElse(rule.getName());
    Category category = text(meta, "category").flatMap(Category::parse)
        .orElseThrow(() -> new IllegalStateException("rule '" + id + "' has no valid @category"));
    Severity severity = text(meta, "severity").flatMap(Severity::parse)
        .orElseThrow(() -> new IllegalStateException("rule '" + id + "' has no valid @severity"));
    return new RuleMetadata(id, category, severity, description(meta).orElse(""));
  }

  /** A metadata value as text, without the quotes DRL keeps around string values. */
  public static Optional<String> text(Map<String, Object> meta, String key) {
    Object value = meta.get(key);
    if (value == null) {
      return Optional.empty();
    }
    String text = value.toString().trim();
    if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
      text = text.substring(1, text.length() - 1);
    }
    return Optional.of(text);
  }

  public static Optional<String> description(Map<String, Object> meta) {
    return text(meta, "description").or(() -> text(meta, KIE_DESCRIPTION_KEY));
  }
}
