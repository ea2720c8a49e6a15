package io.loopwatch.facts.parse;

/**
 * A value that cannot be read as the field requires. Checked, so that every conversion says it can
 * fail; it carries only a message because the caller knows the position and path.
 */
final class BadValue extends Exception {

  private static final long serialVersionUID = 1L;

  BadValue(String message) {
    // Control flow, not a crash: a stack trace would never be looked at.
    super(message, null, false, false);
  }

  /** {@code expected a list; found the string 'x'}. */
  static BadValue expected(String what, Node found) {
    return new BadValue("expected " + what + "; found " + found.describe());
  }
}
