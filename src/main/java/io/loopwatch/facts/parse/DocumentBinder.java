package io.loopwatch.facts.parse;

import java.nio.file.Path;
import java.util.List;

/** Reads a document's sections and the facts listed in each. */
final class DocumentBinder {

  private final Path file;
  private final Problems problems;
  private final LoadedFacts into;

  private DocumentBinder(Path file, Problems problems, LoadedFacts into) {
    this.file = file;
    this.problems = problems;
    this.into = into;
  }

  /** @param root null for an empty document, which is valid and holds no facts */
  static void bind(Node root, Path file, Problems problems, LoadedFacts into) {
    new DocumentBinder(file, problems, into).document(root);
  }

  private void document(Node root) {
    if (root == null || (root instanceof Node.Scalar s && s.kind() == Node.Scalar.Kind.NULL)) {
      return;
    }
    String sections = String.join(", ", Section.names());
    if (!(root instanceof Node.Mapping mapping)) {
      problems.at(root, "", "expected an object with any of the sections " + sections
          + "; found " + root.describe());
      return;
    }
    for (Node.Entry entry : mapping.entries()) {
      Section<?> section = Section.named(entry.key()).orElse(null);
      if (section == null) {
        problems.at(entry.line(), entry.column(), entry.key(), "unknown section "
            + Messages.quote(entry.key()) + Messages.didYouMean(entry.key(), Section.names())
            + "; valid sections are: " + sections);
      } else {
        section(section, entry.value());
      }
    }
  }

  private <T> void section(Section<T> section, Node value) {
    if (value.isUnreadable() || (value instanceof Node.Scalar s && s.isAbsent())) {
      return;
    }
    if (!(value instanceof Node.Sequence list)) {
      problems.at(value, section.name(),
          "expected a list of " + section.name() + "; found " + value.describe());
      return;
    }
    List<Node> items = list.items();
    for (int i = 0; i < items.size(); i++) {
      fact(section, items.get(i), DocPath.item(section.name(), i));
    }
  }

  private <T> void fact(Section<T> section, Node item, String path) {
    if (item.isUnreadable()) {
      return;
    }
    if (!(item instanceof Node.Mapping object)) {
      problems.at(item, path, "expected an object describing " + section.aNoun()
          + "; found " + item.describe());
      return;
    }
    Fields fields = new Fields(object, path, problems);
    T fact = section.binder().apply(fields);
    fields.rejectUnknown();
    if (fact != null) {
      into.add(section, fact, file, path, object);
    } else if (object.entry("id") != null && object.entry("id").value() instanceof Node.Scalar id) {
      into.addUnreadable(id.text());
    }
  }
}
