package io.loopwatch.facts.parse;

import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.FileLocation;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/** The facts read from all files so far, with where each was written. */
final class LoadedFacts implements Positions {

  /** Where a fact was read: its file, its path in the document, and its object node. */
  private record Origin(Path file, String path, Node.Mapping node) {}

  private final FactSet.Builder builder = FactSet.builder();
  private final Map<Object, Origin> origins = new IdentityHashMap<>();
  private final Set<String> unreadableIds = new HashSet<>();

  /** @param node the fact's object; never empty, since a fact has required fields */
  <T> void add(Section<T> section, T fact, Path file, String path, Node.Mapping node) {
    section.add().accept(builder, fact);
    origins.put(fact, new Origin(file, path, node));
    // FileLocation promises the first field; in YAML that is where the object starts anyway.
    Node.Entry first = node.entries().get(0);
    builder.locate(section.key().apply(fact), new FileLocation(file, first.line(), first.column()));
  }

  /**
   * Remembers the id of a fact that had errors and so is not in the set, so that references to it
   * are not reported as unknown as well: the analyst has one problem to fix there, not two.
   */
  void addUnreadable(String id) {
    unreadableIds.add(id);
  }

  Set<String> unreadableIds() {
    return Set.copyOf(unreadableIds);
  }

  FactSet build() {
    return builder.build();
  }

  @Override
  public Where of(Object fact, String field) {
    Origin origin = origins.get(fact);
    Node.Entry entry = origin.node().entry(field);
    Node at = entry == null ? origin.node() : entry.value();
    return new Where(origin.file(), at.line(), at.column(), DocPath.field(origin.path(), field));
  }
}
