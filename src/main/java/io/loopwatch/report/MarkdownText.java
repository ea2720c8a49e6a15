package io.loopwatch.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown-safe text. Fact-supplied names and notes may hold characters Markdown reads as syntax
 * ({@code *}, {@code |} in a table, {@code <script>} as raw HTML, {@code $} as GitHub math); each is
 * backslash-escaped, which CommonMark and GitHub show as the character itself. Only characters that
 * can start syntax are escaped, so the raw Markdown stays readable in a diff.
 */
final class MarkdownText {

  private static final String PUNCTUATION = "\\`*_{}[]<>#|~!&$";
  /** A line that starts with one of these, or with {@code 1.}, would become a list or a heading. */
  private static final Pattern BLOCK_START = Pattern.compile("^(\\d+)([.)])|^([-+=])");

  private MarkdownText() {}

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    Matcher start = BLOCK_START.matcher(text);
    if (start.find()) {
      out.append(start.group(1) == null ? "\\" + start.group(3) : start.group(1) + "\\" + start.group(2));
      text = text.substring(start.end());
    }
    for (char c : text.toCharArray()) {
      if (c == '\n' || c == '\r') {
        out.append(' ');
      } else {
        if (PUNCTUATION.indexOf(c) >= 0) {
          out.append('\\');
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** A code span that survives backticks in the text: the fence is longer than any run inside. */
  static String code(String text) {
    String flat = text.replace('\n', ' ').replace('\r', ' ');
    int longest = 0;
    int run = 0;
    for (char c : flat.toCharArray()) {
      run = c == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    String pad = flat.startsWith("`") || flat.endsWith("`") ? " " : "";
    return fence + pad + flat + pad + fence;
  }
}
