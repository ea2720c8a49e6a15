package io.loopwatch.engine;

import io.loopwatch.Diagnostic;
import io.loopwatch.InvalidInputException;
import io.loopwatch.RuleInfo;
import io.loopwatch.rules.Thresholds;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
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
  /** Each compiled rule set gets its own release id, so several engines can live in one JVM. */
  private static final AtomicLong BUILDS = new AtomicLong();

  private RuleCompiler() {}

  public static CompiledRules compile(Path rulesDirectory) throws IOException, InvalidInputException {
    return compile(rulesDirectory, RulesCache.none());
  }

  /**
   * Compiles the rules, or loads them from the cache when they have not changed since they were
   * put there. A rule set that does not compile is compiled the classic way for its diagnostics,
   * so errors read the same with or without a cache.
   */
  public static CompiledRules compile(Path rulesDirectory, RulesCache cache) throws IOException, InvalidInputException {
    Build build = build(rulesDirectory, Set.of(), cache);
    if (!build.problems().isEmpty()) {
      throw failure(new ArrayList<>(build.problems()));
    }
    return build.rules();
  }

  /**
   * Compiles all rule files but the excluded ones. {@code check} uses it to go on checking the
   * other files when one does not compile, since Drools stops at the first broken file.
   */
  public static CompiledRules compile(Path rulesDirectory, Set<Path> excluded) throws IOException, InvalidInputException {
    Build build = build(rulesDirectory, excluded, RulesCache.none());
    if (!build.problems().isEmpty()) {
      throw failure(new ArrayList<>(build.problems()));
    }
    return build.rules();
  }

  /**
   * What {@code check} needs: the metadata of every rule that has valid metadata, and every
   * problem, even when thresholds or some rules' metadata are wrong, so that checks that depend on
   * the rule ids (tests, suppressions) still run.
   *
   * @throws InvalidInputException only when Drools cannot build the rules at all
   */
  public static Checked check(Path rulesDirectory, Set<Path> excluded) throws IOException, InvalidInputException {
    Build build = build(rulesDirectory, excluded, RulesCache.none());
    return new Checked(build.rules().rules(), build.problems());
  }

  /** The rules' metadata and the problems found while compiling them. */
  public record Checked(List<RuleInfo> rules, List<Diagnostic> problems) {
    public Checked {
      rules = List.copyOf(rules);
      problems = List.copyOf(problems);
    }
  }

  private record Build(CompiledRules rules, List<Diagnostic> problems) {}

  private static Build build(Path rulesDirectory, Set<Path> excluded, RulesCache cache)
      throws IOException, InvalidInputException {
    RuleFiles all = RuleFiles.scan(rulesDirectory);
    RuleFiles files = all.without(excluded);
    List<Diagnostic> problems = new ArrayList<>();
    Thresholds thresholds = ThresholdsFile.read(rulesDirectory, problems);
    ThresholdsFile.checkUses(files, all, thresholds, problems);

    KieServices services = KieServices.get();
    KieBase kieBase = cache.enabled() ? cachedOrExecutable(services, files, cache) : null;
    if (kieBase == null) {
      kieBase = classic(services, files, problems);
    }
    List<Rule> rules = kieBase.getKiePackages().stream()
        .flatMap(p -> p.getRules().stream())
        .sorted(Comparator.comparing(Rule::getPackageName).thenComparing(Rule::getName))
        .toList();
    Map<String, RuleInfo> infos = MetadataCheck.check(rules, new RuleDeclarations(files), problems);
    return new Build(new CompiledRules(kieBase, infos, thresholds, files), problems);
  }

  /**
   * The rule base from the cache, or built with the executable model and put in the cache; null
   * when the executable model cannot build these rules (they may still compile the classic way).
   */
  private static KieBase cachedOrExecutable(KieServices services, RuleFiles files, RulesCache cache) {
    CacheKey key = CacheKey.of(files);
    RulesCache.Entry entry = cache.read(key);
    if (entry instanceof RulesCache.ClassicOnly) {
      return null;
    }
    if (entry instanceof RulesCache.Kjar kjar) {
      Optional<KieBase> loaded = ExecutableModel.load(kjar.bytes());
      if (loaded.isPresent()) {
        return loaded.get();
      }
      cache.forget(key);
    }
    ReleaseId releaseId = services.newReleaseId("io.loopwatch.rules", "cached-rules", key.hex());
    Optional<ExecutableModel.Built> built = ExecutableModel.build(services, fileSystem(services, releaseId, files), releaseId);
    if (built.isEmpty()) {
      cache.writeClassicOnly(key);
      return null;
    }
    cache.writeKjar(key, built.get().kjar());
    return built.get().kieBase();
  }

  /** Parses the DRL and compiles its Java with Drools' classic compiler, reporting every error. */
  private static KieBase classic(KieServices services, RuleFiles files, List<Diagnostic> problems)
      throws InvalidInputException {
    ReleaseId releaseId = services.newReleaseId("io.loopwatch.rules", "rules", "1.0." + BUILDS.incrementAndGet());
    KieFileSystem kfs = fileSystem(services, releaseId, files);
    Map<String, RuleFiles.DrlFile> byResource = new HashMap<>();
    for (RuleFiles.DrlFile drl : files.files()) {
      byResource.put(RESOURCES + drl.relativeName(), drl);
    }
    try {
      KieBuilder builder = services.newKieBuilder(kfs).buildAll();
      List<Diagnostic> buildErrors =
          DroolsMessages.toDiagnostics(builder.getResults().getMessages(Message.Level.ERROR), byResource);
      if (!buildErrors.isEmpty()) {
        problems.addAll(buildErrors);
        throw failure(problems);
      }
      return services.newKieContainer(releaseId).getKieBase();
    } finally {
      // The container keeps what it needs; the repository would otherwise hold every build.
      services.getRepository().removeKieModule(releaseId);
    }
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
