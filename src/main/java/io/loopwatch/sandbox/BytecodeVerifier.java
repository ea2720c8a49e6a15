package io.loopwatch.sandbox;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

/**
 * Checks what compiled rule code actually does, instruction by instruction, against a {@link
 * RulePolicy}: every call, field, method handle, lambda target, bootstrap method, superclass and
 * caught exception. Working on bytecode rather than DRL text means no spelling gets round it:
 * fully qualified names, imports, method references, MVEL and functions all end up as the same
 * instructions.
 */
public final class BytecodeVerifier {

  /** Bootstraps javac emits for lambdas, string concatenation and records; nothing else links code. */
  private static final Set<String> BOOTSTRAPS = Set.of(
      "java/lang/invoke/LambdaMetafactory#metafactory", "java/lang/invoke/LambdaMetafactory#altMetafactory",
      "java/lang/invoke/StringConcatFactory#makeConcatWithConstants",
      "java/lang/invoke/StringConcatFactory#makeConcat", "java/lang/runtime/ObjectMethods#bootstrap");

  private final RulePolicy policy;
  private final Map<String, ClassNode> classes;
  private final Set<Violation> found = new LinkedHashSet<>();
  /** The policy's answer by {@code owner#member}: a rule set names the same few hundred members often. */
  private final Map<String, Boolean> allowed = new HashMap<>();

  private BytecodeVerifier(RulePolicy policy, Map<String, ClassNode> classes) {
    this.policy = policy;
    this.classes = classes;
  }

  /**
   * Everything the classes do that the policy does not allow, in class and method order; empty when
   * they may run.
   *
   * @param classFiles class file bytes by internal name ({@code loopwatch/circular/Rules...})
   * @throws IllegalArgumentException when bytes are not a class file
   */
  public static List<Violation> verify(Map<String, byte[]> classFiles, RulePolicy policy) {
    Map<String, ClassNode> classes = new HashMap<>();
    for (Map.Entry<String, byte[]> file : classFiles.entrySet()) {
      ClassNode node = new ClassNode();
      new ClassReader(file.getValue()).accept(node, ClassReader.SKIP_FRAMES);
      classes.put(node.name, node);
    }
    return verifyNodes(classes, policy);
  }

  /** {@link #verify} on classes already read, by internal name; they are not changed. */
  public static List<Violation> verifyNodes(Map<String, ClassNode> classes, RulePolicy policy) {
    BytecodeVerifier verifier = new BytecodeVerifier(policy, classes);
    classes.values().stream()
        .sorted((a, b) -> a.name.compareTo(b.name))
        .forEach(verifier::verifyClass);
    return List.copyOf(verifier.found);
  }

  private void verifyClass(ClassNode node) {
    if (isAnonymousOrLocal(node)) {
      // Engine code calls an object's own methods (toString, getCause, finalize) on threads where no
      // deadline runs, so rule code may create objects only of classes it does not define itself.
      String base = node.interfaces.isEmpty() ? node.superName : node.interfaces.get(0);
      found.add(new Violation(node.name, "<class>", Violation.Kind.DEFINES_CLASS, javaName(base)));
    }
    if (node.superName != null && !mayName(node.superName)) {
      found.add(new Violation(node.name, "<class>", Violation.Kind.EXTENDS, javaName(node.superName)));
    }
    for (String implemented : node.interfaces) {
      if (!mayName(implemented)) {
        found.add(new Violation(node.name, "<class>", Violation.Kind.EXTENDS, javaName(implemented)));
      }
    }
    for (MethodNode method : node.methods) {
      verifyMethod(node, method);
    }
  }

  private void verifyMethod(ClassNode node, MethodNode method) {
    if (method.name.equals("finalize") && method.desc.equals("()V")) {
      // The JVM's finalizer thread would run it, outside any deadline.
      report(node, method, Violation.Kind.OVERRIDES, "java.lang.Object.finalize");
    }
    for (TryCatchBlockNode handler : method.tryCatchBlocks) {
      if (handler.type != null && (RulePolicy.UNCATCHABLE.contains(handler.type) || !mayName(handler.type))) {
        report(node, method, Violation.Kind.CATCHES, javaName(handler.type));
      }
    }
    for (AbstractInsnNode insn : method.instructions) {
      if (insn instanceof MethodInsnNode call) {
        checkMember(node, method, Violation.Kind.CALLS, call.owner, call.name, call.desc);
      } else if (insn instanceof FieldInsnNode field) {
        checkMember(node, method, Violation.Kind.USES_FIELD, field.owner, field.name, null);
      } else if (insn instanceof InvokeDynamicInsnNode dynamic) {
        checkDynamic(node, method, dynamic);
      } else if (insn instanceof LdcInsnNode constant) {
        checkConstant(node, method, constant.cst);
      } else if (insn.getOpcode() == Opcodes.MONITORENTER) {
        // A lock held while the deadline is met is released by a handler that javac makes cover
        // itself, where no check can stop a loop; and rules have nothing to synchronize.
        report(node, method, Violation.Kind.SYNCHRONIZES, "an object");
      }
    }
  }

