package io.loopwatch.suppress;

import io.loopwatch.Diagnostic;
import io.loopwatch.InvalidInputException;
import io.loopwatch.facts.parse.MappingFields;
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
        MappingFields.of(root.get(), "", file, problems, "").rejectUnknown(Set.of("suppressions"));
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
    MappingFields entry = MappingFields.of(node, path, file, problems,
        "an entry with rule and/or subjects, reason, addedBy and until");
    if (entry == null) {
      return Optional.empty();
    }
    int before = problems.size();
    entry.rejectUnknown(FIELDS);
    String rule = entry.optionalText("rule");
    List<String> subjects = entry.optionalTexts("subjects");
    String reason = entry.requiredText("reason");
    String addedBy = entry.requiredText("addedBy");
    LocalDate until = entry.requiredDate("until", "; every suppression expires, nothing is suppressed forever");
    if (rule == null && subjects == null) {
      problems.add(new Diagnostic(file, entry.line(), entry.column(), path,
          "an entry names a rule, subjects or both; a suppression of everything is not allowed"));
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new Suppression(rule, subjects, reason, addedBy, until, file, entry.line(), entry.column()));
  }
}
