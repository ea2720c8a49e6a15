package io.loopwatch.check;

import io.loopwatch.Diagnostic;
import java.io.PrintWriter;

/** One line a problem, {@code file:line:column: CODE severity: message}, which editors and CI logs link. */
public final class CheckReportText {

  private CheckReportText() {}

  public static void write(CheckResult result, PrintWriter out) {
    for (Diagnostic problem : result.problems()) {
      out.println(location(problem) + ": " + problem.code() + " " + CheckResult.levelOf(problem).label() + ": "
          + (problem.path().isEmpty() ? "" : problem.path() + ": ") + problem.message());
    }
    out.println(result.errors() + " error(s), " + result.warnings() + " warning(s)");
  }

  private static String location(Diagnostic problem) {
    StringBuilder where = new StringBuilder(String.valueOf(problem.file()));
    if (problem.line() > 0) {
      where.append(':').append(problem.line());
      if (problem.column() > 0) {
        where.append(':').append(problem.column());
      }
    }
    return where.toString();
  }
}