  private void checkDynamic(ClassNode node, MethodNode method, InvokeDynamicInsnNode dynamic) {
    Handle bootstrap = dynamic.bsm;
    if (!BOOTSTRAPS.contains(bootstrap.getOwner() + "#" + bootstrap.getName())) {
      report(node, method, Violation.Kind.LINKS_THROUGH, javaName(bootstrap.getOwner()) + "." + bootstrap.getName());
    }
    for (Object argument : dynamic.bsmArgs) {
      checkConstant(node, method, argument);
    }
  }

  /** A method handle is a call waiting to happen ({@code System::exit}); a dynamic constant runs code. */
  private void checkConstant(ClassNode node, MethodNode method, Object constant) {
    if (constant instanceof Handle handle) {
      Violation.Kind kind = Violation.Kind.REFERS_TO;
      checkMember(node, method, kind, handle.getOwner(), handle.getName(), handle.getDesc());
    } else if (constant instanceof Type type && (type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY)
        && !mayName(type.getInternalName())) {
      // A class object reaches no member by itself, but Enum.valueOf(Class, ...) initialises it.
      report(node, method, Violation.Kind.REFERS_TO, javaName(type.getInternalName()) + ".class");
    } else if (constant instanceof ConstantDynamic dynamic) {
      Handle bootstrap = dynamic.getBootstrapMethod();
      report(node, method, Violation.Kind.DYNAMIC_CONSTANT, javaName(bootstrap.getOwner()) + "." + bootstrap.getName());
    }
  }

  private void checkMember(ClassNode node, MethodNode method, Violation.Kind kind, String owner, String name,
      String descriptor) {
    String resolved = owner;
    if (owner.startsWith("[")) {
      // Arrays have Object's members (clone, getClass, wait...); judge them as Object's.
      resolved = "java/lang/Object";
    } else if (classes.containsKey(owner)) {
      resolved = declaringOutside(owner, name, descriptor);
      if (resolved == null) {
        return; // the rule set's own code, verified in its own right
      }
    }
    String member = resolved;
    if (!allowed.computeIfAbsent(resolved + "#" + name + descriptor, k -> policy.allows(member, name, descriptor))) {
      report(node, method, kind, javaName(resolved) + "." + name);
    }
  }

  /**
   * For a member named on one of the rule set's own classes: null when that class (or a superclass
   * of the rule set's) declares it, else the first class outside the rule set that it inherits from,
   * which is what the call really reaches ({@code declaredFact.wait()} reaches Object's).
   */
  private String declaringOutside(String owner, String name, String descriptor) {
    Set<String> seen = new LinkedHashSet<>();
    String current = owner;
    while (current != null && classes.containsKey(current) && seen.add(current)) {
      ClassNode node = classes.get(current);
      boolean declared = descriptor == null
          ? node.fields.stream().anyMatch(f -> f.name.equals(name))
          : node.methods.stream().anyMatch(m -> m.name.equals(name) && m.desc.equals(descriptor));
      if (declared) {
        return null;
      }
      current = node.superName;
    }
    return current == null ? "java/lang/Object" : current;
  }

  /** Classes javac makes for {@code new T() { ... }} and for classes declared inside a method. */
  private static boolean isAnonymousOrLocal(ClassNode node) {
    return node.innerClasses.stream()
        .anyMatch(inner -> inner.name.equals(node.name) && (inner.innerName == null || inner.outerName == null));
  }

  private boolean mayName(String type) {
    String element = type.startsWith("[") ? Type.getType(type).getElementType().getInternalName() : type;
    return classes.containsKey(element) || element.length() == 1
        || allowed.computeIfAbsent(element, policy::allowsClass);
  }

  private void report(ClassNode node, MethodNode method, Violation.Kind kind, String target) {
    found.add(new Violation(node.name, method.name, kind, target));
  }

  private static String javaName(String internalName) {
    return internalName.replace('/', '.');
  }
}
