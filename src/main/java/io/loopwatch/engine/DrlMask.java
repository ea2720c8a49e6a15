package io.loopwatch.engine;

/**
 * DRL text with comments and, when asked, string literals blanked out (offsets and line breaks
 * kept), so that a search for the place of a call finds code, not prose: a description that
 * mentions {@code System.exit} is not a call to it.
 */
final class DrlMask {

  private DrlMask() {}

  static String of(String text) {
    return of(text, false);
  }

  /** With {@code keepStrings}, only comments are blanked: metadata values stay readable. */
  static String of(String text, boolean keepStrings) {
    char[] out = text.toCharArray();
    int i = 0;
    while (i < out.length) {
      char c = out[i];
      if (c == '/' && i + 1 < out.length && out[i + 1] == '/') {
        i = blankUntilLineEnd(out, i);
      } else if (c == '/' && i + 1 < out.length && out[i + 1] == '*') {
        int end = text.indexOf("*/", i + 2);
        i = blank(out, i, end < 0 ? out.length : end + 2);
      } else if (c == '"' || c == '\'') {
        int end = closingQuote(text, i, c) + 1;
        i = keepStrings ? end : blank(out, i, end);
      } else {
        i++;
      }
    }
    return new String(out);
  }

  private static int closingQuote(String text, int open, char quote) {
    for (int i = open + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == quote || c == '\n') {
        return i;
      }
    }
    return text.length() - 1;
  }

  private static int blankUntilLineEnd(char[] out, int from) {
    int i = from;
    while (i < out.length && out[i] != '\n') {
      out[i++] = ' ';
    }
    return i;
  }

  private static int blank(char[] out, int from, int to) {
    for (int i = from; i < Math.min(to, out.length); i++) {
      if (out[i] != '\n') {
        out[i] = ' ';
      }
    }
    return Math.min(to, out.length);
  }
}
