package io.loopwatch.stress;

import io.loopwatch.Diagnostic;
import io.loopwatch.InvalidInputException;
import io.loopwatch.facts.parse.MappingFields;
import io.loopwatch.facts.parse.Node;
import io.loopwatch.facts.parse.PositionedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a scenario file (YAML or JSON):
 *
 * <pre>
 * name: OpenAI raises half of what it promised to spend
 * defaultCosts: {alpha: 0.9, beta: 0.95}   # optional; Rogers–Veraart
 * shocks:
 *   - company: openai
 *     shortfall: 0.5                      # or default: RECOVERY, revenueLoss: FRACTION,
 *                                         #    cancel: DEAL_ID
 * </pre>
 *
 * Every problem is reported with its line and column and nothing is returned until there are none;
 * whether the companies and deals exist is checked against the facts by {@link ScenarioCheck}.
 */
public final class ScenarioFile {
  private static final List<String> FIELDS = List.of("name", "defaultCosts", "shocks");
  private static final List<String> SHOCK_FIELDS = List.of("company", "shortfall", "default", "revenueLoss", "cancel");

  private ScenarioFile() {}

  public static Scenario read(Path file) throws IOException, InvalidInputException {
    List<Diagnostic> problems = new ArrayList<>();
    Optional<Node> root = PositionedReader.read(file, problems);
    Scenario scenario = root.map(node -> read(file, node, "", problems)).orElse(null);
    if (scenario == null && problems.isEmpty()) {
      problems.add(new Diagnostic(file, 1, 1, "", "expected a scenario with 'shocks:'; the file is empty"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return scenario;
  }

  /**
   * A scenario written inside another document (a rule test case's {@code scenario:}), or null with
   * its problems added, each at its line and column under {@code path}.
   */
  public static Scenario read(Path file, Node root, String path, List<Diagnostic> problems) {
    MappingFields fields = MappingFields.of(root, path, file, problems, "a scenario with 'shocks:' and optionally 'name:'"
        + " and 'defaultCosts:'");
    if (fields == null) {
      return null;
    }
    fields.rejectUnknown(FIELDS);
    String name = fields.optionalText("name");
    DefaultCosts costs = defaultCosts(fields, file, problems);
    List<Node> items = fields.optionalList("shocks");
    if (items == null || items.isEmpty()) {
      if (fields.node("shocks") == null || items != null) {
        fields.report(root, "shocks", "expected 'shocks:' with at least one shock, e.g. '- {company: openai, shortfall: 0.5}'");
      }
      return null;
    }
    int before = problems.size();
    List<Shock> shocks = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      shock(file, items.get(i), fields.child("shocks") + "[" + i + "]", problems).ifPresent(shocks::add);
    }
    return problems.size() == before ? new Scenario(name, shocks, costs) : null;
  }

  private static DefaultCosts defaultCosts(MappingFields fields, Path file, List<Diagnostic> problems) {
    Node node = fields.node("defaultCosts");
    if (node == null) {
      return DefaultCosts.NONE;
    }
    MappingFields costs = MappingFields.of(node, fields.child("defaultCosts"), file, problems,
        "'alpha:' and 'beta:', each from 0 to 1");
    if (costs == null) {
      return DefaultCosts.NONE;
    }
    costs.rejectUnknown(List.of("alpha", "beta"));
    double alpha = fraction(costs, "alpha", "a share of external assets a defaulting company realises, from 0 to 1", 1);
    double beta = fraction(costs, "beta", "a share of its claims a defaulting company realises, from 0 to 1", 1);
    return new DefaultCosts(alpha, beta);
  }

  private static Optional<Shock> shock(Path file, Node node, String path, List<Diagnostic> problems) {
    MappingFields fields = MappingFields.of(node, path, file, problems,
        "a shock: 'company:' and one of shortfall, default, revenueLoss or cancel");
    if (fields == null) {
      return Optional.empty();
    }
    int before = problems.size();
    fields.rejectUnknown(SHOCK_FIELDS);
    String company = fields.requiredText("company");
    List<Shock.Kind> given = new ArrayList<>();
    boolean leftEmpty = false;
    for (Shock.Kind kind : Shock.Kind.values()) {
      if (fields.node(kind.field()) != null) {
        given.add(kind);
      }
      leftEmpty |= fields.reportIfLeftEmpty(kind.field(), expected(kind));
    }
    if (leftEmpty) {
      return Optional.empty();
    }
    if (given.size() != 1) {
      problems.add(new Diagnostic(file, node.line(), node.column(), path, "expected exactly one of shortfall: FRACTION, default: RECOVERY, revenueLoss: FRACTION"
          + " or cancel: DEAL_ID; found " + (given.isEmpty() ? "none" : given.size())));
      return Optional.empty();
    }
    Shock.Kind kind = given.get(0);
    Shock.Origin origin = new Shock.Origin(file, node.line(), node.column());
    if (kind == Shock.Kind.CANCEL) {
      String deal = fields.requiredText("cancel");
      return problems.size() > before ? Optional.empty() : Optional.of(Shock.cancel(company, deal).at(origin));
    }
    double fraction = fraction(fields, kind.field(), expected(kind), 0);
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(Shock.of(company, kind, fraction).at(origin));
  }

  /** What a shock field's value must be. */
  private static String expected(Shock.Kind kind) {
    return switch (kind) {
      case CANCEL -> "a deal id, e.g. cancel: openai-oracle-cloud-2025-09";
      case DEFAULT -> "a recovery rate from 0 to 1 (0.4 pays 40 %)";
      case SHORTFALL, REVENUE_LOSS -> "a fraction from 0 to 1 (0.5 is half)";
    };
  }

  /** A number from 0 to 1, or {@code absent} when the field is left out; reports anything else. */
  private static double fraction(MappingFields fields, String name, String expected, double absent) {
    Node value = fields.node(name);
    if (value == null) {
      return absent;
    }
    if (value instanceof Node.Scalar scalar && scalar.kind() == Node.Scalar.Kind.NUMBER && scalar.number() != null) {
      double number = scalar.number().doubleValue();
      if (number >= 0 && number <= 1) {
        return number;
      }
    }
    fields.report(value, name, "expected " + expected + "; found " + value.describe());
    return absent;
  }
}
