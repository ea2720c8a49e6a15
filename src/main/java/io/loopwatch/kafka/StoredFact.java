package io.loopwatch.kafka;

/**
 * What the state store keeps for a fact key: the latest change applied, with its record timestamp,
 * so that a change that arrives after a newer one for the same fact (out of order) is not applied
 * over it. A retraction is kept too, as a marker, for the same reason.
 *
 * @param json the fact as its record carried it; null once retracted
 */
record StoredFact(long timestamp, String json) {

  static StoredFact held(long timestamp, String json) {
    return new StoredFact(timestamp, json);
  }

  static StoredFact retracted(long timestamp) {
    return new StoredFact(timestamp, null);
  }

  boolean isHeld() {
    return json != null;
  }

  /** {@code +timestamp\njson} or {@code -timestamp}. */
  String encode() {
    return isHeld() ? "+" + timestamp + "\n" + json : "-" + timestamp;
  }

  /** @return null for null (nothing stored) */
  static StoredFact decode(String stored) {
    if (stored == null) {
      return null;
    }
    if (stored.startsWith("-")) {
      return retracted(Long.parseLong(stored.substring(1)));
    }
    int newline = stored.indexOf('\n');
    return held(Long.parseLong(stored.substring(1, newline)), stored.substring(newline + 1));
  }
}
