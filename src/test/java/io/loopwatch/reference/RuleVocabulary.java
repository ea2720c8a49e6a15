package io.loopwatch.reference;

import io.loopwatch.sandbox.RulePolicy;
import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Loopwatch types a DRL may use: every public class of {@code io.loopwatch} that the rule
 * sandbox allows whole. The sandbox's allowlist is the one place that says what rules may call, so
 * the reference asks it rather than keeping a list of its own that could drift from it.
 */
final class RuleVocabulary {

  private static final String ROOT = "io/loopwatch";

  private RuleVocabulary() {}

  /** The allowed types, found among the compiled classes, sorted by name. */
  static List<Class<?>> types(RulePolicy policy) throws IOException {
    List<Class<?>> allowed = new ArrayList<>();
    for (String name : compiledClassNames()) {
      // Judged by name first: loading every class would need every optional dependency too.
      if (policy.allowsType(name)) {
        Class<?> type = load(name);
        if (isNamedAndPublic(type)) {
          allowed.add(type);
        }
      }
    }
    allowed.sort(Comparator.comparing(Class::getName));
    return allowed;
  }

  /** Binary names of every class compiled beside the engine, from a directory or a jar. */
  private static List<String> compiledClassNames() throws IOException {
    Path location = codeLocation();
    if (Files.isDirectory(location)) {
      return classNamesUnder(location);
    }
    try (FileSystem jar = FileSystems.newFileSystem(location)) {
      return classNamesUnder(jar.getPath("/"));
    }
  }

  private static List<String> classNamesUnder(Path root) throws IOException {
    Path start = root.resolve(ROOT);
    try (Stream<Path> files = Files.walk(start)) {
      return files.filter(f -> f.toString().endsWith(".class"))
          .map(f -> root.relativize(f).toString().replace(root.getFileSystem().getSeparator(), "."))
          .map(n -> n.substring(0, n.length() - ".class".length()))
          .filter(n -> !n.endsWith("package-info"))
          .sorted()
          .toList();
    }
  }

  private static Path codeLocation() {
    try {
      return Path.of(RulePolicy.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot find the compiled classes of io.loopwatch", e);
    }
  }

  private static Class<?> load(String name) {
    try {
      // Not initialised: reading a class's members runs none of its code.
      return Class.forName(name, false, RuleVocabulary.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("compiled class " + name + " does not load", e);
    }
  }

  /** A class a rule can name: public, and so is every class it is nested in; not anonymous or local. */
  private static boolean isNamedAndPublic(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getDeclaringClass()) {
      if (!Modifier.isPublic(c.getModifiers()) || c.isAnonymousClass() || c.isLocalClass() || c.isSynthetic()) {
        return false;
      }
    }
    return true;
  }
}
