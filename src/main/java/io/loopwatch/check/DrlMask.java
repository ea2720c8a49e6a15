package io.loopwatch.check;

/**
 * DRL text with comments, string literals and import lines blanked out (offsets and line breaks
 * kept), so that a search for unsafe calls finds code, not prose: a description that mentions
 * {@code System.exit} is not a call to it.
 */
final class DrlMask {

  private DrlMask() {}

  static String of(String text) {
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
        i = blank(out, i, closingQuote(text, i, c) + 1);
      } else if (startsLine(text, i) && text.startsWith("import", i)) {
        i = blankUntilLineEnd(out, i);
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

  private static boolean startsLine(String text, int i) {
    int j = i - 1;
    while (j >= 0 && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
      j--;
    }
    return j < 0 || text.charAt(j) == '\n';
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
