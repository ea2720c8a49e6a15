package io.loopwatch.diff;

import java.io.PrintWriter;

/** A run-to-run diff for a person: what is new, changed and gone; unchanged alerts only counted. */
public final class DiffText {

  private DiffText() {}

  public static void write(RunDiff diff, PrintWriter out) {
    for (AlertChange change : diff.changes()) {
      AlertSnapshot alert = change.latest();
      switch (change.kind()) {
        case NEW -> out.println("+ new      " + alert.severity() + "  " + alert.rule() + "  " + alert.subjects()
            + "  " + alert.message());
        case GONE -> out.println("- gone     " + alert.severity() + "  " + alert.rule() + "  " + alert.subjects());
        case CHANGED -> {
          out.println("~ changed  " + alert.severity() + "  " + alert.rule() + "  " + alert.subjects());
          change.differences().forEach(d -> out.println("      " + d));
        }
        default -> { }
      }
    }
    out.println(diff.of(AlertChange.Kind.NEW).size() + " new, " + diff.of(AlertChange.Kind.CHANGED).size()
        + " changed, " + diff.of(AlertChange.Kind.GONE).size() + " gone, "
        + diff.of(AlertChange.Kind.UNCHANGED).size() + " unchanged");
  }
}
