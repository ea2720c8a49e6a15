package io.loopwatch.facts.parse;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/**
 * Wording shared by every error message, so that all of them quote and suggest the same way;
 * public for the other inputs checked against the facts (stress scenarios).
 */
public final class Messages {

  /** Long enough for any id or label; longer values are notes pasted into the wrong field. */
  private static final int MAX_QUOTED = 60;

  private Messages() {}

  static String quote(String text) {
    String shown = text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "…" : text;
    return "'" + shown + "'";
  }

  /** {@code " (did you mean 'nvidia'?)"}, or "" when no candidate is close enough to help. */
  public static String didYouMean(String wrong, Collection<String> candidates) {
    return closest(wrong, candidates).map(c -> " (did you mean " + quote(c) + "?)").orElse("");
  }

  /**
   * The candidate nearest to a misspelt name. "Near" ignores case and allows about one edit in
   * three characters, so that {@code Nvidia} and {@code nvdia} find {@code nvidia}, while a short
   * name is not "corrected" to another short name it merely resembles.
   */
  static Optional<String> closest(String wrong, Collection<String> candidates) {
    String needle = wrong.toLowerCase(Locale.ROOT);
    int allowed = needle.length() < 3 ? 0 : Math.max(1, needle.length() / 3);
    return candidates.stream()
        .filter(c -> !c.equals(wrong))
        .map(c -> new Scored(c, distance(needle, c.toLowerCase(Locale.ROOT))))
        .filter(s -> s.distance <= allowed)
        .min(Comparator.comparingInt(Scored::distance).thenComparing(Scored::candidate))
        .map(Scored::candidate);
  }

  private record Scored(String candidate, int distance) {}

  /** Levenshtein distance; two rows, since the strings are ids and field names. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
