package io.loopwatch.reference;

import com.sun.source.doctree.DocCommentTree;
import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.ParamTree;
import com.sun.source.tree.ArrayTypeTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePathScanner;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The first sentence of the javadoc of types, methods, record components and enum constants, read
 * from their source files. Reflection sees no comments, and a hand-kept table of descriptions
 * would drift from the code it describes; javac's own parser reads them as javadoc does.
 */
final class Javadoc {

  /** Summaries by {@code type:Name}, {@code method:Name#name(Simple,Types)}, {@code param:…}, {@code constant:…}. */
  private final Map<String, String> summaries;

  private Javadoc(Map<String, String> summaries) {
    this.summaries = Map.copyOf(summaries);
  }

  /** The javadoc of these types' source files under {@code sourceRoot}; a type without a file has none. */
  static Javadoc of(Path sourceRoot, Collection<Class<?>> types) throws IOException {
    Set<Path> files = new LinkedHashSet<>();
    for (Class<?> type : types) {
      Path file = sourceRoot.resolve(outermost(type).getName().replace('.', '/') + ".java");
      if (Files.exists(file)) {
        files.add(file);
      }
    }
    Map<String, String> summaries = new HashMap<>();
    if (files.isEmpty()) {
      return new Javadoc(summaries);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("reading javadoc needs a JDK (javax.tools finds no compiler in this runtime)");
    }
    try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
      Iterable<? extends JavaFileObject> sources = fileManager.getJavaFileObjectsFromPaths(files);
      JavacTask task = (JavacTask) javac.getTask(null, fileManager, null, List.of("-proc:none"), null, sources);
      DocTrees docs = DocTrees.instance(task);
      for (CompilationUnitTree unit : task.parse()) {
        new Collector(docs, summaries).scan(unit, String.valueOf(unit.getPackageName()));
      }
    }
    return new Javadoc(summaries);
  }

  Optional<String> type(Class<?> type) {
    return find("type:" + type.getName());
  }

  /** A record component, from the record's {@code @param}. */
  Optional<String> component(Class<?> record, String name) {
    return find("param:" + record.getName() + "#" + name);
  }

  Optional<String> constant(Class<?> type, String name) {
    return find("constant:" + type.getName() + "#" + name);
  }

  /**
   * A method's summary where it is declared, or, when it has none there, that of the method it
   * overrides, as javadoc inherits it.
   */
  Optional<String> method(Method method) {
    Set<Class<?>> seen = new LinkedHashSet<>();
    Deque<Class<?>> owners = new ArrayDeque<>(List.of(method.getDeclaringClass()));
    while (!owners.isEmpty()) {
      Class<?> owner = owners.removeFirst();
      if (!seen.add(owner)) {
        continue;
      }
      Optional<String> found = find("method:" + owner.getName() + "#" + signature(method));
      if (found.isPresent()) {
        return found;
      }
      if (owner.getSuperclass() != null) {
        owners.add(owner.getSuperclass());
      }
      owners.addAll(Arrays.asList(owner.getInterfaces()));
    }
    return Optional.empty();
  }

  private Optional<String> find(String key) {
    return Optional.ofNullable(summaries.get(key)).filter(s -> !s.isEmpty());
  }

  private static Class<?> outermost(Class<?> type) {
    Class<?> outer = type;
    while (outer.getDeclaringClass() != null) {
      outer = outer.getDeclaringClass();
    }
    return outer;
  }

  /** {@code name(Simple,Types)} with erased simple parameter types, as both source and reflection give them. */
  private static String signature(Method method) {
    return method.getName() + Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
        .collect(Collectors.joining(",", "(", ")"));
  }

  /** Walks one source file, keeping each summary under the binary name of the class it sits in. */
  private static final class Collector extends TreePathScanner<Void, String> {

    private final DocTrees docs;
    private final Map<String, String> summaries;

    Collector(DocTrees docs, Map<String, String> summaries) {
      this.docs = docs;
      this.summaries = summaries;
    }

    /** @param owner the binary name of the enclosing class, or the package at the top */
    @Override
    public Void visitClass(ClassTree tree, String owner) {
      boolean topLevel = getCurrentPath().getParentPath().getLeaf() instanceof CompilationUnitTree;
      String name = owner.isEmpty() ? tree.getSimpleName().toString()
          : owner + (topLevel ? "." : "$") + tree.getSimpleName();
      DocCommentTree doc = docs.getDocCommentTree(getCurrentPath());
      if (doc != null) {
        summaries.put("type:" + name, DocText.of(doc.getFirstSentence()));
        for (DocTree tag : doc.getBlockTags()) {
          if (tag instanceof ParamTree param && !param.isTypeParameter()) {
            summaries.put("param:" + name + "#" + param.getName().getName(),
                DocText.of(docs.getFirstSentence(param.getDescription())));
          }
        }
      }
      // The members only, each under this class's name (not modifiers, type parameters or supertypes).
      return scan(tree.getMembers(), name);
    }

    @Override
    public Void visitMethod(MethodTree tree, String owner) {
      DocCommentTree doc = docs.getDocCommentTree(getCurrentPath());
      if (doc != null) {
        String parameters = tree.getParameters().stream().map(p -> erasedSimpleName(p.getType()))
            .collect(Collectors.joining(",", "(", ")"));
        summaries.put("method:" + owner + "#" + tree.getName() + parameters, DocText.of(doc.getFirstSentence()));
      }
      return null;
    }

    /** Enum constants and static fields; a method's locals are never reached. */
    @Override
    public Void visitVariable(VariableTree tree, String owner) {
      DocCommentTree doc = docs.getDocCommentTree(getCurrentPath());
      if (doc != null) {
        summaries.put("constant:" + owner + "#" + tree.getName(), DocText.of(doc.getFirstSentence()));
      }
      return null;
    }

    /** {@code List<Purchases>} as {@code List}, {@code String...} as {@code String[]}, {@code Tiers.Tier} as {@code Tier}. */
    private static String erasedSimpleName(Tree type) {
      if (type instanceof ParameterizedTypeTree generic) {
        return erasedSimpleName(generic.getType());
      }
      if (type instanceof ArrayTypeTree array) {
        return erasedSimpleName(array.getType()) + "[]";
      }
      String text = type.toString();
      return text.substring(text.lastIndexOf('.') + 1);
    }
  }
}
