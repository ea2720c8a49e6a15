package io.loopwatch.sandbox;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.objectweb.asm.Type;

/**
 * What compiled rule code may call, read or extend: an allowlist, checked against the bytecode
 * the rules compile to. Rule files are shared between analysts, and DRL runs Java with the host's
 * permissions, so anything not listed is refused: files, network, processes, threads, reflection,
 * class loading, scripting, the JVM's global state.
 *
 * <p>{@link #standard()} allows the rule vocabulary ({@code io.loopwatch.rules}), the fact types,
 * strings, numbers, {@code java.math}, {@code java.time}, {@code java.text}, the collections, streams
 * and functional interfaces of {@code java.util}, and the parts of Drools that generated rule code
 * calls. An embedder that needs more widens it explicitly with {@link #allowing}, for example with
 * a reviewed helper class of its own.
 *
 * <p>Patterns name a class ({@code com.acme.Prices}, nested classes included), a member ({@code
 * com.acme.Prices#lookup}, every overload), a package ({@code com.acme.*}) or a package with its
 * subpackages ({@code com.acme.**}). What an embedder allows wins over the standard refusals, so
 * {@code allowing("java.lang.System#getenv")} does allow it.
 */
public final class RulePolicy {

  private static final Pattern PATTERN =
      Pattern.compile("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*(\\.\\*\\*?|#[\\w$<>]+(\\([\\w/;\\[$]*)?)?");

