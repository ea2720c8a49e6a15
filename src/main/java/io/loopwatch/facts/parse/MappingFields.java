package io.loopwatch.facts.parse;

import io.loopwatch.Diagnostic;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The fields of one object in a positioned YAML or JSON file (rule tests, suppressions, saved
 * reports), read with every problem reported at its line, column and path, and reading carried
 * on, as fact files are read ({@code Fields} adds what facts alone need). Unknown fields are
 * reported with the valid ones.
 */
public final class MappingFields {

  private final Node.Mapping object;
  private final String path;
  private final Path file;
  private final List<Diagnostic> problems;

  MappingFields(Node.Mapping object, String path, Path file, List<Diagnostic> problems) {
    this.object = object;
    this.path = path;
    this.file = file;
    this.problems = problems;
  }

  /** Reads an object, or reports what was found instead and returns null. */
  public static MappingFields of(Node node, String path, Path file, List<Diagnostic> problems, String expected) {
    if (node instanceof Node.Mapping mapping) {
      return new MappingFields(mapping, path, file, problems);
    }
    problems.add(new Diagnostic(file, node.line(), node.column(), path, "expected " + expected + "; found "
        + node.describe()));
    return null;
  }

  public int line() {
    return object.line();
  }

  public int column() {
    return object.column();
  }

  public Node node(String name) {
    Node.Entry entry = object.entry(name);
    return entry == null || isEmpty(entry.value()) ? null : entry.value();
  }

  /**
   * Whether the field is written with nothing after it ({@code cancel:}); if so, reports at the
   * field that it has no value and what was {@code expected}, so that the reader is asked for the
   * value rather than told the field is missing.
   */
  public boolean reportIfLeftEmpty(String name, String expected) {
    Node.Entry entry = object.entry(name);
    if (entry == null || !isEmpty(entry.value())) {
      return false;
    }
    problems.add(new Diagnostic(file, entry.line(), entry.column(), child(name),
        "'" + name + "' has no value; expected " + expected));
    return true;
  }

  public String requiredText(String name) {
    return requiredText(name, "");
  }

  /** @param why added to the message when the field is missing, e.g. {@code "; every entry expires"} */
  public String requiredText(String name, String why) {
    Node value = node(name);
    if (value == null) {
      report(object, name, "missing required field '" + name + "'" + why);
      return null;
    }
    return text(value, child(name));
  }

  /** A required ISO-8601 date; see {@link #requiredText(String, String)} for {@code why}. */
  public LocalDate requiredDate(String name, String why) {
    if (node(name) == null) {
      report(object, name, "missing required field '" + name + "'" + why);
      return null;
    }
    return optionalDate(name);
  }

  public String optionalText(String name) {
    Node value = node(name);
    return value == null ? null : text(value, child(name));
  }

  public LocalDate optionalDate(String name) {
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
  public List<String> optionalTexts(String name) {
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
  public List<Node> optionalList(String name) {
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

  /** Reports every field not among {@code known}, listing the known ones in the order given. */
  public void rejectUnknown(Collection<String> known) {
    for (Node.Entry entry : object.entries()) {
      if (!known.contains(entry.key())) {
        problems.add(new Diagnostic(file, entry.line(), entry.column(), child(entry.key()),
            "unknown field '" + entry.key() + "'; valid fields are: " + String.join(", ", known)));
      }
    }
  }

  public String child(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  public void report(Node at, String field, String message) {
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
