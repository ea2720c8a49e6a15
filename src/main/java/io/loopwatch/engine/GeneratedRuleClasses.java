package io.loopwatch.engine;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * Which rule each class and method of an executable-model kjar belongs to. Drools names generated
 * classes by hash, but a rule becomes a method {@code rule_<name>} (its name encoded as a Java
 * identifier, '-' as {@code _45}) that builds the rule from lambdas and lambda classes holding its
 * conditions and consequence. So code found in a stack trace or a sandbox violation can be traced
 * to the analyst's rule.
 */
final class GeneratedRuleClasses {

  private static final Pattern RULE_METHOD = Pattern.compile("(?:lambda\\$)?rule_(.+?)(?:\\$\\d+)?");

  /** Generated class (internal name) to the rules, as {@code package|encodedName}, that use it. */
  private final Map<String, Set<String>> usedByRules = new HashMap<>();

  private GeneratedRuleClasses() {}

  /** From the classes as read, before they are instrumented. */
  static GeneratedRuleClasses of(Collection<ClassNode> nodes) {
    GeneratedRuleClasses classes = new GeneratedRuleClasses();
    for (ClassNode node : nodes) {
      for (MethodNode method : node.methods) {
        Optional<String> rule = encodedRule(method.name);
        if (rule.isPresent()) {
          for (String used : classesUsedBy(method)) {
            classes.usedByRules.computeIfAbsent(used, k -> new LinkedHashSet<>()).add(packageOf(node.name) + "|" + rule.get());
          }
        }
      }
    }
    return classes;
  }

  /** Generated class (internal name) to the rules that use it, as kept in a sealed cache entry. */
  Map<String, Set<String>> byClass() {
    return Collections.unmodifiableMap(usedByRules);
  }

  /** As {@link #byClass} gave it. */
  static GeneratedRuleClasses of(Map<String, Set<String>> byClass) {
    GeneratedRuleClasses classes = new GeneratedRuleClasses();
    classes.usedByRules.putAll(byClass);
    return classes;
  }

  /** The encoded rule name of a method that builds or holds part of a rule ({@code rule_x}, {@code lambda$rule_x$0}). */
  static Optional<String> encodedRule(String methodName) {
    Matcher rule = RULE_METHOD.matcher(methodName);
    return rule.matches() ? Optional.of(rule.group(1)) : Optional.empty();
  }

  /**
   * The rules a piece of generated code belongs to, as {@code package|encodedName}: the rule whose
   * method it is, or the rules that use its class; empty for code of no rule (functions).
   */
  Set<String> rulesOf(String internalClassName, String methodName) {
    Optional<String> own = encodedRule(methodName);
    if (own.isPresent()) {
      return Set.of(packageOf(internalClassName) + "|" + own.get());
    }
    return usedByRules.getOrDefault(internalClassName, Set.of());
  }

  /** The DRL package of a generated class; lambda classes live in {@code P<hash>} subpackages of it. */
  static String packageOf(String internalName) {
    int slash = internalName.lastIndexOf('/');
    String pkg = slash < 0 ? "" : internalName.substring(0, slash).replace('/', '.');
    return pkg.matches(".*\\.P[0-9A-F]{2}") ? pkg.substring(0, pkg.lastIndexOf('.')) : pkg;
  }

  private static Set<String> classesUsedBy(MethodNode method) {
    Set<String> used = new LinkedHashSet<>();
    for (AbstractInsnNode insn : method.instructions) {
      if (insn instanceof MethodInsnNode call) {
        used.add(call.owner);
      } else if (insn instanceof FieldInsnNode field) {
        used.add(field.owner);
      } else if (insn instanceof TypeInsnNode type) {
        used.add(type.desc);
      } else if (insn instanceof LdcInsnNode constant && constant.cst instanceof Type type) {
        used.add(type.getInternalName());
      } else if (insn instanceof InvokeDynamicInsnNode dynamic) {
        for (Object argument : dynamic.bsmArgs) {
          if (argument instanceof Handle handle) {
            used.add(handle.getOwner());
          }
        }
      }
    }
    return used;
  }
}
