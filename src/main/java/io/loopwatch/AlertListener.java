package io.loopwatch;

/**
 * Hears how the alerts of a {@link RiskSession} change. After each change to the session, the
 * listener is told of every alert that appeared, changed or went away, compared by {@link
 * Alert#key()}: one key is one alert, so a change in severity, message or evidence is an update,
 * never a second alert.
 *
 * <p>Callbacks run on the thread that changed the session, after the change is applied, while the
 * session is locked: keep them short, and hand slow work to another thread (alerts are immutable,
 * so that is safe). A callback may read the session ({@link RiskSession#alerts()}) but not change
 * it. Each method does nothing by default.
 */
public interface AlertListener {

  /** An alert with a new key. */
  default void onRaised(Alert alert) {}

  /** The alert with this key changed: its severity, message, subjects or evidence. */
  default void onUpdated(Alert before, Alert after) {}

  /** The alert's cause is gone (a fact retracted or changed, a deal cancelled, a loop broken). */
  default void onCleared(Alert alert) {}
}
