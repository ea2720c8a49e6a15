package io.loopwatch.facts.parse;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.loopwatch.Diagnostic;
import java.nio.file.Path;
import java.util.Locale;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Turns Jackson's parse exceptions into one-line diagnostics an analyst can act on. */
final class SyntaxError {

  private SyntaxError() {}

  static Diagnostic describe(Path file, Format format, JsonProcessingException e) {
    String prefix = "invalid " + format.displayName() + ": ";
    // SnakeYAML knows where the problem is; Jackson's location for YAML is often where the parser
    // last stood, a line or more earlier (an unterminated quote is reported at the key before it).
    if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
      Mark mark = yaml.getProblemMark();
      return new Diagnostic(
          file, mark.getLine() + 1, mark.getColumn() + 1, "", prefix + yamlMessage(yaml));
    }
    JsonLocation location = e.getLocation();
    int line = location == null ? 0 : Math.max(0, location.getLineNr());
    int column = location == null ? 0 : Math.max(0, location.getColumnNr());
    return new Diagnostic(file, line, column, "", prefix + jsonMessage(e.getOriginalMessage()));
  }

  /**
   * SnakeYAML's problem, with where the construct it was reading began: {@code found unexpected end
   * of stream (while scanning a quoted scalar started at line 3, column 11)}.
   */
  private static String yamlMessage(MarkedYAMLException e) {
    String problem = oneLine(e.getProblem());
    Mark start = e.getContextMark();
    if (e.getContext() == null || start == null) {
      return problem;
    }
    return problem + " (" + oneLine(e.getContext()) + " started at line " + (start.getLine() + 1)
        + ", column " + (start.getColumn() + 1) + ")";
  }

  /**
   * Jackson's message without its embedded locations (we give the position separately), and
   * without exception names, character codes and parser event classes, which mean nothing to
   * someone editing a file. Jackson reports a few YAML problems itself, so YAML passes here too.
   */
  private static String jsonMessage(String message) {
    String cleaned = oneLine(message)
        .replaceAll("^([a-z]+\\.)+[A-Za-z]+Exception: ", "")
        .replaceAll("\\[Source: [^\\]]*; line: (\\d+), column: (\\d+)\\]", "line $1, column $2")
        .replaceAll("\\('(.+?)' \\(code \\d+\\)\\)", "'$1'")
        .replaceAll(" \\(code \\d+\\)", "")
        .replaceAll(" \\(at char #\\d+, byte #-?\\d+\\)", "")
        .replace("<org.yaml.snakeyaml.events.SequenceStartEvent", "<a list")
        .replace("<org.yaml.snakeyaml.events.MappingStartEvent", "<an object")
        .replaceAll("<(a list|an object)\\([^>]*\\)>", "$1");
    return lowerFirst(cleaned);
  }

  private static String oneLine(String text) {
    return text == null ? "syntax error" : text.strip().replaceAll("\\s*\\n\\s*", " ");
  }

  private static String lowerFirst(String text) {
    if (text.length() < 2 || !Character.isLowerCase(text.charAt(1))) {
      return text;
    }
    return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
  }
}
