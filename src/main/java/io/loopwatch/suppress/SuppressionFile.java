package io.loopwatch.suppress;

import io.loopwatch.Diagnostic;
import io.loopwatch.InvalidInputException;
import io.loopwatch.facts.parse.Node;
import io.loopwatch.facts.parse.PositionedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a suppressions file:
 *
 * <pre>
 * suppressions:
 *   - rule: rival-chip
 *     subjects: [nvidia, intel]
 *     reason: Intel's GPU is a roadmap item; revisit when it samples
 *     addedBy: j.doe
 *     until: 2026-06-30
 * </pre>
 *
 * Every problem is reported with its line and column, like any other input.
 */
public final class SuppressionFile {

  /** The default file, beside the rules. */
  public static final String DEFAULT_NAME = "suppressions.yaml";
  private static final List<String> FIELDS = List.of("rule", "subjects", "reason", "addedBy", "until");

  private SuppressionFile() {}

  /** The entries of the file; none when the file does not exist. */
  public static List<Suppression> read(Path file) throws IOException, InvalidInputException {
    if (!Files.exists(file)) {
      return List.of();
    }
    List<Diagnostic> problems = new ArrayList<>();
    List<Suppression> entries = new ArrayList<>();
    Optional<Node> root = PositionedReader.read(file, problems);
    if (root.isPresent()) {
      Node.Entry list = root.get() instanceof Node.Mapping mapping ? mapping.entry("suppressions") : null;
      if (list == null || !(list.value() instanceof Node.Sequence items)) {
        problems.add(new Diagnostic(file, root.get().line(), root.get().column(), "",
            "expected 'suppressions:' with a list of entries"));
      } else {
        reportUnknown(file, (Node.Mapping) root.get(), Set.of("suppressions"), "", problems);
        for (int i = 0; i < items.items().size(); i++) {
          entry(file, items.items().get(i), "suppressions[" + i + "]", problems).ifPresent(entries::add);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return List.copyOf(entries);
  }

  private static Optional<Suppression> entry(Path file, Node node, String path, List<Diagnostic> problems) {
    if (!(node instanceof Node.Mapping entry)) {
      problems.add(new Diagnostic(file, node.line(), node.column(), path,
          "expected an entry with rule and/or subjects, reason, addedBy and until; found " + node.describe()));
      return Optional.empty();
    }
    int before = problems.size();
    reportUnknown(file, entry, Set.copyOf(FIELDS), path, problems);
    String rule = text(file, entry, "rule", path, false, problems);
    List<String> subjects = texts(file, entry, "subjects", path, problems);
    String reason = text(file, entry, "reason", path, true, problems);
    String addedBy = text(file, entry, "addedBy", path, true, problems);
    String untilText = text(file, entry, "until", path, true, problems);
    LocalDate until = null;
    if (untilText != null) {
      try {
        until = LocalDate.parse(untilText);
      } catch (DateTimeParseException e) {
        Node value = entry.entry("until").value();
        problems.add(new Diagnostic(file, value.line(), value.column(), path + ".until",
            "expected an ISO-8601 date yyyy-mm-dd; found '" + untilText + "'"));
      }
    }
    if (rule == null && subjects == null) {
      problems.add(new Diagnostic(file, entry.line(), entry.column(), path,
          "an entry names a rule, subjects or both; a suppression of everything is not allowed"));
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new Suppression(rule, subjects, reason, addedBy, until, file, entry.line(), entry.column()));
  }

  private static String text(Path file, Node.Mapping entry, String field, String path, boolean required,
      List<Diagnostic> problems) {
    Node.Entry found = entry.entry(field);
    if (found == null || (found.value() instanceof Node.Scalar s && s.isAbsent())) {
      if (required) {
        problems.add(new Diagnostic(file, entry.line(), entry.column(), path + "." + field,
            "missing required field '" + field + "'" + (field.equals("until")
                ? "; every suppression expires, nothing is suppressed forever" : "")));
      }
      return null;
    }
    if (found.value() instanceof Node.Scalar scalar) {
      return scalar.text();
    }
    problems.add(new Diagnostic(file, found.value().line(), found.value().column(), path + "." + field,
        "expected text; found " + found.value().describe()));
    return null;
  }

  private static List<String> texts(Path file, Node.Mapping entry, String field, String path,
      List<Diagnostic> problems) {
    Node.Entry found = entry.entry(field);
    if (found == null) {
      return null;
    }
    if (!(found.value() instanceof Node.Sequence list)) {
      problems.add(new Diagnostic(file, found.value().line(), found.value().column(), path + "." + field,
          "expected a list of company ids; found " + found.value().describe()));
      return null;
    }
    List<String> ids = new ArrayList<>();
    for (Node item : list.items()) {
      if (item instanceof Node.Scalar scalar) {
        ids.add(scalar.text());
      } else {
        problems.add(new Diagnostic(file, item.line(), item.column(), path + "." + field,
            "expected a company id; found " + item.describe()));
      }
    }
    return ids;
  }

  private static void reportUnknown(Path file, Node.Mapping object, Set<String> known, String path,
      List<Diagnostic> problems) {
    for (Node.Entry e : object.entries()) {
      if (!known.contains(e.key())) {
        problems.add(new Diagnostic(file, e.line(), e.column(), path.isEmpty() ? e.key() : path + "." + e.key(),
            "unknown field '" + e.key() + "'; valid fields are: "
                + (known.size() == 1 ? "suppressions" : String.join(", ", FIELDS))));
      }
    }
  }
}
