import io.loopwatch.Alert;
import io.loopwatch.AlertListener;
import io.loopwatch.RiskEngine;
import io.loopwatch.RiskSession;
import io.loopwatch.facts.Event;
import io.loopwatch.facts.EventKind;
import io.loopwatch.facts.FactFiles;
import io.loopwatch.facts.Source;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

public class LiveSessionExample {
  public static void main(String[] args) throws Exception {
    RiskEngine engine = RiskEngine.builder().rules(Path.of("rules")).build();   // compile once, reuse
    AlertListener printer = new AlertListener() {
      @Override public void onRaised(Alert a) { System.out.println("raised  " + a.severity() + " " + a.key()); }
      @Override public void onUpdated(Alert was, Alert now) { System.out.println("updated " + now.severity() + " " + now.key()); }
      @Override public void onCleared(Alert a) { System.out.println("cleared " + a.key()); }
    };
    LocalDate today = LocalDate.parse("2026-02-05");
    try (RiskSession session = engine.newSession(printer, today)) {
      session.insertAll(FactFiles.load(Path.of("facts")));                      // every alert is raised
      session.retract("openai-oracle-cloud-2025-09");                            // update 1: a contract falls through
      session.insert(new Event("ev-denial-2026-02-05", today, EventKind.DENIAL,  // update 2: a denial the day after the cut
          "nvidia-openai-loi-2025-09", null, List.of(new Source("Example Wire", today, null))));
      System.out.println(session.alerts().size() + " alerts now; most severe: " + session.alerts().get(0).message());
    }
  }
}
