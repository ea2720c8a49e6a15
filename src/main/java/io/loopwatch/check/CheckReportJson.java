package io.loopwatch.check;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.loopwatch.Diagnostic;
import io.loopwatch.report.JsonOutput;
import java.io.Writer;

/**
 * {@code {"summary": {"errors", "warnings"}, "problems": [{"file", "line", "column", "code",
 * "severity", "path", "message"}]}}, as documented in the README.
 */
public final class CheckReportJson {

  private CheckReportJson() {}

  public static void write(CheckResult result, Writer out) {
    ObjectNode root = JsonOutput.object();
    root.putObject("summary").put("errors", result.errors()).put("warnings", result.warnings());
    ArrayNode problems = root.putArray("problems");
    for (Diagnostic problem : result.problems()) {
      problems.addObject()
          .put("file", String.valueOf(problem.file()))
          .put("line", problem.line())
          .put("column", problem.column())
          .put("code", problem.code())
          .put("severity", CheckResult.levelOf(problem).label())
          .put("path", problem.path())
          .put("message", problem.message());
    }
    JsonOutput.write(root, out);
  }
}