  /** Allowed whole: classes, packages and members that rule code may use. */
  private static final List<String> STANDARD_ALLOWED = List.of(
      // The rule vocabulary and the facts rules match.
      "io.loopwatch.rules.*",
      "io.loopwatch.Severity", "io.loopwatch.Category",
      "io.loopwatch.facts.Chip", "io.loopwatch.facts.ChipKind", "io.loopwatch.facts.ChipStatus",
      "io.loopwatch.facts.ChipAccess", "io.loopwatch.facts.ExportControl",
      "io.loopwatch.facts.Company", "io.loopwatch.facts.Deal", "io.loopwatch.facts.DealStatus",
      "io.loopwatch.facts.Event", "io.loopwatch.facts.Fact",
      "io.loopwatch.facts.EventKind", "io.loopwatch.facts.Financials", "io.loopwatch.facts.Instrument",
      "io.loopwatch.facts.Investment", "io.loopwatch.facts.Labeled", "io.loopwatch.facts.Product",
      "io.loopwatch.facts.Role", "io.loopwatch.facts.Source", "io.loopwatch.facts.Stake", "io.loopwatch.facts.SupplyDeal",
      "io.loopwatch.facts.Workload",
      "io.loopwatch.loops.Loop", "io.loopwatch.loops.LoopLink", "io.loopwatch.loops.LoopEdge",
      "io.loopwatch.loops.EdgeKind", "io.loopwatch.loops.ChipHub", "io.loopwatch.loops.LoopShape",
      "io.loopwatch.loops.LoopTiming", "io.loopwatch.loops.DateOrder",
      // The derived vocabulary, but not DerivedFacts, the engine's book of it.
      "io.loopwatch.derived.Derived", "io.loopwatch.derived.Superseded", "io.loopwatch.derived.Purchases",
      "io.loopwatch.derived.Funding", "io.loopwatch.derived.Spend", "io.loopwatch.derived.Sales",
      "io.loopwatch.derived.FundedCustomer", "io.loopwatch.derived.CustomerFunding", "io.loopwatch.derived.ChipHubCustomer", "io.loopwatch.derived.LoopMember",
      "io.loopwatch.derived.CustomerGroup", "io.loopwatch.derived.ChipHubMembers",
      "io.loopwatch.derived.ChipRivals", "io.loopwatch.derived.Subject",
      "io.loopwatch.stress.StressImpact",
      // Values.
      "java.lang.Object", "java.lang.String", "java.lang.StringBuilder", "java.lang.StringBuffer",
      "java.lang.CharSequence", "java.lang.Character", "java.lang.Boolean", "java.lang.Byte", "java.lang.Short",
      "java.lang.Integer", "java.lang.Long", "java.lang.Float", "java.lang.Double", "java.lang.Number",
      "java.lang.Math", "java.lang.StrictMath", "java.lang.Comparable", "java.lang.Iterable", "java.lang.Enum",
      "java.lang.Record", "java.lang.Void", "java.lang.Runnable",
      "java.lang.Throwable", "java.lang.Exception", "java.lang.RuntimeException",
      "java.lang.IllegalArgumentException", "java.lang.IllegalStateException", "java.lang.ArithmeticException",
      "java.lang.NullPointerException", "java.lang.UnsupportedOperationException",
      "java.lang.IndexOutOfBoundsException", "java.lang.ArrayIndexOutOfBoundsException",
      "java.lang.StringIndexOutOfBoundsException", "java.lang.NumberFormatException",
      "java.lang.ClassCastException", "java.lang.AssertionError",
      "java.lang.System#arraycopy", "java.lang.System#identityHashCode", "java.lang.System#lineSeparator",
      // A Class may be named and compared, never used to reach members or loaders.
      "java.lang.Class#getName", "java.lang.Class#getSimpleName", "java.lang.Class#getTypeName",
      "java.lang.Class#isInstance", "java.lang.Class#cast", "java.lang.Class#isAssignableFrom",
      "java.lang.Class#isEnum", "java.lang.Class#isArray", "java.lang.Class#desiredAssertionStatus",
      "java.lang.Class#equals", "java.lang.Class#hashCode", "java.lang.Class#toString",
      "java.math.*", "java.time.**", "java.text.*",
      "java.util.*", "java.util.function.*", "java.util.stream.*", "java.util.regex.*",
      "java.util.concurrent.TimeUnit",
      // What Drools' executable model generates around the rules' own code.
      // The canonical model's own packages only: org.drools.model.codegen (the compiler) is not one.
      "org.drools.model.*", "org.drools.model.consequences.*", "org.drools.model.constraints.*",
      "org.drools.model.functions.*", "org.drools.model.functions.accumulate.*",
      "org.drools.model.functions.temporal.*", "org.drools.model.impl.*", "org.drools.model.index.*",
      "org.drools.model.operators.*", "org.drools.model.patterns.*", "org.drools.model.view.*",
      "org.drools.modelcompiler.dsl.pattern.D", "org.drools.modelcompiler.util.EvaluationUtil",
      // update($fact) names every property changed: a constant mask, nothing more of its package.
      "org.drools.model.bitmask.AllSetButLastBitMask#get",
      "org.drools.modelcompiler.consequence.DroolsImpl#asKnowledgeHelper",
      "org.drools.modelcompiler.CanonicalKieModuleModel",
      "org.drools.core.base.accumulators.*", "org.drools.util.DateUtils#getDateFormatMask",
      "org.drools.core.rule.consequence.KnowledgeHelper#insert",
      "org.drools.core.rule.consequence.KnowledgeHelper#insertLogical",
      "org.drools.core.rule.consequence.KnowledgeHelper#update",
      "org.drools.core.rule.consequence.KnowledgeHelper#delete",
      "org.drools.core.rule.consequence.KnowledgeHelper#retract",
      "org.drools.core.rule.consequence.KnowledgeHelper#getRule",
      "org.drools.core.rule.consequence.KnowledgeHelper#getMatch",
      // Declared types, inline accumulates and serializable lambdas are made of these.
      "java.io.Serializable", "java.lang.invoke.SerializedLambda",
      "org.drools.base.factmodel.GeneratedFact", "org.drools.base.factmodel.AccessibleFact",
      "org.kie.api.runtime.rule.AccumulateFunction",
      "org.kie.api.runtime.rule.RuleContext#getRule", "org.kie.api.runtime.rule.RuleContext#getMatch",
      "org.kie.api.runtime.rule.RuleContext#insertLogical",
      "org.kie.api.definition.rule.Rule#getName", "org.kie.api.definition.rule.Rule#getPackageName",
      "org.kie.api.KieServices#get", "org.kie.api.KieServices#newKieModuleModel",
      "org.kie.api.builder.model.KieModuleModel#newKieBaseModel",
      "org.kie.api.builder.model.KieBaseModel#setDefault", "org.kie.api.builder.model.KieBaseModel#setEventProcessingMode",
      "org.kie.api.builder.model.KieBaseModel#setMutability", "org.kie.api.builder.model.KieBaseModel#setSessionsPool",
      "org.kie.api.builder.model.KieBaseModel#newKieSessionModel",
      "org.kie.api.builder.model.KieSessionModel#setDefault", "org.kie.api.builder.model.KieSessionModel#setType",
      "org.kie.api.builder.model.KieSessionModel#setClockType",
      "org.kie.api.conf.*", "org.kie.api.runtime.conf.ClockTypeOption#get",
      "org.kie.api.builder.model.KieSessionModel$KieSessionType",
      "org.kie.util.maven.support.ReleaseIdImpl#<init>", "org.kie.api.builder.ReleaseId");

