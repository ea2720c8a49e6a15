package io.loopwatch.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.loopwatch.Alert;
import io.loopwatch.diff.AlertChange;
import io.loopwatch.diff.AlertSnapshot;
import io.loopwatch.diff.RunDiff;
import io.loopwatch.report.JsonOutput;
import io.loopwatch.report.JsonReport;
import io.loopwatch.suppress.SuppressionOutcome;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code run} adds to a report beyond the evaluation: the suppressions applied and the
 * comparison with a baseline run. Kept apart from the renderers, which know only reports.
 */
final class RunAnnotations {

  private final SuppressionOutcome suppression;
  private final boolean showSuppressed;
  private final RunDiff diff;

  /** @param diff null when no baseline was given */
  RunAnnotations(SuppressionOutcome suppression, boolean showSuppressed, RunDiff diff) {
    this.suppression = suppression;
    this.showSuppressed = showSuppressed;
    this.diff = diff;
  }

  void text(PrintWriter out) {
    if (!suppression.suppressed().isEmpty()) {
      out.println();
      out.println(suppression.suppressed().size() + " alert(s) suppressed"
          + (showSuppressed ? ":" : " (--show-suppressed lists them)"));
      if (showSuppressed) {
        suppression.suppressed().forEach(s -> out.println("  " + s.alert().severity() + "  " + s.alert().key()
            + "  until " + s.by().until() + " (" + s.by().addedBy() + ": " + s.by().reason() + ")"));
      }
    }
    if (diff != null) {
      out.println();
      out.println("Since the baseline:");
      for (AlertChange change : diff.changes()) {
        if (change.kind() != AlertChange.Kind.UNCHANGED) {
          AlertSnapshot alert = change.latest();
          out.println("  " + change.kind().label() + "  " + alert.severity() + "  " + alert.key()
              + (change.differences().isEmpty() ? "" : "  (" + String.join("; ", change.differences()) + ")"));
        }
      }
      out.println("  " + diff.of(AlertChange.Kind.NEW).size() + " new, " + diff.of(AlertChange.Kind.CHANGED).size()
          + " changed, " + diff.of(AlertChange.Kind.GONE).size() + " gone, "
          + diff.of(AlertChange.Kind.UNCHANGED).size() + " unchanged");
    }
  }

  /** Markdown has its summary at the top; the count of suppressed alerts closes the report. */
  void markdown(PrintWriter out) {
    if (!suppression.suppressed().isEmpty()) {
      out.println();
      out.println("_" + suppression.suppressed().size() + " alert(s) suppressed; `run --show-suppressed` lists them._");
    }
  }

  /** The page with the count of suppressed alerts added under its summary. */
  String html(String page) {
    if (suppression.suppressed().isEmpty()) {
      return page;
    }
    String note = "<p class=\"suppressed\">" + suppression.suppressed().size()
        + " alert(s) suppressed; <code>run --show-suppressed</code> lists them.</p>\n";
    int end = page.lastIndexOf("</body>");
    return end < 0 ? page + note : page.substring(0, end) + note + page.substring(end);
  }

  /** What the JSON report gains: the suppressed count, each alert's change, the suppressed and gone alerts. */
  JsonReport.Additions json() {
    return new JsonReport.Additions() {
      @Override
      public void toSummary(ObjectNode summary) {
        summary.put("suppressed", suppression.suppressed().size());
      }

      @Override
      public void toAlert(Alert alert, ObjectNode node) {
        if (diff != null) {
          AlertChange change = diff.forKey(alert.key());
          node.put("change", change == null ? "new" : change.kind().label());
        }
      }

      @Override
      public Map<String, JsonNode> after() {
        Map<String, JsonNode> sections = new LinkedHashMap<>();
        if (showSuppressed) {
          ArrayNode suppressed = JsonOutput.array();
          suppression.suppressed().forEach(s -> {
            ObjectNode node = JsonReport.alertJson(s.alert());
            node.putObject("suppression").put("reason", s.by().reason()).put("addedBy", s.by().addedBy())
                .put("until", s.by().until().toString());
            suppressed.add(node);
          });
          sections.put("suppressed", suppressed);
        }
        if (diff != null) {
          ArrayNode gone = JsonOutput.array();
          diff.of(AlertChange.Kind.GONE).forEach(c -> gone.addObject()
              .put("key", c.key()).put("rule", c.before().rule()).put("severity", c.before().severity())
              .put("message", c.before().message()));
          sections.put("gone", gone);
        }
        return sections;
      }
    };
  }

  static RunDiff diffAgainst(List<AlertSnapshot> baseline, List<Alert> alerts) {
    return RunDiff.between(baseline, alerts.stream().map(AlertSnapshot::of).toList());
  }
}
