package io.loopwatch.facts.parse;

import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.FileLocation;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each fact's fields were written, for the checks that run once all files are read. Keyed by
 * the fact object itself, not its id, because duplicate ids are among the things being checked.
 */
public interface Positions {

  /** The position of a field's value, or of the fact when the field was not written. */
  Where of(Object fact, String field);

  /**
   * The position of one item of a list field, where it is known; otherwise the list's. The path
   * names the item either way: {@code supplyDeals[3].chips[1]}.
   */
  default Where ofItem(Object fact, String field, int index) {
    Where list = of(fact, field);
    return new Where(list.file(), list.line(), list.column(), DocPath.item(list.path(), index));
  }

  /**
   * Positions for facts built in code or merged after loading: the fact's recorded location, if
   * any, and a path by its index in the fact set's list, with its id when it has no location.
   */
  static Positions fromLocations(FactSet facts) {
    // Only a problem needs a position, and most fact sets have none: index them on first use.
    Map<Object, Where> byFact = new IdentityHashMap<>();
    return (fact, field) -> {
      if (byFact.isEmpty()) {
        index(facts, byFact);
      }
      Where where = byFact.get(fact);
      String path = DocPath.field(where.path(), field);
      return new Where(where.file(), where.line(), where.column(), path);
    };
  }

  private static void index(FactSet facts, Map<Object, Where> byFact) {
    for (Section<?> section : Section.ALL) {
      List<Section.Keyed> keyed = section.keyed(facts);
      for (int i = 0; i < keyed.size(); i++) {
        FileLocation location = facts.locations().get(keyed.get(i).key());
        String path = DocPath.item(section.name(), i);
        // With no file to point to, the id is what a reader finds the fact by in their code.
        byFact.put(keyed.get(i).fact(), location == null
            ? new Where(null, 0, 0, path + "(" + keyed.get(i).key() + ")")
            : new Where(location.file(), location.line(), location.column(), path));
      }
    }
  }
}
