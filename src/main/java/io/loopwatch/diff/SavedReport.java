package io.loopwatch.diff;

import io.loopwatch.Diagnostic;
import io.loopwatch.InvalidInputException;
import io.loopwatch.facts.parse.MappingFields;
import io.loopwatch.facts.parse.Node;
import io.loopwatch.facts.parse.PositionedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the alerts back from a report saved with {@code run --format json}. */
public final class SavedReport {

  private SavedReport() {}

  public static List<AlertSnapshot> read(Path file) throws IOException, InvalidInputException {
    if (!Files.isRegularFile(file)) {
      throw new InvalidInputException(List.of(new Diagnostic(file, 0, 0, "",
          "no such file; expected a report saved with 'run --format json'")));
    }
    List<Diagnostic> problems = new ArrayList<>();
    Optional<Node> root = PositionedReader.read(file, problems);
    List<AlertSnapshot> alerts = new ArrayList<>();
    Node.Entry list = root.orElse(null) instanceof Node.Mapping mapping ? mapping.entry("alerts") : null;
    if (root.isPresent() && (list == null || !(list.value() instanceof Node.Sequence))) {
      problems.add(new Diagnostic(file, root.get().line(), root.get().column(), "",
          "expected a report saved with 'run --format json': an object with an \"alerts\" list"));
    }
    if (list != null && list.value() instanceof Node.Sequence items) {
      for (int i = 0; i < items.items().size(); i++) {
        alert(file, items.items().get(i), "alerts[" + i + "]", problems).ifPresent(alerts::add);
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return alerts;
  }

  private static Optional<AlertSnapshot> alert(Path file, Node node, String path, List<Diagnostic> problems) {
    MappingFields alert = MappingFields.of(node, path, file, problems, "an alert object");
    if (alert == null) {
      return Optional.empty();
    }
    int before = problems.size();
    String why = "; expected an alert as written by 'run --format json'";
    String key = alert.requiredText("key", why);
    String rule = alert.requiredText("rule", why);
    String severity = alert.requiredText("severity", why);
    String message = alert.requiredText("message", why);
    List<String> subjects = alert.optionalTexts("subjects");
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new AlertSnapshot(key, rule, severity, subjects == null ? List.of() : subjects, message));
  }
}
