package io.loopwatch.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
 * loaded later without parsing DRL or compiling anything. Drools 8 dropped KieBase serialization
 * (DROOLS-6623); the executable model is the way it offers to keep a compiled rule set.
 */
final class ExecutableModel {

  private static final Logger LOG = LoggerFactory.getLogger(ExecutableModel.class);

  private ExecutableModel() {}

  /** The rule base and the kjar that holds it; empty when the executable model cannot build the rules. */
  record Built(KieBase kieBase, byte[] kjar) {}

  // Synchronized: every build of one rule set has the same release id (its cache key), and Drools'
  // repository of modules is shared by the whole JVM.

  /**
   * Builds the rules in the file system. Errors are not reported from here: the caller compiles
   * the DRL the classic way to report them, with the analyst's file, line and column.
   */
  static synchronized Optional<Built> build(KieServices services, KieFileSystem kfs, ReleaseId releaseId) {
    try {
      KieBuilder builder = services.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
      if (builder.getResults().hasMessages(Message.Level.ERROR)) {
        LOG.debug("the executable model cannot build these rules: {}", builder.getResults().getMessages());
        return Optional.empty();
      }
      // Drools' only way to the bytes of a kjar built in memory is its internal module type.
      byte[] kjar = ((InternalKieModule) builder.getKieModule()).getBytes();
      return Optional.of(new Built(services.newKieContainer(releaseId).getKieBase(), kjar));
    } catch (RuntimeException | LinkageError e) {
      LOG.debug("the executable model failed on these rules", e);
      return Optional.empty();
    } finally {
      services.getRepository().removeKieModule(releaseId);
    }
  }

  /**
   * The rule base in a kjar written by {@link #build}, or empty if the bytes are not one (a
   * truncated or foreign file in the cache).
   */
  static Optional<KieBase> load(byte[] kjar) {
    try {
      KjarClassLoader classes = KjarClassLoader.of(kjar, ExecutableModel.class.getClassLoader());
      List<Model> models = new ArrayList<>();
      for (String name : classes.modelClassNames()) {
        models.add((Model) classes.loadClass(name).getConstructor().newInstance());
      }
      if (models.isEmpty()) {
        return Optional.empty();
      }
      // The same rule base the kmodule of StreamMode describes, built from the models themselves.
      return Optional.of(KieBaseBuilder.createKieBaseFromModel(models, EventProcessingOption.STREAM));
    } catch (IOException | ReflectiveOperationException | RuntimeException | LinkageError e) {
      LOG.debug("cannot load a compiled rule set from the cache", e);
      return Optional.empty();
    }
  }
}
