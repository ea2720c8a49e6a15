package io.loopwatch.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.kie.api.KieServices;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.api.conf.EventProcessingOption;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.ClockTypeOption;
import org.kie.api.time.SessionPseudoClock;

/**
 * Time for the rules: every rule base is compiled in Drools Fusion's STREAM mode, so that rules can
 * treat news events and deals as events in time (temporal operators, sliding windows), and every
 * session runs on a pseudo clock set to the evaluation's date. Nothing in Loopwatch reads the wall
 * clock during an evaluation; the same facts on the same date give the same alerts on any day.
 */
final class StreamMode {

  /**
   * The clock stands at noon of the as-of day. Drools reads a {@code LocalDate} timestamp as the
   * start of that day in the JVM's time zone, so at noon every event dated on or before the as-of
   * day lies behind the clock by a whole number of days plus half a day. A summer-time shift of an
   * hour can then never move an event across a window's edge: {@code window:time(90d)} holds
   * exactly the events of the 90 days that end on the as-of day, in every time zone.
   */
  private static final int CLOCK_HOUR = 12;

  private StreamMode() {}

  static KieModuleModel kieModule(KieServices services) {
    KieModuleModel module = services.newKieModuleModel();
    module.newKieBaseModel("loopwatch")
        .setDefault(true)
        .setEventProcessingMode(EventProcessingOption.STREAM);
    return module;
  }

  /** A session on a pseudo clock at the as-of date, with the thresholds global and the date as a fact. */
  static KieSession open(CompiledRules rules, LocalDate asOf) {
    KieSessionConfiguration config = KieServices.get().newKieSessionConfiguration();
    config.setOption(ClockTypeOption.PSEUDO);
    KieSession session = rules.kieBase().newKieSession(config, null);
    moveClock(session, asOf);
    if (rules.declaresThresholdsGlobal()) {
      session.setGlobal("thresholds", rules.thresholds());
    }
    return session;
  }

  /** Moves the session's clock forward to the as-of date; Fusion fires what has come due. */
  static void moveClock(KieSession session, LocalDate asOf) {
    SessionPseudoClock clock = session.getSessionClock();
    long target = millis(asOf);
    if (target < clock.getCurrentTime()) {
      throw new IllegalArgumentException("a session's clock only moves forward: it stands at "
          + Instant.ofEpochMilli(clock.getCurrentTime()) + ", asked for " + asOf);
    }
    clock.advanceTime(target - clock.getCurrentTime(), TimeUnit.MILLISECONDS);
  }

  static long millis(LocalDate date) {
    return date.atTime(CLOCK_HOUR, 0).atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
  }
}
