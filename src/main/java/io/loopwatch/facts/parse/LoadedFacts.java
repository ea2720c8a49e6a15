package io.loopwatch.facts.parse;

import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.FileLocation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The facts read from all documents so far, with where each was written. */
final class LoadedFacts implements Positions {

  private record Located(DocumentFacts document, DocumentFacts.Placed<?> placed) {}

  private final List<DocumentFacts> documents = new ArrayList<>();
  /** Built on the first question about a position: a clean load never asks one. */
  private Map<Object, Located> byFact;

  /** Documents are added in the order their facts appear in the fact set. */
  void add(DocumentFacts document) {
    documents.add(document);
    byFact = null;
  }

  /** Ids of facts that were written but had errors; see {@link DocumentFacts#addUnreadable}. */
  Set<String> unreadableIds() {
    Set<String> ids = new HashSet<>();
    documents.forEach(d -> ids.addAll(d.unreadableIds()));
    return Set.copyOf(ids);
  }

  List<UnboundReference> unbound() {
    List<UnboundReference> all = new ArrayList<>();
    documents.forEach(d -> all.addAll(d.unbound()));
    return all;
  }

  FactSet build() {
    FactSet.Builder builder = FactSet.builder();
    for (DocumentFacts document : documents) {
      for (DocumentFacts.Placed<?> placed : document.facts()) {
        add(builder, placed, document);
      }
    }
    return builder.build();
  }

  private static <T> void add(
      FactSet.Builder builder, DocumentFacts.Placed<T> placed, DocumentFacts document) {
    Section<T> section = placed.section();
    section.add().accept(builder, placed.fact());
    builder.locate(section.key().apply(placed.fact()), new FileLocation(
        document.file(), placed.firstFieldLine(), placed.firstFieldColumn()));
  }

  @Override
  public Where of(Object fact, String field) {
    Located located = byFact().get(fact);
    DocumentFacts.Placed<?> placed = located.placed();
    String path = DocPath.field(DocPath.item(placed.section().name(), placed.index()), field);
    int at = placed.field(field);
    if (at < 0) {
      // A value inside a field's list or object (exportControls[0].barred) is found at the field.
      at = placed.field(topLevel(field));
    }
    return at < 0
        ? new Where(located.document().file(), placed.line(), placed.column(), path)
        : new Where(located.document().file(), placed.valueLine(at), placed.valueColumn(at), path);
  }

  @Override
  public Where ofItem(Object fact, String field, int index) {
    Located located = byFact().get(fact);
    int[] at = located.placed().item(field, index);
    Where list = of(fact, field);
    String path = DocPath.item(list.path(), index);
    return at == null ? new Where(list.file(), list.line(), list.column(), path)
        : new Where(list.file(), at[0], at[1], path);
  }

  private static String topLevel(String field) {
    int end = 0;
    while (end < field.length() && field.charAt(end) != '.' && field.charAt(end) != '[') {
      end++;
    }
    return field.substring(0, end);
  }

  private Map<Object, Located> byFact() {
    if (byFact == null) {
      byFact = new IdentityHashMap<>();
      for (DocumentFacts document : documents) {
        for (DocumentFacts.Placed<?> placed : document.facts()) {
          byFact.put(placed.fact(), new Located(document, placed));
        }
      }
    }
    return byFact;
  }
}