  /**
   * Members of allowed classes that still reach outside a rule: waiting forever, work on other
   * threads (which no deadline covers), the JVM-wide defaults and properties, and reading or
   * writing files.
   */
  private static final List<String> STANDARD_REFUSED = List.of(
      // By name on any class, since a call names the class it is made on (ArrayList#parallelStream).
      "*#wait", "*#notify", "*#notifyAll", "*#parallelStream", "*#parallel", "*#parallelSort",
      "*#parallelSetAll", "*#parallelPrefix", "*#printStackTrace", "*#setStackTrace",
      "java.util.Locale#setDefault", "java.util.TimeZone#setDefault", "java.util.stream.StreamSupport",
      // These read system properties, which rules have no business knowing.
      "java.lang.Integer#getInteger", "java.lang.Long#getLong", "java.lang.Boolean#getBoolean",
      "java.util.Formatter", "java.util.Scanner", "java.util.ServiceLoader", "java.util.Timer",
      "java.util.TimerTask", "java.util.Properties", "java.util.ResourceBundle", "java.util.PropertyResourceBundle",
      "java.util.ListResourceBundle", "java.util.concurrent.TimeUnit#sleep",
      "java.util.concurrent.TimeUnit#timedJoin", "java.util.concurrent.TimeUnit#timedWait",
      "java.time.zone.ZoneRulesProvider#registerProvider", "java.time.zone.ZoneRulesProvider#refresh",
      // Drools calls that make an object of any class by name, or run text as a script.
      "org.drools.model.DSL#accFunction(Ljava/lang/Class;", "org.drools.model.PatternDSL#accFunction(Ljava/lang/Class;",
      "org.drools.modelcompiler.dsl.pattern.D#accFunction(Ljava/lang/Class;", "*#executeScript",
      "org.drools.model.functions.ScriptBlock", "org.drools.model.functions.LambdaPrinter");

  private static final RulePolicy STANDARD = new RulePolicy(List.of(), STANDARD_ALLOWED, STANDARD_REFUSED);

  private final List<String> granted;
  private final List<String> allowed;
  private final List<String> refused;

  private RulePolicy(List<String> granted, List<String> allowed, List<String> refused) {
    this.granted = List.copyOf(granted);
    this.allowed = List.copyOf(allowed);
    this.refused = List.copyOf(refused);
  }

  /** The policy every rule set runs under unless an embedder widens it. */
  public static RulePolicy standard() {
    return STANDARD;
  }

  /**
   * This policy, also allowing what the patterns name.
   *
   * @throws IllegalArgumentException for a pattern that is not a class, member or package name
   */
  public RulePolicy allowing(String... patterns) {
    List<String> more = new ArrayList<>(granted);
    for (String pattern : patterns) {
      Objects.requireNonNull(pattern, "pattern");
      if (!PATTERN.matcher(pattern).matches()) {
        throw new IllegalArgumentException("not a class, member or package pattern: '" + pattern
            + "'; expected for example com.acme.Prices, com.acme.Prices#lookup, com.acme.* or com.acme.**");
      }
      more.add(pattern);
    }
    return new RulePolicy(more, allowed, refused);
  }

