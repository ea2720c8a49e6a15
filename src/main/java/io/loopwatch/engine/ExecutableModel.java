package io.loopwatch.engine;

import io.loopwatch.sandbox.RuleClasses;
import io.loopwatch.sandbox.RulePolicy;
import io.loopwatch.sandbox.Violation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.conf.EventProcessingOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rules compiled to Drools' executable model: DRL turned into Java once, kept as kjar bytes, and
 * loaded without parsing DRL or compiling anything. It is the only form in which rules run, because
 * everything in it, conditions included, is bytecode the sandbox can check: a classic build
 * interprets conditions with MVEL, which no check of compiled code sees. (Drools 8 also dropped
 * KieBase serialization, DROOLS-6623, so the kjar is what the cache keeps.)
 */
final class ExecutableModel {

  private static final Logger LOG = LoggerFactory.getLogger(ExecutableModel.class);

  private ExecutableModel() {}

  /** The kjar, or the messages of a build that failed. */
  record Built(byte[] kjar, List<Message> errors) {
    Optional<byte[]> bytes() {
      return Optional.ofNullable(kjar);
    }
  }

  /**
   * Rule code as the sandbox passed it: every class file with deadline checks added, by internal
   * name; the model classes among them; and which rule each class belongs to.
   */
  record Verified(Map<String, byte[]> classFiles, List<String> modelClassNames, GeneratedRuleClasses classes) {
    Verified {
      classFiles = Map.copyOf(classFiles);
      modelClassNames = List.copyOf(modelClassNames);
    }
  }

  /** A rule base ready to run, and the verified code it was made of. */
  record Loaded(KieBase kieBase, Verified verified) {
    /** Which rule each of its generated classes belongs to. */
    GeneratedRuleClasses classes() {
      return verified.classes();
    }
  }

  /** The rule code in a kjar does something the policy does not allow. */
  static final class Refused extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;
    private final transient GeneratedRuleClasses classes;

    Refused(List<Violation> violations, GeneratedRuleClasses classes) {
      super(violations.size() + " use(s) the rule sandbox does not allow", null, false, false);
      this.violations = List.copyOf(violations);
      this.classes = classes;
    }

    List<Violation> violations() {
      return violations;
    }

    /** Which rule each generated class belongs to, to trace each violation back to the DRL. */
    GeneratedRuleClasses classes() {
      return classes;
    }
  }

  // Synchronized: every build of one rule set has the same release id (its cache key), and Drools'
  // repository of modules is shared by the whole JVM.

  /**
   * Compiles the rules in the file system to a kjar. Nothing in it is loaded or run here; {@link
   * #load} verifies it first.
   */
  static synchronized Built build(KieServices services, KieFileSystem kfs, ReleaseId releaseId) {
    try {
      KieBuilder builder = services.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
      List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
      if (!errors.isEmpty()) {
        LOG.debug("the executable model cannot build these rules: {}", errors);
        return new Built(null, errors);
      }
      // Drools' only way to the bytes of a kjar built in memory is its internal module type.
      return new Built(((InternalKieModule) builder.getKieModule()).getBytes(), List.of());
    } catch (RuntimeException | LinkageError e) {
      LOG.debug("the executable model failed on these rules", e);
      return new Built(null, List.of());
    } finally {
      services.getRepository().removeKieModule(releaseId);
    }
  }

  /**
   * The rule base in a kjar written by {@link #build}, verified against the policy and with every
   * class instrumented to stop at its deadline; empty if the bytes are not such a kjar (a truncated
   * or foreign file in the cache).
   *
   * @throws Refused when rule code does something the policy does not allow; nothing of it has run
   */
  static Optional<Loaded> load(byte[] kjar, RulePolicy policy) throws Refused {
    Optional<Verified> verified = verify(kjar, policy);
    return verified.isPresent() ? define(verified.get()) : Optional.empty();
  }

  /**
   * The code of a kjar written by {@link #build}, verified against the policy and instrumented;
   * empty if the bytes are not such a kjar. Nothing of it is loaded.
   *
   * @throws Refused when rule code does something the policy does not allow
   */
  static Optional<Verified> verify(byte[] kjar, RulePolicy policy) throws Refused {
    long started = System.nanoTime();
    Map<String, byte[]> entries;
    List<String> modelClassNames;
    RuleClasses classes;
    List<Violation> violations;
    try {
      entries = KjarClassLoader.read(kjar);
      modelClassNames = KjarClassLoader.modelClassNames(entries);
      classes = RuleClasses.read(KjarClassLoader.classFiles(entries));
      violations = new ArrayList<>(classes.violations(policy));
      violations.addAll(EvaluatedAnnotations.in(classes.nodes()));
    } catch (IOException | RuntimeException e) {
      LOG.debug("cannot read a compiled rule set", e);
      return Optional.empty();
    }
    GeneratedRuleClasses generated = GeneratedRuleClasses.of(classes.nodes());
    if (!violations.isEmpty()) {
      throw new Refused(violations, generated);
    }
    Verified verified = new Verified(classes.instrumented(), modelClassNames, generated);
    LOG.debug("{} classes verified and instrumented in {} ms", verified.classFiles().size(),
        (System.nanoTime() - started) / 1_000_000);
    return Optional.of(verified);
  }

  /**
   * The rule base made of verified code, and nothing else: the only way rule code gets into the
   * JVM. Empty if it cannot be made (a model list that names no model of its own).
   */
  static Optional<Loaded> define(Verified verified) {
    long started = System.nanoTime();
    KjarClassLoader loader = new KjarClassLoader(verified.classFiles(), ExecutableModel.class.getClassLoader());
    try {
      List<Model> models = new ArrayList<>();
      for (String name : verified.modelClassNames()) {
        // The list is text in the kjar: a damaged or forged one could name any class on the class
        // path, whose constructor no check has seen. Only the kjar's own, verified models are made.
        Class<?> model = loader.loadClass(name);
        if (model.getClassLoader() != loader || !Model.class.isAssignableFrom(model)) {
          LOG.debug("the compiled rule set lists {} as a model, which is not one of its own", name);
          return Optional.empty();
        }
        models.add((Model) model.getConstructor().newInstance());
      }
      if (models.isEmpty()) {
        return Optional.empty();
      }
      // The same rule base the kmodule of StreamMode describes, built from the models themselves.
      KieBase kieBase = KieBaseBuilder.createKieBaseFromModel(models, EventProcessingOption.STREAM);
      LOG.debug("rule base made of {} models in {} ms", models.size(), (System.nanoTime() - started) / 1_000_000);
      return Optional.of(new Loaded(kieBase, verified));
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      LOG.debug("cannot load a compiled rule set", e);
      return Optional.empty();
    }
  }
}
