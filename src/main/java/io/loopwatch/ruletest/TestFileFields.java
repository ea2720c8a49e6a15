package io.loopwatch.ruletest;

import io.loopwatch.Diagnostic;
import io.loopwatch.facts.parse.Node;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The fields of one object in a rule test file, read with every problem reported at its line and
 * column and reading carried on, as for fact files. Unknown fields are reported with the valid ones.
 */
final class TestFileFields {

  private final Node.Mapping object;
  private final String path;
  private final Path file;
  private final List<Diagnostic> problems;

  TestFileFields(Node.Mapping object, String path, Path file, List<Diagnostic> problems) {
    this.object = object;
    this.path = path;
    this.file = file;
    this.problems = problems;
  }

  /** Reads an object, or reports what was found instead and returns null. */
  static TestFileFields of(Node node, String path, Path file, List<Diagnostic> problems, String expected) {
    if (node instanceof Node.Mapping mapping) {
      return new TestFileFields(mapping, path, file, problems);
    }
    problems.add(new Diagnostic(file, node.line(), node.column(), path, "expected " + expected + "; found "
        + node.describe()));
    return null;
  }

  int line() {
    return object.line();
  }

  Node node(String name) {
    Node.Entry entry = object.entry(name);
    return entry == null || isEmpty(entry.value()) ? null : entry.value();
  }

  String requiredText(String name) {
    Node value = node(name);
    if (value == null) {
      report(object, name, "missing required field '" + name + "'");
      return null;
    }
    return text(value, child(name));
  }

  String optionalText(String name) {
    Node value = node(name);
    return value == null ? null : text(value, child(name));
  }

  LocalDate optionalDate(String name) {
    Node value = node(name);
    if (value == null) {
      return null;
    }
    String text = text(value, child(name));
    try {
      return text == null ? null : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      report(value, name, "expected an ISO-8601 date yyyy-mm-dd; found '" + text + "'");
      return null;
    }
  }

  /** A list of strings, or null when the field is left out. */
  List<String> optionalTexts(String name) {
    List<Node> items = optionalList(name);
    if (items == null) {
      return null;
    }
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String text = text(items.get(i), child(name) + "[" + i + "]");
      if (text != null) {
        texts.add(text);
      }
    }
    return texts;
  }

  /** The items of a list field, or null when the field is left out. */
  List<Node> optionalList(String name) {
    Node value = node(name);
    if (value == null) {
      return null;
    }
    if (value instanceof Node.Sequence list) {
      return list.items();
    }
    report(value, name, "expected a list; found " + value.describe());
    return null;
  }

  void rejectUnknown(Set<String> known) {
    for (Node.Entry entry : object.entries()) {
      if (!known.contains(entry.key())) {
        problems.add(new Diagnostic(file, entry.line(), entry.column(), child(entry.key()),
            "unknown field '" + entry.key() + "'; valid fields are: " + String.join(", ", known)));
      }
    }
  }

  String child(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  void report(Node at, String field, String message) {
    problems.add(new Diagnostic(file, at.line(), at.column(), child(field), message));
  }

  private String text(Node node, String at) {
    if (node instanceof Node.Scalar scalar && scalar.kind() != Node.Scalar.Kind.NULL) {
      return scalar.text();
    }
    problems.add(new Diagnostic(file, node.line(), node.column(), at, "expected text; found " + node.describe()));
    return null;
  }

  private static boolean isEmpty(Node node) {
    return node instanceof Node.Scalar scalar && scalar.isAbsent();
  }
}
