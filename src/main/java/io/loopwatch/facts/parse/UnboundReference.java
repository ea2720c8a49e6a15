package io.loopwatch.facts.parse;

import io.loopwatch.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A reference written in a fact that could not be bound for problems of its own (a value of the
 * wrong type, a missing field). It is still checked, so that one pass over a file shows every
 * problem of the fact, the unknown company as well as the amount that is not a number.
 *
 * @param kinds the kinds of fact the id may name
 */
record UnboundReference(Path file, int line, int column, String path, String id, List<Section<?>> kinds) {

  private static final List<Section<?>> COMPANY = List.of(Section.COMPANIES);
  private static final List<Section<?>> SUBJECT =
      List.of(Section.COMPANIES, Section.INVESTMENTS, Section.SUPPLY_DEALS, Section.CHIPS);

  /** The fields of each kind of fact that name another fact, and the kinds they may name. */
  private static final Map<Section<?>, Map<String, List<Section<?>>>> FIELDS = Map.of(
      Section.COMPANIES, Map.of("parent", COMPANY),
      Section.INVESTMENTS, Map.of("investor", COMPANY, "investee", COMPANY,
          "supersedes", List.of(Section.INVESTMENTS)),
      Section.SUPPLY_DEALS, Map.of("buyer", COMPANY, "supplier", COMPANY,
          "supersedes", List.of(Section.SUPPLY_DEALS)),
      Section.CHIPS, Map.of("vendor", COMPANY),
      Section.FINANCIALS, Map.of("company", COMPANY),
      Section.EVENTS, Map.of("subject", SUBJECT, "leaving", COMPANY));

  /** The list fields whose items each name another fact. */
  private static final Map<Section<?>, Map<String, List<Section<?>>>> LIST_FIELDS =
      Map.of(Section.SUPPLY_DEALS, Map.of("chips", List.of(Section.CHIPS)));

  /** The references written as text in a fact's object, in the order written. */
  static List<UnboundReference> in(Path file, Section<?> section, Node.Mapping object, String factPath) {
    Map<String, List<Section<?>>> fields = FIELDS.getOrDefault(section, Map.of());
    List<UnboundReference> found = new ArrayList<>();
    for (Node.Entry entry : object.entries()) {
      List<Section<?>> kinds = fields.get(entry.key());
      if (kinds != null && entry.value() instanceof Node.Scalar s && s.kind() == Node.Scalar.Kind.STRING) {
        found.add(new UnboundReference(file, s.line(), s.column(), DocPath.field(factPath, entry.key()),
            s.text(), kinds));
      }
      List<Section<?>> itemKinds = LIST_FIELDS.getOrDefault(section, Map.of()).get(entry.key());
      if (itemKinds != null && entry.value() instanceof Node.Sequence list) {
        for (int i = 0; i < list.items().size(); i++) {
          if (list.items().get(i) instanceof Node.Scalar s && s.kind() == Node.Scalar.Kind.STRING) {
            found.add(new UnboundReference(file, s.line(), s.column(),
                DocPath.item(DocPath.field(factPath, entry.key()), i), s.text(), itemKinds));
          }
        }
      }
    }
    return found;
  }

  Diagnostic error(String message) {
    return new Diagnostic(file, line, column, path, message);
  }
}
