package io.loopwatch.facts.parse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facts bound from one document, with where each of their fields was written. Positions are
 * kept as plain numbers rather than the fact's node tree: the checks that run once all files are
 * read need a fact's field positions only when something is wrong, and keeping every tree of a
 * million facts for that cost gigabytes.
 */
final class DocumentFacts {

  /**
   * A fact and where it was written.
   *
   * @param index the fact's place in its section's list, for its document path
   * @param keys the object's keys in file order, shared between facts written alike
   * @param positions the object's line and column, then its first key's, then each value's, in
   *     the order of {@code keys}
   * @param items for the few lists whose items a later check may point to ({@link #ITEM_FIELDS}),
   *     each item's line and column in turn, by field; null when the fact has none
   */
  record Placed<T>(Section<T> section, T fact, int index, String[] keys, int[] positions, Map<String, int[]> items) {

    int line() {
      return positions[0];
    }

    int column() {
      return positions[1];
    }

    /** Where the fact is said to be written: its first field, as {@code FileLocation} says. */
    int firstFieldLine() {
      return positions[2];
    }

    int firstFieldColumn() {
      return positions[3];
    }

    /** The index of a field among the keys, or -1 when the field was not written. */
    int field(String key) {
      for (int i = 0; i < keys.length; i++) {
        if (keys[i].equals(key)) {
          return i;
        }
      }
      return -1;
    }

    int valueLine(int field) {
      return positions[4 + 2 * field];
    }

    int valueColumn(int field) {
      return positions[4 + 2 * field + 1];
    }

    /** The line and column of a list's item, or null when they were not kept. */
    int[] item(String field, int index) {
      int[] at = items == null ? null : items.get(field);
      return at == null || 2 * index + 1 >= at.length ? null : new int[] {at[2 * index], at[2 * index + 1]};
    }
  }

  /**
   * The lists whose items the checks after loading may report one by one: a supply deal's chips,
   * which are references. Kept for these alone, since every fact has lists (its sources).
   */
  private static final java.util.Set<String> ITEM_FIELDS = java.util.Set.of("chips");

  private final Path file;
  private final List<Placed<?>> facts = new ArrayList<>();
  private final Set<String> unreadableIds = new HashSet<>();
  private final List<UnboundReference> unbound = new ArrayList<>();
  /** Facts of one kind are mostly written with the same keys; one array serves them all. */
  private final Map<List<String>, String[]> keyLayouts = new HashMap<>();
  /** The layout of the fact before, which the next one most often repeats. */
  private String[] lastLayout = new String[0];

  DocumentFacts(Path file) {
    this.file = file;
  }

  /** @param node the fact's object; never empty, since a fact has required fields */
  <T> void add(Section<T> section, T fact, int index, Node.Mapping node) {
    List<Node.Entry> entries = node.entries();
    String[] keys = new String[entries.size()];
    int[] positions = new int[4 + 2 * entries.size()];
    positions[0] = node.line();
    positions[1] = node.column();
    positions[2] = entries.get(0).line();
    positions[3] = entries.get(0).column();
    Map<String, int[]> items = null;
    for (int i = 0; i < keys.length; i++) {
      Node.Entry entry = entries.get(i);
      keys[i] = entry.key();
      positions[4 + 2 * i] = entry.value().line();
      positions[4 + 2 * i + 1] = entry.value().column();
      if (ITEM_FIELDS.contains(entry.key()) && entry.value() instanceof Node.Sequence list) {
        int[] at = new int[2 * list.items().size()];
        for (int j = 0; j < list.items().size(); j++) {
          at[2 * j] = list.items().get(j).line();
          at[2 * j + 1] = list.items().get(j).column();
        }
        items = items == null ? new HashMap<>() : items;
        items.put(entry.key(), at);
      }
    }
    facts.add(new Placed<>(section, fact, index, layout(keys), positions, items));
  }

  private String[] layout(String[] keys) {
    if (!Arrays.equals(keys, lastLayout)) {
      String[] shared = keyLayouts.putIfAbsent(Arrays.asList(keys), keys);
      lastLayout = shared == null ? keys : shared;
    }
    return lastLayout;
  }

  /**
   * Remembers the id of a fact that had errors and so is not in the set, so that references to it
   * are not reported as unknown as well: the analyst has one problem to fix there, not two.
   */
  void addUnreadable(String id) {
    unreadableIds.add(id);
  }

  /** References in facts that had errors; checked all the same, see {@link UnboundReference}. */
  void addUnbound(List<UnboundReference> references) {
    unbound.addAll(references);
  }

  List<UnboundReference> unbound() {
    return unbound;
  }

  Path file() {
    return file;
  }

  /** In the order they were written. */
  List<Placed<?>> facts() {
    return facts;
  }

  Set<String> unreadableIds() {
    return unreadableIds;
  }
}
