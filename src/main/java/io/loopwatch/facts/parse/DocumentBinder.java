package io.loopwatch.facts.parse;

import java.util.List;

/**
 * Reads a document's sections and the facts listed in each. Takes a whole document tree, or its
 * parts one by one from {@link FactFileReader}, which hands over each fact as soon as it is read.
 */
final class DocumentBinder {

  private final Problems problems;
  private final DocumentFacts into;
  private final SharedValues shared;

  DocumentBinder(Problems problems, DocumentFacts into, SharedValues shared) {
    this.problems = problems;
    this.into = into;
    this.shared = shared;
  }

  /** @param root null for an empty document, which is valid and holds no facts */
  void document(Node root) {
    if (root == null || (root instanceof Node.Scalar s && s.kind() == Node.Scalar.Kind.NULL)) {
      return;
    }
    if (!(root instanceof Node.Mapping mapping)) {
      problems.at(root, "", "expected an object with any of the sections " + sectionList()
          + "; found " + root.describe());
      return;
    }
    for (Node.Entry entry : mapping.entries()) {
      entry(entry);
    }
  }

  /** One top-level entry of the document: a section, or a key that names none. */
  void entry(Node.Entry entry) {
    Section<?> section = Section.named(entry.key()).orElse(null);
    if (section == null) {
      problems.at(entry.line(), entry.column(), entry.key(), "unknown section "
          + Messages.quote(entry.key()) + Messages.didYouMean(entry.key(), Section.names())
          + "; valid sections are: " + sectionList());
    } else {
      section(section, entry.value());
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
      fact(section, items.get(i), i);
    }
  }

  /** One item of a section's list, at {@code index} in it. */
  <T> void fact(Section<T> section, Node item, int index) {
    if (item.isUnreadable()) {
      return;
    }
    String path = DocPath.item(section.name(), index);
    if (!(item instanceof Node.Mapping object)) {
      problems.at(item, path, "expected an object describing " + section.aNoun()
          + "; found " + item.describe());
      return;
    }
    Fields fields = new Fields(object, path, problems, shared);
    T fact = section.binder().apply(fields);
    fields.rejectUnknown();
    if (fact != null) {
      into.add(section, fact, index, object);
    } else {
      if (object.entry("id") != null && object.entry("id").value() instanceof Node.Scalar id) {
        into.addUnreadable(id.text());
      }
      into.addUnbound(UnboundReference.in(into.file(), section, object, path));
    }
  }

  private static String sectionList() {
    return String.join(", ", Section.names());
  }
}
