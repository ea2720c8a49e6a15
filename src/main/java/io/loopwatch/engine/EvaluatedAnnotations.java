package io.loopwatch.engine;

import io.loopwatch.sandbox.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Finds {@code @timestamp} and {@code @duration} values that are expressions rather than a field's
 * name. Drools keeps them as text and evaluates that text with MVEL for every fact at run time,
 * outside any compiled code the sandbox checks. Loopwatch ships without MVEL, so Drools would only
 * fail on them later, fact by fact; refusing them here says so at the annotation, before anything runs.
 */
final class EvaluatedAnnotations {

  private static final Set<String> EVALUATED = Set.of("timestamp", "duration");
  private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z_$][\\w$]*");

  private EvaluatedAnnotations() {}

  /**
   * The executable model builds a declared type's metadata as {@code addAnnotation("timestamp",
   * annotationValue("value", "date"))}; the text is the string loaded just before the value is made.
   */
  static List<Violation> in(Collection<ClassNode> classes) {
    List<Violation> found = new ArrayList<>();
    for (ClassNode node : classes) {
      for (MethodNode method : node.methods) {
        String annotation = null;
        String lastText = null;
        for (AbstractInsnNode insn : method.instructions) {
          if (insn instanceof LdcInsnNode constant && constant.cst instanceof String text) {
            if (EVALUATED.contains(text)) {
              annotation = text;
            }
            lastText = text;
          } else if (insn instanceof MethodInsnNode call && call.name.equals("annotationValue") && annotation != null) {
            if (lastText != null && !FIELD_NAME.matcher(lastText).matches()) {
              found.add(new Violation(node.name, method.name, Violation.Kind.EVALUATES_TEXT,
                  "@" + annotation + "(" + lastText + ")"));
            }
          } else if (insn instanceof MethodInsnNode call && call.name.equals("addAnnotation")) {
            annotation = null;
          }
        }
      }
    }
    return found;
  }
}
