package io.loopwatch.sandbox;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;

/**
 * The classes of one compiled rule set, read once for everything the sandbox does with them:
 * verify them, let the engine trace them back to rules, then instrument them. Reading a class file
 * costs more than checking it, and a rule set has hundreds of small classes, so each is read once,
 * on all cores.
 */
public final class RuleClasses {

  private final Map<String, ClassNode> byName;

  private RuleClasses(Map<String, ClassNode> byName) {
    this.byName = byName;
  }

  /**
   * @param classFiles class file bytes by internal name
   * @throws IllegalArgumentException when bytes are not a class file
   */
  public static RuleClasses read(Map<String, byte[]> classFiles) {
    Map<String, ClassNode> byName = new ConcurrentHashMap<>();
    classFiles.values().parallelStream().forEach(bytes -> {
      ClassNode node = new ClassNode();
      new ClassReader(bytes).accept(node, 0);
      byName.put(node.name, node);
    });
    return new RuleClasses(byName);
  }

  /** What the classes do that the policy does not allow; empty when they may run. */
  public List<Violation> violations(RulePolicy policy) {
    return BytecodeVerifier.verifyNodes(byName, policy);
  }

  /** The classes as read, for reading only. */
  public Collection<ClassNode> nodes() {
    return byName.values();
  }

  /**
   * Every class file with deadline checks added, by internal name. The classes read are changed
   * by it, so it comes last.
   */
  public Map<String, byte[]> instrumented() {
    Map<String, byte[]> files = new ConcurrentHashMap<>();
    byName.values().parallelStream().forEach(node -> files.put(node.name, DeadlineInstrumenter.instrument(node)));
    return Map.copyOf(files);
  }
}