  /**
   * Every pattern of the policy, in order: two policies with the same fingerprint allow and refuse
   * the same things. What a seal on verified code names, so code verified under one policy is never
   * taken as verified under another.
   */
  public String fingerprint() {
    // A NUL never occurs in a pattern, so the lists cannot run into each other.
    return String.join("\0", granted) + "\0\0" + String.join("\0", allowed) + "\0\0" + String.join("\0", refused);
  }

  /** What the embedder added to the standard policy, in the order given. */
  public List<String> granted() {
    return granted;
  }

  /**
   * Whether rule code may use this class whole, every member the policy does not refuse by name:
   * what the generated rule reference ({@code docs/rule-reference.md}) lists as a type a rule may
   * use. A class of which only some members are allowed ({@code System#arraycopy}) is not.
   *
   * @param className the binary name, as {@link Class#getName()} gives it ({@code
   *     io.loopwatch.rules.Tiers$Tier}), so that a class can be judged without loading it
   */
  public boolean allowsType(String className) {
    return allows(className, null);
  }

  /**
   * Whether rule code may call this method on this type, the type the call names (a record's
   * inherited default method is called on the record).
   */
  public boolean allowsCall(Class<?> on, Method method) {
    return allows(Type.getInternalName(on), method.getName(), Type.getMethodDescriptor(method));
  }

  /**
   * Whether rule code may use a member of a class, or the class itself when {@code member} is null.
   *
   * @param owner the class as bytecode names it, e.g. {@code java/lang/System}
   */
  boolean allows(String owner, String member) {
    return allows(owner, member, null);
  }

  /** @param descriptor the member's bytecode descriptor, or null when not known (fields) */
  boolean allows(String owner, String member, String descriptor) {
    String className = owner.replace('/', '.');
    if (matchesAny(granted, className, member, descriptor)) {
      return true;
    }
    return !matchesAny(refused, className, member, descriptor) && matchesAny(allowed, className, member, descriptor);
  }

  /** Whether rule code may name a class at all, as a type to extend, catch or use a constant of. */
  boolean allowsClass(String owner) {
    String className = owner.replace('/', '.');
    return matchesAny(granted, className, null, null) || matchesAny(allowed, className, null, null)
        || anyMemberOf(granted, className) || anyMemberOf(allowed, className);
  }

  private static boolean matchesAny(List<String> patterns, String className, String member, String descriptor) {
    for (String pattern : patterns) {
      if (matches(pattern, className, member, descriptor)) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyMemberOf(List<String> patterns, String className) {
    return patterns.stream().anyMatch(p -> p.startsWith(className + "#"));
  }

  private static boolean matches(String pattern, String className, String member, String descriptor) {
    int open = pattern.indexOf('(');
    if (open >= 0) {
      return descriptor != null && descriptor.startsWith(pattern.substring(open))
          && matches(pattern.substring(0, open), className, member, null);
    }
    if (pattern.endsWith(".**")) {
      return className.startsWith(pattern.substring(0, pattern.length() - 2));
    }
    if (pattern.endsWith(".*")) {
      String prefix = pattern.substring(0, pattern.length() - 1);
      return className.startsWith(prefix) && className.indexOf('.', prefix.length()) < 0;
    }
    if (pattern.startsWith("*#")) {
      return pattern.substring(2).equals(member);
    }
    int hash = pattern.indexOf('#');
    if (hash >= 0) {
      return member != null && pattern.substring(hash + 1).equals(member)
          && sameOrNested(pattern.substring(0, hash), className);
    }
    return sameOrNested(pattern, className);
  }

  /** {@code java.util.Map} covers {@code java.util.Map$Entry}: a nested class is part of its host. */
  private static boolean sameOrNested(String host, String className) {
    return className.equals(host) || className.startsWith(host + "$");
  }

  /** Exceptions a rule may not catch: those that stop it (the deadline) or say the JVM is failing. */
  static final Set<String> UNCATCHABLE = Set.of("java/lang/Throwable", "java/lang/Error",
      "java/lang/VirtualMachineError", "java/lang/OutOfMemoryError", "java/lang/StackOverflowError",
      "java/lang/ThreadDeath", "io/loopwatch/sandbox/Deadline$DeadlineExceeded");
}
