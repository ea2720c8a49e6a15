package io.loopwatch.sandbox;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.loopwatch.Diagnostic;
import io.loopwatch.InvalidInputException;
import io.loopwatch.RiskEngine;
import io.loopwatch.RuleInfo;
import io.loopwatch.cli.ExitCode;
import io.loopwatch.cli.Main;
import io.loopwatch.engine.CacheEntries;
import io.loopwatch.testing.Await;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 12: what a hostile analyst might write in a DRL file to run Java of their choosing, each
 * refused with LW501 at its own file and line on every path that loads rules: the library, the
 * compiled-rules cache, and the command line's {@code run}, {@code test}, {@code check} and
 * {@code watch}. Code that merely never ends cannot be refused, so the deadline must stop it.
 *
 * <p>The attempts are the files of {@code src/test/resources/sandbox/escapes}, one each, every one
 * in a package of its own, with the lines the sandbox must name marked {@code // LW501}; those that
 * would leave a file leave it under {@code ${MARKER}}. Each path loads all of them as one rule set:
 * the verifier reports every violation, so each file must still show its own refusal, and one compile
 * per path costs seconds where one per attempt would cost minutes. Attempts that would run while
 * Drools builds (values of declared types, in {@code sandbox/build-time}) are refused before the
 * build, so they make a rule set of their own. A JVM that an attempt exited
 * would end this run, so every test that finishes also shows that none did.
 */
class SandboxEscapeTest {

  private static final Path ESCAPES = Path.of("src/test/resources/sandbox/escapes");
  private static final Path BUILD_TIME = Path.of("src/test/resources/sandbox/build-time");
  private static final Path RUNAWAY = Path.of("src/test/resources/sandbox/runaway");
  private static final Path ALLOWED = Path.of("src/test/resources/sandbox/allowed");
  private static final String MARK = "// LW501";
  private static final String REFUSED = "which the rule sandbox does not allow";
  /** A line the command line prints about a file: {@code FILE:LINE:COLUMN: [CODE error: ]MESSAGE}. */
  private static final Pattern LINE = Pattern.compile("(?m)^(?:error: )?(\\S+\\.drl):(\\d+):\\d+: (.*)$");

  @TempDir
  static Path work;

  private static Path rules;
  private static Path marker;
  private static Path facts;

  /** What each path said about the attempts, worked out once per path (see the class comment). */
  private static final Map<String, List<Refusal>> SAID = new HashMap<>();

  /** One attempt: its file among the copied rules and the lines the sandbox may name. */
  record Attempt(String name, Path file, Set<Integer> markedLines) {
    /** The rule set it is loaded in: the copy of its directory. */
    Path rules() {
      return file.getParent();
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** A refusal the sandbox gave: the file and line it names, and what it says. */
  record Refusal(Path file, int line, String message) {}

  /** What the command line returned and printed. */
  record Output(int exitCode, String out, String err) {}

  @BeforeAll
  static void copyTheAttempts() throws IOException {
    marker = Files.createDirectories(work.resolve("marker"));
    rules = copy(ESCAPES, work.resolve("escapes"));
    copy(BUILD_TIME, work.resolve("build-time"));
    facts = work.resolve("facts.yaml");
    Files.writeString(facts, "companies:\n  - {id: acme, name: Acme Labs, roles: [ai-lab], country: US}\n");
  }

  private static Path copy(Path from, Path to) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> files = Files.list(from)) {
      for (Path drl : files.toList()) {
        Files.writeString(to.resolve(drl.getFileName()), Files.readString(drl).replace("${MARKER}", marker.toString()));
      }
    }
    return to;
  }

  static Stream<Attempt> attempts() throws IOException {
    List<Attempt> attempts = new ArrayList<>();
    attempts.addAll(attemptsIn(ESCAPES, "escapes"));
    attempts.addAll(attemptsIn(BUILD_TIME, "build-time"));
    assertThat(attempts).hasSizeGreaterThanOrEqualTo(30).allSatisfy(a -> assertThat(a.markedLines()).isNotEmpty());
    return attempts.stream();
  }

  private static List<Attempt> attemptsIn(Path directory, String copy) throws IOException {
    List<Attempt> attempts = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path drl : files.sorted().toList()) {
        List<String> lines = Files.readAllLines(drl);
        Set<Integer> marked = IntStream.rangeClosed(1, lines.size())
            .filter(n -> lines.get(n - 1).stripTrailing().endsWith(MARK))
            .boxed().collect(Collectors.toSet());
        String name = drl.getFileName().toString().replace(".drl", "");
        attempts.add(new Attempt(name, work.resolve(copy).resolve(drl.getFileName()), marked));
      }
    }
    return attempts;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attempts")
  void theLibraryRefusesIt(Attempt attempt) {
    assertRefused(attempt, said("library", attempt, () -> refusals(build(RiskEngine.builder().rules(attempt.rules())))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attempts")
  void theCompiledRulesCacheRefusesIt(Attempt attempt) {
    Path cache = work.resolve("cache");
    assertRefused(attempt, said("cache", attempt, () -> refusals(build(RiskEngine.builder().rules(attempt.rules()).compiledRulesCache(cache)))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attempts")
  void runRefusesIt(Attempt attempt) {
    assertRefused(attempt, said("run", attempt, () -> refusedBy(cli("run", "--rules", attempt.rules().toString(), "--facts", facts.toString()))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attempts")
  void testRefusesIt(Attempt attempt) {
    assertRefused(attempt, said("test", attempt, () -> refusedBy(cli("test", "--rules", attempt.rules().toString()))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attempts")
  void checkRefusesIt(Attempt attempt) {
    assertRefused(attempt, said("check", attempt, () -> {
      Output check = cli("check", "--rules", attempt.rules().toString());
      assertThat(check.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
      // check names the code; every error it finds is the sandbox's, so none hides another.
      assertThat(check.out()).doesNotContainPattern("LW(?!501|601)\\d+ error");
      return parse(check.out(), "LW501 error: ");
    }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attempts")
  void watchRefusesItBeforeWatching(Attempt attempt) {
    assertRefused(attempt, said("watch", attempt, () -> refusedBy(assertTimeoutPreemptively(Duration.ofMinutes(2),
        () -> cli("watch", "--rules", attempt.rules().toString(), "--facts", facts.toString(), "--quiet-ms", "200")))));
  }

  @Test
  void watchKeepsTheLastGoodRulesWhenAnEditTriesToEscape() throws Exception {
    Path watched = Files.createDirectories(work.resolve("watched"));
    Files.copy(ALLOWED.resolve("allowed-vocabulary.drl"), watched.resolve("allowed-vocabulary.drl"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int[] exit = {-1};
    Thread watching = new Thread(() -> exit[0] = Main.run(new String[] {"watch", "--rules", watched.toString(),
        "--facts", facts.toString(), "--quiet-ms", "200"}, new PrintWriter(out, true), new PrintWriter(err, true)));
    watching.start();
    try {
      Await.until(() -> out.toString().contains("Ctrl-C to stop"));
      Path escape = watched.resolve("writes-a-file-with-nio.drl");
      Files.copy(rules.resolve("writes-a-file-with-nio.drl"), escape);
      Await.until(() -> err.toString().contains("keeping the previous rules"));

      assertThat(err.toString()).contains(escape + ":12:").contains(REFUSED);
      assertThat(marker).isEmptyDirectory();
    } finally {
      watching.interrupt();
      watching.join(TimeUnit.SECONDS.toMillis(30));
    }
    assertThat(exit[0]).isEqualTo(ExitCode.OK);
  }

  @Test
  void anInnocentCacheEntryPlantedUnderAnAttemptsKeyIsNotUsed() throws Exception {
    Path cache = work.resolve("planted");
    Path innocent = freshCopy(ALLOWED.resolve("allowed-vocabulary.drl"), "innocent-planted").getParent();
    Attempt attempt = freshAttempt("exits-the-jvm", "escape-planted");
    RiskEngine.builder().rules(innocent).compiledRulesCache(cache).build();
    Path innocentEntry = CacheEntries.entryFor(cache, innocent);
    Path escapeEntry = CacheEntries.entryFor(cache, attempt.file().getParent());
    Files.copy(innocentEntry, escapeEntry);

    assertRefused(attempt, refusals(build(RiskEngine.builder().rules(attempt.file().getParent()).compiledRulesCache(cache))));
    assertThat(Files.readAllBytes(escapeEntry)).as("the planted entry was dropped and rebuilt")
        .isNotEqualTo(Files.readAllBytes(innocentEntry));
  }

  @Test
  void anAttemptsCacheEntryCopiedUnderAnInnocentKeyIsNotUsed() throws Exception {
    Path cache = work.resolve("copied");
    Attempt attempt = freshAttempt("runs-a-process", "escape-copied");
    Path innocent = freshCopy(ALLOWED.resolve("allowed-vocabulary.drl"), "innocent-copied").getParent();
    assertRefused(attempt, refusals(build(RiskEngine.builder().rules(attempt.file().getParent()).compiledRulesCache(cache))));
    Path escapeEntry = CacheEntries.entryFor(cache, attempt.file().getParent());
    assertThat(escapeEntry).as("refused rules are still cached, compiled but never loaded").exists();
    Files.copy(escapeEntry, CacheEntries.entryFor(cache, innocent));

    RiskEngine engine = RiskEngine.builder().rules(innocent).compiledRulesCache(cache).build();

    assertThat(engine.rules()).extracting(RuleInfo::id).containsExactly("uses-the-allowed-vocabulary");
  }

  @Test
  void aForgedCacheEntryIsVerifiedWhenItIsLoadedThenDroppedAndRebuilt() throws Exception {
    Path cache = work.resolve("forged");
    Attempt attempt = freshAttempt("halts-the-runtime", "escape-forged");
    Path innocent = freshCopy(ALLOWED.resolve("allowed-vocabulary.drl"), "innocent-forged").getParent();
    build(RiskEngine.builder().rules(attempt.file().getParent()).compiledRulesCache(cache));
    Path escapeEntry = CacheEntries.entryFor(cache, attempt.file().getParent());
    Path innocentEntry = CacheEntries.entryFor(cache, innocent);
    // The escape's compiled code behind a header that names the innocent rules' key, as a forger would write it.
    byte[] escape = Files.readAllBytes(escapeEntry);
    int headerEnd = indexOf(escape, (byte) '\n') + 1;
    String forgedHeader = new String(escape, 0, headerEnd, UTF_8).replace(keyOf(escapeEntry), keyOf(innocentEntry));
    byte[] forged = concat(forgedHeader.getBytes(UTF_8), escape, headerEnd);
    Files.write(innocentEntry, forged);

    // The forged code is refused, so never runs; it is not what the innocent DRL compiles to, so the
    // DRL is not blamed for it (run after run): the entry is dropped and the rules compiled again.
    RiskEngine engine = RiskEngine.builder().rules(innocent).compiledRulesCache(cache).build();

    assertThat(engine.rules()).extracting(RuleInfo::id).containsExactly("uses-the-allowed-vocabulary");
    assertThat(Files.readAllBytes(innocentEntry)).as("the forged entry was replaced").isNotEqualTo(forged);
  }

  @Test
  void aCacheEntryWhoseModelListNamesAClassOfTheClassPathMakesNoObjectOfIt() throws Exception {
    Path cache = work.resolve("model-list");
    Path innocent = freshCopy(ALLOWED.resolve("allowed-vocabulary.drl"), "innocent-model-list").getParent();
    RiskEngine.builder().rules(innocent).compiledRulesCache(cache).build();
    Path entry = CacheEntries.entryFor(cache, innocent);
    byte[] stored = Files.readAllBytes(entry);
    int headerEnd = indexOf(stored, (byte) '\n') + 1;
    // The list of model classes is text: a forger can name any class with a public constructor
    // (java.util.Timer starts a thread; here a class that counts the objects made of it).
    byte[] kjar = Arrays.copyOfRange(stored, headerEnd, stored.length);
    byte[] tampered = withModelList(kjar, "Drools-Model-Version:0.1.0-SNAPSHOT\n" + Constructed.class.getName() + "\n");
    Files.write(entry, concat(Arrays.copyOf(stored, headerEnd), tampered, 0));

    RiskEngine engine = RiskEngine.builder().rules(innocent).compiledRulesCache(cache).build();

    assertThat(Constructed.MADE).as("objects made of a class the kjar's list named").hasValue(0);
    assertThat(engine.rules()).extracting(RuleInfo::id).containsExactly("uses-the-allowed-vocabulary");
  }

  /** A class of the class path that says when an object of it is made. */
  public static final class Constructed {
    static final AtomicInteger MADE = new AtomicInteger();

    public Constructed() {
      MADE.incrementAndGet();
    }
  }

  private static byte[] withModelList(byte[] kjar, String list) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(kjar));
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        byte[] content = in.readAllBytes();
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(e.getName().endsWith("/drools-model") ? list.getBytes(UTF_8) : content);
        out.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource({"loop, loops-forever", "finally, continues-in-finally", "catch, catches-exceptions-in-a-loop",
      "recurse, recurses-for-ages"})
  void theDeadlineStopsAConsequenceThatNeverEnds(String company, String rule) throws IOException {
    Output run = cli("run", "--rules", RUNAWAY.toString(), "--facts", companyCalled(company).toString(),
        "--timeout", "1s");

    assertThat(run.exitCode()).isEqualTo(ExitCode.TIMED_OUT).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("error: " + RUNAWAY.resolve("runaway.drl") + ":" + lineOf(rule) + ": rule '"
        + rule + "': still running when the time limit of 1s passed; the evaluation was stopped.");
  }

  @Test
  void theDeadlineStopsAConditionThatNeverEnds() throws IOException {
    Output run = cli("run", "--rules", RUNAWAY.toString(), "--facts", companyCalled("condition").toString(),
        "--timeout", "1s");

    assertThat(run.exitCode()).isEqualTo(ExitCode.TIMED_OUT);
    // Outside any firing too, the rule is found: the deadline stopped its generated condition code.
    assertThat(run.err()).startsWith("error: " + RUNAWAY.resolve("runaway.drl") + ":60: rule 'spins-in-a-condition':"
        + " still running when the time limit of 1s passed");
  }

  @Test
  void aRuleFailureWhoseCausesGoRoundInACircleIsReportedAtItsRule() throws IOException {
    // After the deadline nothing stops a walk of the causes that waits for the last one: run hung.
    Output run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> cli("run", "--rules", RUNAWAY.toString(),
        "--facts", companyCalled("circle").toString(), "--timeout", "1s"));

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains(RUNAWAY.resolve("runaway.drl") + ":" + lineOf("throws-a-circle-of-causes") + ":")
        .contains("rule 'throws-a-circle-of-causes'");
  }

  // Helpers.

  /** Each attempt's file has refusals, all on lines marked for it, and nothing an attempt would write exists. */
  private static void assertRefused(Attempt attempt, List<Refusal> refusals) {
    List<Integer> lines = refusals.stream()
        .filter(r -> r.file().toAbsolutePath().normalize().equals(attempt.file().toAbsolutePath().normalize()))
        .map(Refusal::line)
        .toList();
    assertThat(lines).as("lines refused in %s", attempt.file().getFileName()).isNotEmpty();
    assertThat(attempt.markedLines()).as("lines marked %s in %s", MARK, attempt.file().getFileName()).containsAll(lines);
    assertThat(marker).as("files the attempts would have written").isEmptyDirectory();
  }

  private interface Outcome {
    List<Refusal> get() throws Exception;
  }

  private static synchronized List<Refusal> said(String path, Attempt attempt, Outcome outcome) {
    String key = path + " on " + attempt.rules();
    if (!SAID.containsKey(key)) {
      try {
        SAID.put(key, outcome.get());
      } catch (Exception e) {
        throw new AssertionError(key + " failed", e);
      }
    }
    return SAID.get(key);
  }

  private static InvalidInputException build(RiskEngine.Builder builder) {
    InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, builder::build);
    assertThat(refused).as("the rules were refused").isNotNull();
    return refused;
  }

  /** The library's refusals; every problem must be the sandbox's, so none hides another. */
  private static List<Refusal> refusals(InvalidInputException refused) {
    assertThat(refused.diagnostics()).extracting(Diagnostic::code).containsOnly("LW501");
    return refused.diagnostics().stream().map(d -> new Refusal(d.file(), d.line(), d.message())).toList();
  }

  /** The refusals run, test and watch print to stderr, having evaluated nothing. */
  private static List<Refusal> refusedBy(Output output) {
    assertThat(output.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(output.out()).doesNotContain("alert");
    assertThat(output.err()).contains(REFUSED);
    return parse(output.err(), "");
  }

  private static List<Refusal> parse(String printed, String prefix) {
    List<Refusal> refusals = new ArrayList<>();
    Matcher line = LINE.matcher(printed);
    while (line.find()) {
      if (line.group(3).startsWith(prefix) && line.group(3).contains(REFUSED)) {
        refusals.add(new Refusal(Path.of(line.group(1)), Integer.parseInt(line.group(2)), line.group(3)));
      }
    }
    return refusals;
  }

  private static Output cli(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Output(code, out.toString(), err.toString());
  }

  /**
   * An attempt in a directory of its own, its text made new by a comment so that no compile earlier in
   * this JVM has its key: the engine keeps recent compiles in memory, and would not read the cache.
   */
  private static Attempt freshAttempt(String name, String directory) throws IOException {
    Attempt original = attempts().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
    Path copy = freshCopy(original.file(), directory);
    return new Attempt(name, copy, original.markedLines());
  }

  /** The copy of one DRL file, alone in a new directory and with a key no earlier compile had. */
  private static Path freshCopy(Path drl, String directory) throws IOException {
    Path copy = Files.createDirectories(work.resolve(directory)).resolve(drl.getFileName());
    Files.writeString(copy, Files.readString(drl) + "// " + directory + " " + System.nanoTime() + "\n");
    return copy;
  }

  private static Path companyCalled(String id) throws IOException {
    Path file = work.resolve(id + ".yaml");
    Files.writeString(file, "companies:\n  - {id: " + id + ", name: Runaway, roles: [ai-lab], country: US}\n");
    return file;
  }

  private static int lineOf(String rule) throws IOException {
    List<String> lines = Files.readAllLines(RUNAWAY.resolve("runaway.drl"));
    return IntStream.range(0, lines.size()).filter(i -> lines.get(i).equals("rule \"" + rule + "\"")).findFirst()
        .orElseThrow() + 1;
  }

  private static String keyOf(Path entry) {
    String name = entry.getFileName().toString();
    return name.substring(0, name.lastIndexOf('.'));
  }

  private static int indexOf(byte[] bytes, byte wanted) {
    return IntStream.range(0, bytes.length).filter(i -> bytes[i] == wanted).findFirst().orElseThrow();
  }

  private static byte[] concat(byte[] head, byte[] source, int from) {
    byte[] joined = new byte[head.length + source.length - from];
    System.arraycopy(head, 0, joined, 0, head.length);
    System.arraycopy(source, from, joined, head.length, source.length - from);
    return joined;
  }

}
