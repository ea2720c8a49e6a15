package io.loopwatch.check;

import io.loopwatch.Diagnostic;
import io.loopwatch.engine.RuleFiles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds Java in DRL that reaches outside the rule engine. DRL conditions and consequences run
 * arbitrary Java with the host's permissions, and analysts share rule files; a rule that exits
 * the JVM or opens a socket must be a deliberate, visible choice ({@code @unsafe("why")}).
 */
final class UnsafeCallLint {

  private record Danger(String what, Pattern pattern) {}

  private static final List<Danger> DANGERS = List.of(
      danger("exits the JVM", "\\bSystem\\s*\\.\\s*exit\\b", "\\bRuntime\\s*\\.\\s*getRuntime\\b",
          "\\.\\s*halt\\s*\\(", "\\bimport\\s+function\\s+java\\s*\\.\\s*lang\\s*\\.\\s*(System|Runtime)\\b"),
      danger("starts a process", "\\bProcessBuilder\\b", "\\.\\s*exec\\s*\\("),
      danger("touches files", "\\bjava\\s*\\.\\s*(io|nio)\\s*\\.", "\\bnew\\s+File\\b", "\\bFiles\\s*\\.",
          "\\b(FileInputStream|FileOutputStream|FileReader|FileWriter|RandomAccessFile|PrintStream)\\b",
          "\\bPaths?\\s*\\.\\s*(get|of)\\b"),
      danger("uses the network", "\\bjava\\s*\\.\\s*net\\s*\\.", "\\b(Socket|ServerSocket|DatagramSocket|HttpClient"
          + "|HttpURLConnection|URLConnection)\\b", "\\bnew\\s+URL\\b"),
      danger("uses reflection", "\\bjava\\s*\\.\\s*lang\\s*\\.\\s*reflect\\b", "\\.\\s*getDeclared\\w*\\s*\\(",
          "\\.\\s*getMethods?\\s*\\(", "\\.\\s*setAccessible\\s*\\(", "\\bMethodHandles\\b", "\\.\\s*newInstance\\s*\\("),
      danger("loads classes", "\\bClass\\s*\\.\\s*forName\\b", "\\bClassLoader\\b", "\\bSystem\\s*\\.\\s*load(Library)?\\b",
          "\\.\\s*getClassLoader\\s*\\(", "\\.\\s*loadClass\\s*\\(", "\\.\\s*defineClass\\s*\\("),
      danger("starts threads", "\\bnew\\s+(java\\s*\\.\\s*lang\\s*\\.\\s*)?Thread\\b",
          "\\bThread\\s*\\.\\s*(start\\w*|of\\w+|sleep)\\b", "\\bjava\\s*\\.\\s*util\\s*\\.\\s*concurrent\\b",
          "\\bExecutors?\\b", "\\bExecutorService\\b", "\\bForkJoinPool\\b", "\\bCompletableFuture\\s*\\.\\s*\\w+Async\\b",
          "\\bTimer\\b", "\\bimport\\s+function\\s+java\\s*\\.\\s*lang\\s*\\.\\s*Thread\\b"),
      danger("changes system properties", "\\bSystem\\s*\\.\\s*(setProperty|clearProperty|setProperties"
          + "|setSecurityManager|setIn|setOut|setErr)\\b"));

  private static final Pattern BLOCK =
      Pattern.compile("(?m)^[ \\t]*(rule|function)\\b[ \\t]*(?:\"([^\"]*)\"|'([^']*)'|([^\\s(]+))?");
  private static final Pattern ALLOWED = Pattern.compile("@unsafe\\s*\\(");

  private UnsafeCallLint() {}

  static List<Diagnostic> find(RuleFiles files) {
    List<Diagnostic> found = new ArrayList<>();
    for (RuleFiles.DrlFile drl : files.files()) {
      String masked = DrlMask.of(drl.text());
      for (Danger danger : DANGERS) {
        Matcher call = danger.pattern().matcher(masked);
        while (call.find()) {
          report(drl, masked, call.start(), call.group().strip(), danger.what(), found);
        }
      }
    }
    found.sort(Comparator.comparing((Diagnostic d) -> d.file().toString())
        .thenComparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
    return found;
  }

  private static void report(RuleFiles.DrlFile drl, String masked, int offset, String call, String what,
      List<Diagnostic> found) {
    Matcher block = BLOCK.matcher(masked);
    String kind = null;
    int blockStart = -1;
    while (block.find() && block.start() < offset) {
      kind = block.group(1);
      blockStart = block.start();
    }
    String name = kind == null ? null : blockName(drl.text(), blockStart);
    if ("rule".equals(kind) && isAllowed(drl.text(), blockStart)) {
      return;
    }
    String where = kind == null ? "" : kind + " '" + name + "' ";
    String remedy = "rule".equals(kind)
        ? "; if this is intended, say why with @unsafe(\"reason\") in the rule's metadata"
        : "; move it into a reviewed Java helper on the classpath";
    int[] position = position(drl.text(), offset);
    found.add(new Diagnostic(drl.path(), position[0], position[1], "",
        where + what + " (" + call.replaceAll("\\s+", " ") + ")" + remedy, CheckCode.UNSAFE_CALL.code()));
  }

  /**
   * Metadata values are strings, which the full mask blanks; so @unsafe is looked for in the text
   * with only comments blanked, where a commented-out {@code @unsafe} allows nothing.
   */
  private static boolean isAllowed(String text, int ruleStart) {
    String code = DrlMask.of(text, true);
    int when = code.indexOf("when", ruleStart);
    String header = code.substring(ruleStart, when < 0 ? code.length() : when);
    return ALLOWED.matcher(header).find();
  }

  private static String blockName(String text, int start) {
    Matcher header = BLOCK.matcher(text);
    if (header.find(start)) {
      for (int group = 2; group <= 4; group++) {
        if (header.group(group) != null) {
          return header.group(group);
        }
      }
    }
    return "?";
  }

  private static int[] position(String text, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, offset - lineStart + 1};
  }

  private static Danger danger(String what, String... patterns) {
    return new Danger(what, Pattern.compile(String.join("|", patterns)));
  }
}
