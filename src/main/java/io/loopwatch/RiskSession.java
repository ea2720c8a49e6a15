package io.loopwatch;

import io.loopwatch.engine.AlertChanges;
import io.loopwatch.engine.LiveSession;
import io.loopwatch.facts.Fact;
import io.loopwatch.facts.FactSet;
import io.loopwatch.loops.Loop;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A live evaluation that takes facts as they come and reports which alerts appeared, changed or went
 * away. Open one with {@link RiskEngine#newSession(AlertListener)}; close it when done.
 *
 * <pre>
 * try (RiskSession session = engine.newSession(listener, LocalDate.parse("2026-02-05"))) {
 *   session.insertAll(FactFiles.load(Path.of("facts")));
 *   session.update(smallerDeal);             // listener.onUpdated(...) for every alert it changes
 *   session.retract("nvidia-openai-2026-02"); // listener.onCleared(...) for every alert that needed it
 * }
 * </pre>
 *
 * <p><b>Facts</b> are the six kinds of {@link Fact}, each known by its {@link Fact#id() id} ({@code
 * company/period} for financials). The facts a session holds always pass the checks of {@link
 * RiskEngine#evaluate(FactSet, LocalDate)} ({@link io.loopwatch.facts.FactSetValidator}): each
 * fact's own values, ids unique, every reference naming a fact of the right kind, no circles of
 * {@code supersedes} or {@code parent}. A change that would break them is refused with {@link
 * InvalidInputException}, whose diagnostics are what {@code evaluate} would report on the facts the
 * change would leave, and the session is unchanged and usable. So a fact comes after the facts it
 * names (a deal after its companies; {@link #insertAll} takes a batch in any order), and a fact
 * others name is retracted after them. After every change, the alerts are exactly those {@code
 * evaluate} gives for {@link #facts()} on {@link #asOf()}.
 *
 * <p><b>Time</b>: the session sees the world as of its date ({@link #asOf()}), like an as-of
 * evaluation: a fact dated later is held, and comes into view when {@link #advanceTo} reaches its
 * date. Rules that measure time measure it from this date; nothing reads the wall clock.
 *
 * <p><b>Threads</b>: every method is synchronized, so a session may be shared, but changes are
 * applied one at a time. Listener callbacks run on the calling thread, after the change is applied
 * and before the call returns, with the session still locked; so callbacks of one change never
 * interleave with those of another, and arrive in the order of the changes. Alerts are immutable:
 * a listener may hand them to another thread. A callback may read the session but must not change
 * it (that throws {@link IllegalStateException}). If callbacks throw, the rest are still delivered
 * and the first exception reaches the caller; the change stays applied.
 *
 * <p><b>Failures</b>: a rule that fails or exceeds the firing limit throws {@link
 * RuleExecutionException}, which names it, and a change that takes longer than the engine's time
 * limit throws {@link EvaluationTimeoutException}; the session is then unusable (every method but
 * {@link #asOf} and {@link #close} throws {@link IllegalStateException}, since after a timeout the
 * stopped change may still be running) and should be closed. A refused change ({@link InvalidInputException}) is not a failure: the session goes on.
 */
public final class RiskSession implements AutoCloseable {

  private final LiveSession live;
  private final AlertListener listener;
  private boolean notifying;
  private boolean closed;

  RiskSession(LiveSession live, AlertListener listener) {
    this.live = live;
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /**
   * Adds a fact; one with the same id must not be in the session, and what it refers to must be.
   *
   * @throws InvalidInputException if the facts would then fail the checks of {@code evaluate}; nothing changes
   */
  public synchronized void insert(Fact fact) throws InvalidInputException {
    requireOpen();
    show(live.insert(List.of(fact)));
  }

  /**
   * Adds every fact of the set at once, firing the rules once; they may refer to each other in any
   * order.
   *
   * @throws InvalidInputException if the facts would then fail the checks of {@code evaluate}; nothing changes
   */
  public synchronized void insertAll(FactSet facts) throws InvalidInputException {
    requireOpen();
    show(live.insert(facts.all().toList(), facts.locations()));
  }

  /**
   * Replaces the fact that has the same id, which must be of the same kind.
   *
   * @throws InvalidInputException if the facts would then fail the checks of {@code evaluate}; nothing changes
   * @throws IllegalArgumentException if no fact has its id, or one of another kind has
   */
  public synchronized void update(Fact fact) throws InvalidInputException {
    requireOpen();
    show(live.update(fact));
  }

  /**
   * Removes the fact with this id ({@code company/period} for financials).
   *
   * @throws InvalidInputException if other facts refer to it (each is named); nothing changes
   * @throws IllegalArgumentException if no fact has this id
   */
  public synchronized void retract(String id) throws InvalidInputException {
    requireOpen();
    show(live.retract(Objects.requireNonNull(id, "id")));
  }

  /** Moves the session's date forward: facts dated up to it come into view, time-based rules see the new day. */
  public synchronized void advanceTo(LocalDate date) {
    requireOpen();
    show(live.advanceTo(date));
  }

  /** The date the session sees the world at. */
  public synchronized LocalDate asOf() {
    return live.asOf();
  }

  /** The alerts now, most severe first. */
  public synchronized List<Alert> alerts() {
    requireNotClosed();
    live.requireUsable();
    return live.alerts();
  }

  /** The money loops among the facts known on the session's date. */
  public synchronized List<Loop> loops() {
    requireNotClosed();
    live.requireUsable();
    return live.loops();
  }

  /** Every fact the session holds, including those dated after its date. */
  public synchronized FactSet facts() {
    requireNotClosed();
    live.requireUsable();
    return live.facts();
  }

  /** Ends the session and frees its rule engine state. Calling it again does nothing. */
  @Override
  public synchronized void close() {
    if (!closed) {
      closed = true;
      live.close();
    }
  }

  /** Tells the listener how a change changed the alerts: the session tracks only what the change touched. */
  private void show(AlertChanges changes) {
    List<Runnable> calls = new ArrayList<>();
    changes.raised().forEach(alert -> calls.add(() -> listener.onRaised(alert)));
    changes.updated().forEach(update -> calls.add(() -> listener.onUpdated(update.before(), update.after())));
    changes.cleared().forEach(alert -> calls.add(() -> listener.onCleared(alert)));
    deliver(calls);
  }

  private void deliver(List<Runnable> calls) {
    RuntimeException first = null;
    notifying = true;
    try {
      for (Runnable call : calls) {
        try {
          call.run();
        } catch (RuntimeException e) {
          if (first == null) {
            first = e;
          } else {
            first.addSuppressed(e);
          }
        }
      }
    } finally {
      notifying = false;
    }
    if (first != null) {
      throw first;
    }
  }

  private void requireOpen() {
    requireNotClosed();
    if (notifying) {
      throw new IllegalStateException("a listener may read the session but not change it from its callback");
    }
  }

  private void requireNotClosed() {
    if (closed) {
      throw new IllegalStateException("the session is closed");
    }
  }
}
