package io.loopwatch.sandbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

/**
 * Rewrites compiled rule code so that it stops at its {@link Deadline}: a call to {@link
 * Deadline#check()} at the entry of every method, before every backward jump or switch, and at
 * the start of every exception handler. So {@code while (true) {}} stops at its next turn, endless
 * recursion at its next call, and a {@code finally} that loops back meets the deadline again on
 * the way in. No thread is ever stopped from outside.
 *
 * <p>The call takes and leaves nothing on the operand stack and adds no branch target, so the
 * class's stack map frames and maximum stack stay valid as they are.
 */
public final class DeadlineInstrumenter {

  private static final String DEADLINE = Deadline.class.getName().replace('.', '/');

  private DeadlineInstrumenter() {}

  /** The class file with deadline checks added. */
  public static byte[] instrument(byte[] classFile) {
    ClassNode node = new ClassNode();
    new ClassReader(classFile).accept(node, 0);
    return instrument(node);
  }

  /**
   * The class file of a class read with its stack map frames (no {@code SKIP_FRAMES}), with deadline
   * checks added; the node itself is changed.
   */
  public static byte[] instrument(ClassNode node) {
    for (MethodNode method : node.methods) {
      if (method.instructions.size() > 0) {
        instrument(method);
      }
    }
    ClassWriter writer = new ClassWriter(0);
    node.accept(writer);
    return writer.toByteArray();
  }

  private static void instrument(MethodNode method) {
    Map<LabelNode, Integer> labels = new HashMap<>();
    int index = 0;
    for (AbstractInsnNode insn : method.instructions) {
      if (insn instanceof LabelNode label) {
        labels.put(label, index);
      }
      index++;
    }
    List<AbstractInsnNode> before = new ArrayList<>();
    index = 0;
    for (AbstractInsnNode insn : method.instructions) {
      if (jumpsBack(insn, index, labels)) {
        before.add(insn);
      }
      index++;
    }
    Set<AbstractInsnNode> handlerStarts = new HashSet<>();
    for (TryCatchBlockNode handler : method.tryCatchBlocks) {
      AbstractInsnNode first = firstInstruction(handler.handler);
      if (first != null && !coversItself(handler, labels)) {
        handlerStarts.add(first);
      }
    }
    before.addAll(handlerStarts);
    for (AbstractInsnNode insn : before) {
      method.instructions.insertBefore(insn, check());
    }
    AbstractInsnNode entry = firstInstruction(method.instructions.getFirst());
    if (entry != null) {
      method.instructions.insertBefore(entry, check());
    }
  }

  /**
   * A handler whose own try range holds its start (javac's for a {@code synchronized} block): a
   * check there would throw into the same handler, again and again.
   */
  private static boolean coversItself(TryCatchBlockNode handler, Map<LabelNode, Integer> labels) {
    int at = labels.getOrDefault(handler.handler, -1);
    return labels.getOrDefault(handler.start, Integer.MAX_VALUE) <= at && at < labels.getOrDefault(handler.end, -1);
  }

  private static boolean jumpsBack(AbstractInsnNode insn, int index, Map<LabelNode, Integer> labels) {
    List<LabelNode> targets = new ArrayList<>();
    if (insn instanceof JumpInsnNode jump) {
      targets.add(jump.label);
    } else if (insn instanceof TableSwitchInsnNode table) {
      targets.add(table.dflt);
      targets.addAll(table.labels);
    } else if (insn instanceof LookupSwitchInsnNode lookup) {
      targets.add(lookup.dflt);
      targets.addAll(lookup.labels);
    }
    return targets.stream().anyMatch(target -> labels.getOrDefault(target, Integer.MAX_VALUE) <= index);
  }

  /** The first real instruction at or after a node: labels, line numbers and frames are not code. */
  private static AbstractInsnNode firstInstruction(AbstractInsnNode from) {
    AbstractInsnNode insn = from;
    while (insn != null && insn.getOpcode() < 0) {
      insn = insn.getNext();
    }
    return insn;
  }

  private static MethodInsnNode check() {
    return new MethodInsnNode(Opcodes.INVOKESTATIC, DEADLINE, "check", "()V", false);
  }
}
