package io.loopwatch.engine;

import io.loopwatch.Diagnostic;
import io.loopwatch.InvalidInputException;
import io.loopwatch.RuleInfo;
import io.loopwatch.check.CheckCode;
import io.loopwatch.rules.Thresholds;
import io.loopwatch.sandbox.RulePolicy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.rule.Rule;

/**
 * Compiles the DRL files of a rules directory at run time with {@code KieFileSystem} and {@code
 * KieBuilder}, so analysts change rules without rebuilding anything. Every problem comes back as a
 * {@link Diagnostic} naming the analyst's own file, never Drools' generated names.
 */
public final class RuleCompiler {

  static final String RESOURCES = "src/main/resources/";

  /**
   * Kjars compiled in this JVM, by the key of their sources: tests, {@code watch} and reloads
   * compile the same rules many times. Only a shortcut past compiling; every load is verified (or
   * vouched for by the cache's seal).
   */
  private static final Map<CacheKey, byte[]> RECENT = Collections.synchronizedMap(
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<CacheKey, byte[]> eldest) {
          return size() > 16;
        }
      });

  private RuleCompiler() {}

  /** The rules under the standard {@link RulePolicy}, without a cache. */
  public static CompiledRules compile(Path rulesDirectory) throws IOException, InvalidInputException {
    return compile(rulesDirectory, RulesCache.none(), RulePolicy.standard());
  }

  /**
   * Compiles the rules to Drools' executable model, or loads them from the cache when they have not
   * changed since they were put there, and verifies the compiled code against the policy before any
   * of it runs. Drools' classic build is never used: it interprets conditions and evaluates some
   * DRL text with MVEL, which no check of compiled code can see.
   *
   * @throws InvalidInputException for rules that do not compile, have invalid metadata or
   *     thresholds, or call what the policy does not allow (LW501, at the call's file and line)
   */
  public static CompiledRules compile(Path rulesDirectory, RulesCache cache, RulePolicy policy)
      throws IOException, InvalidInputException {
    RuleFiles files = RuleFiles.scan(rulesDirectory);
    List<Diagnostic> problems = new ArrayList<>();
    Thresholds thresholds = ThresholdsFile.read(rulesDirectory, problems);
    ThresholdsFile.checkUses(files, files, thresholds, problems);
    ExecutableModel.Loaded loaded = sandboxed(KieServices.get(), files, cache, policy, problems);
    if (loaded == null) {
      throw failure(problems);
    }
    Map<String, RuleInfo> infos = MetadataCheck.check(rulesOf(loaded.kieBase()), new RuleDeclarations(files), problems);
    if (!problems.isEmpty()) {
      throw failure(problems);
    }
    return new CompiledRules(loaded.kieBase(), infos, thresholds, loaded.classes());
  }

  /**
   * What {@code check} needs: the metadata of every rule that has valid metadata, and every
   * problem, even when thresholds, some rules' metadata or the sandbox find fault, so that checks
   * that depend on the rule ids (tests, suppressions) still run.
   *
   * @param excluded files to leave out, for {@code check} to go on checking the other files when one
   *     does not compile, since Drools stops at the first broken file
   * @throws InvalidInputException when Drools cannot build the rules, or the sandbox refuses them
   */
  public static Checked check(Path rulesDirectory, Set<Path> excluded) throws IOException, InvalidInputException {
    RuleFiles all = RuleFiles.scan(rulesDirectory);
    RuleFiles files = all.without(excluded);
    List<Diagnostic> problems = new ArrayList<>();
    Thresholds thresholds = ThresholdsFile.read(rulesDirectory, problems);
    ThresholdsFile.checkUses(files, all, thresholds, problems);
    ExecutableModel.Loaded loaded = sandboxed(KieServices.get(), files, RulesCache.none(), RulePolicy.standard(), problems);
    if (loaded == null) {
      // Refused by the sandbox: nothing of it may be loaded, so its metadata cannot be read either.
      throw failure(problems);
    }
    Map<String, RuleInfo> infos = MetadataCheck.check(rulesOf(loaded.kieBase()), new RuleDeclarations(files), problems);
    return new Checked(CompiledRules.inFileOrder(infos.values()), problems);
  }

  /** The rules' metadata and the problems found while compiling them. */
  public record Checked(List<RuleInfo> rules, List<Diagnostic> problems) {
    public Checked {
      rules = List.copyOf(rules);
      problems = List.copyOf(problems);
    }
  }

  /** The rules of a rule base; queries (which Drools lists among them) are not rules. */
  private static List<Rule> rulesOf(KieBase kieBase) {
    return kieBase.getKiePackages().stream()
        .flatMap(p -> {
          Set<String> queries = new HashSet<>();
          p.getQueries().forEach(query -> queries.add(query.getName()));
          return p.getRules().stream().filter(rule -> !queries.contains(rule.getName()));
        })
        .sorted(Comparator.comparing(Rule::getPackageName).thenComparing(Rule::getName))
        .toList();
  }

  /**
   * The rule base as it runs: executable-model code that the sandbox verified and instrumented, in
   * this run or, under the seal of the user's key, in an earlier one. Null when the sandbox refuses
   * it, with the reasons in {@code problems}.
   *
   * @throws InvalidInputException when the rules do not compile
   */
  private static ExecutableModel.Loaded sandboxed(KieServices services, RuleFiles files, RulesCache cache, RulePolicy policy,
      List<Diagnostic> problems) throws InvalidInputException {
    CacheKey key = CacheKey.of(files);
    Optional<ExecutableModel.Loaded> sealed = cache.readVerified(key, policy)
        .flatMap(ExecutableModel::define)
        .filter(l -> declares(l, files));
    if (sealed.isPresent()) {
      return sealed.get();
    }
    Kjar kjar = kjar(services, files, cache, key, true, problems);
    try {
      Optional<ExecutableModel.Loaded> loaded = ExecutableModel.load(kjar.bytes(), policy).filter(l -> declares(l, files));
      if (loaded.isPresent()) {
        cache.writeVerified(key, policy, loaded.get().verified());
        return loaded.get();
      }
    } catch (ExecutableModel.Refused refused) {
      if (kjar.built()) {
        problems.addAll(SandboxDiagnostics.of(refused.violations(), refused.classes(), files));
        return null;
      }
      // Stored code the sandbox refuses may not be what these rules compile to (a forged or swapped
      // entry): judging the DRL by it would blame lines that call nothing of the kind, run after run.
    }
    // Not a kjar of these rules after all (a damaged or swapped cache entry): build it again, once.
    cache.forget(key);
    RECENT.remove(key);
    Kjar rebuilt = kjar(services, files, cache, key, false, problems);
    try {
      ExecutableModel.Loaded loaded = ExecutableModel.load(rebuilt.bytes(), policy)
          .orElseThrow(() -> new IllegalStateException("a freshly built rule set cannot be loaded"));
      cache.writeVerified(key, policy, loaded.verified());
      return loaded;
    } catch (ExecutableModel.Refused refused) {
      problems.addAll(SandboxDiagnostics.of(refused.violations(), refused.classes(), files));
      return null;
    }
  }

  /** A kjar's bytes, and whether this JVM compiled them from the DRL rather than read them from the cache. */
  private record Kjar(byte[] bytes, boolean built) {}

  /**
   * Whether a loaded rule base holds exactly the rules the DRL declares: a cache entry whose header
   * was made to match these sources but that holds another rule set's code is found out here.
   */
  private static boolean declares(ExecutableModel.Loaded loaded, RuleFiles files) {
    Set<String> loadedNames = new HashSet<>();
    for (Rule rule : rulesOf(loaded.kieBase())) {
      loadedNames.add(rule.getPackageName() + "|" + rule.getName());
    }
    return loadedNames.equals(new RuleDeclarations(files).names());
  }

  /**
   * The compiled kjar of these rules: from the cache, from memory, or built now; kept in both.
   *
   * @param reuse false to build now whatever the cache holds (it may not be writable, so forgetting
   *     an entry does not mean it is gone)
   */
  private static Kjar kjar(KieServices services, RuleFiles files, RulesCache cache, CacheKey key, boolean reuse,
      List<Diagnostic> problems) throws InvalidInputException {
    byte[] stored = reuse && cache.read(key) instanceof RulesCache.Kjar cached ? cached.bytes() : null;
    byte[] kjar = stored != null ? stored : reuse ? RECENT.get(key) : null;
    if (kjar == null) {
      // Drools loads declared types while it builds; values that would run code are refused first.
      List<Diagnostic> declared = DeclaredValues.check(files);
      if (!declared.isEmpty()) {
        problems.addAll(declared);
        throw failure(problems);
      }
      ReleaseId releaseId = services.newReleaseId("io.loopwatch.rules", "cached-rules", key.hex());
      ExecutableModel.Built built = ExecutableModel.build(services, fileSystem(services, releaseId, files), releaseId);
      if (built.bytes().isEmpty()) {
        problems.addAll(ExecutableModelMessages.toDiagnostics(built.errors(), files));
        throw failure(problems);
      }
      kjar = built.bytes().get();
    }
    if (!cache.holds(key) || !reuse) {
      cache.writeKjar(key, kjar);
    }
    RECENT.put(key, kjar);
    return new Kjar(kjar, stored == null);
  }

  private static KieFileSystem fileSystem(KieServices services, ReleaseId releaseId, RuleFiles files) {
    KieFileSystem kfs = services.newKieFileSystem();
    kfs.generateAndWritePomXML(releaseId);
    kfs.writeKModuleXML(StreamMode.kieModule(services).toXML());
    for (RuleFiles.DrlFile drl : files.files()) {
      kfs.write(RESOURCES + drl.relativeName(), drl.text());
    }
    return kfs;
  }

  private static InvalidInputException failure(List<Diagnostic> problems) {
    problems.sort(Comparator.comparing((Diagnostic d) -> String.valueOf(d.file()))
        .thenComparingInt(Diagnostic::line)
        .thenComparingInt(Diagnostic::column));
    return new InvalidInputException(problems);
  }
}
