package io.loopwatch.reference;

import io.loopwatch.sandbox.RulePolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes {@code docs/rule-reference.md}: every type a DRL may use, with its fields, enum constants
 * and methods, from the compiled classes and the rule sandbox's allowlist, and each one's first
 * sentence of javadoc from the sources. {@link RuleReferencePageTest} fails when the committed page
 * differs from what this generates.
 *
 * <p>Run by {@link #REGENERATE}, or from the repository root after {@code mvn -q test-compile}:
 *
 * <pre>
 * java -cp "target/classes:target/test-classes:$(cat target/client-classpath.txt)" \
 *     io.loopwatch.reference.RuleReferencePage docs/rule-reference.md
 * </pre>
 */
public final class RuleReferencePage {

  static final Path PAGE = Path.of("docs/rule-reference.md");
  static final Path SOURCES = Path.of("src/main/java");
  static final String REGENERATE =
      "mvn -q test -Dtest=RuleReferencePageTest -Dloopwatch.writeRuleReference=true";

  /** The sections, in the order a rule author meets them; a package not named here comes last under its own name. */
  private static final Map<String, String> SECTIONS = sections();

  private RuleReferencePage() {}

  public static void main(String[] args) throws IOException {
    Path page = args.length > 0 ? Path.of(args[0]) : PAGE;
    Files.createDirectories(page.toAbsolutePath().getParent());
    Files.writeString(page, generate(SOURCES), StandardCharsets.UTF_8);
    System.out.println("wrote " + page);
  }

  /** The page, from the classes on the class path and the javadoc under {@code sources}. */
  static String generate(Path sources) throws IOException {
    if (!Files.isDirectory(sources)) {
      // Without the sources every description would silently come out blank.
      throw new IllegalStateException("no sources at " + sources.toAbsolutePath() + "; run from the repository root");
    }
    RulePolicy policy = RulePolicy.standard();
    List<Class<?>> types = RuleVocabulary.types(policy);
    TypeReader reader = new TypeReader(Javadoc.of(sources, types), policy);
    Map<String, List<TypeEntry>> byPackage = new LinkedHashMap<>();
    SECTIONS.keySet().forEach(p -> byPackage.put(p, new ArrayList<>()));
    for (Class<?> type : types) {
      byPackage.computeIfAbsent(type.getPackageName(), p -> new ArrayList<>()).add(reader.read(type));
    }
    byPackage.values().removeIf(List::isEmpty);

    StringBuilder page = new StringBuilder();
    header(page, byPackage);
    byPackage.forEach((pkg, entries) -> {
      page.append("\n## ").append(SECTIONS.getOrDefault(pkg, pkg)).append(" (`").append(pkg).append("`)\n");
      entries.forEach(entry -> TypeSection.write(entry, page));
    });
    return page.toString();
  }

  private static void header(StringBuilder page, Map<String, List<TypeEntry>> byPackage) {
    page.append("""
        # Rule reference

        <!-- Generated from the code by io.loopwatch.reference.RuleReferencePage; do not edit by hand.
             Regenerate: %s -->

        Everything of Loopwatch's own that a rule in `rules/*.drl` may use: each type the rule sandbox
        (`io.loopwatch.sandbox.RulePolicy`) allows, with its fields (record components, which a
        condition reads by name: `Investment( amountUsd > 0 )`), its enum constants with the labels
        that fact files and reports write, and the public methods a rule may call. Left out: what
        every object, enum or record has (`equals`, `name()`, `values()`), constructors, and record
        accessors (listed as fields). Each description is the first sentence of the javadoc in
        `src/main/java`; a blank one has none yet.

        The page is generated from the compiled classes, so it lists what the code has: a test fails
        when it differs from what the code generates. Regenerate it with
        `%s`.
        How to write a rule with these is in the README, ["Writing rules"](../README.md#writing-rules);
        the Java classes a rule may use besides these (strings, numbers, `java.math`, `java.time`, the
        collections) are in ["The rule sandbox"](../README.md#the-rule-sandbox).
        """.formatted(REGENERATE, REGENERATE));
    byPackage.forEach((pkg, entries) -> {
      page.append("\n- ").append(SECTIONS.getOrDefault(pkg, pkg)).append(": ");
      page.append(String.join(", ", entries.stream()
          .map(e -> "[" + e.name() + "](#" + anchor(e.name()) + ")").toList()));
    });
    page.append("\n");
  }

  /** The anchor GitHub gives a heading: lower case, punctuation but hyphens dropped, spaces as hyphens. */
  static String anchor(String heading) {
    return heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 _-]", "").replace(' ', '-');
  }

  private static Map<String, String> sections() {
    Map<String, String> sections = new LinkedHashMap<>();
    sections.put("io.loopwatch.facts", "Facts");
    sections.put("io.loopwatch.derived", "Derived facts");
    sections.put("io.loopwatch.loops", "Loops");
    sections.put("io.loopwatch.rules", "Rule helpers");
    sections.put("io.loopwatch.stress", "Stress-test facts");
    sections.put("io.loopwatch", "Severity and category");
    return sections;
  }
}
