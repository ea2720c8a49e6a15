package io.loopwatch.sandbox;

import java.util.Objects;

/**
 * One thing compiled rule code does that the {@link RulePolicy} does not allow.
 *
 * @param className the generated class it is in, as bytecode names it ({@code loopwatch/circular/Rules...})
 * @param methodName the generated method it is in, which names the rule or function it came from
 * @param kind what the code does with the target
 * @param target the class or member, in Java's spelling ({@code java.lang.System.exit})
 */
public record Violation(String className, String methodName, Kind kind, String target) {

  /** What rule code does with something it may not use. */
  public enum Kind {
    CALLS("calls"),
    USES_FIELD("uses the field"),
    REFERS_TO("refers to"),
    LINKS_THROUGH("links through"),
    EXTENDS("extends"),
    CATCHES("catches"),
    DYNAMIC_CONSTANT("loads a dynamic constant through"),
    EVALUATES_TEXT("asks the engine to evaluate"),
    DEFINES_CLASS("defines a class of its own extending"),
    OVERRIDES("overrides"),
    SYNCHRONIZES("synchronizes on");

    private final String verb;

    Kind(String verb) {
      this.verb = verb;
    }

    public String verb() {
      return verb;
    }
  }

  public Violation {
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(methodName, "methodName");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(target, "target");
  }

  /**
   * The simple name a reader looks for in the DRL: the method or field name, or the class's own
   * name for a constructor, a superclass or a caught exception.
   */
  public String token() {
    if (kind == Kind.EVALUATES_TEXT) {
      return target.substring(target.indexOf('@') + 1, target.indexOf('('));
    }
    if (kind == Kind.SYNCHRONIZES) {
      return "synchronized";
    }
    boolean namesAClass = kind == Kind.EXTENDS || kind == Kind.CATCHES || kind == Kind.DEFINES_CLASS;
    String type = namesAClass ? target
        : target.endsWith(".<init>") ? target.substring(0, target.length() - ".<init>".length())
        : target.endsWith(".class") ? target.substring(0, target.length() - ".class".length()) : null;
    if (type != null) {
      return type.substring(Math.max(type.lastIndexOf('.'), type.lastIndexOf('$')) + 1);
    }
    return target.substring(target.lastIndexOf('.') + 1);
  }

  /** For example {@code calls java.lang.System.exit} or {@code creates java.util.Formatter}. */
  public String describe() {
    if (kind == Kind.CALLS && target.endsWith(".<init>")) {
      return "creates " + target.substring(0, target.length() - ".<init>".length());
    }
    return kind.verb() + " " + target;
  }
}
