package io.loopwatch.reference;

import java.util.List;
import java.util.function.Function;

/** One type's part of the rule reference: a heading, its description, and a table per kind of member. */
final class TypeSection {

  private TypeSection() {}

  static void write(TypeEntry entry, StringBuilder page) {
    page.append("\n### ").append(entry.name()).append("\n\n");
    page.append("`").append(entry.kind()).append(" ").append(entry.type().getCanonicalName()).append("`");
    if (!entry.isA().isEmpty()) {
      page.append(" · is a ").append(codes(entry.isA()));
    }
    if (!entry.kinds().isEmpty()) {
      page.append(" · one of ").append(codes(entry.kinds()));
    }
    page.append("\n");
    if (!entry.description().isEmpty()) {
      page.append("\n").append(entry.description()).append("\n");
    }
    table(page, List.of("field", "type", "description"), entry.fields(),
        f -> List.of(code(f.name()), code(f.type()), f.description()));
    if (entry.labeled()) {
      table(page, List.of("constant", "label", "description"), entry.constants(),
          c -> List.of(code(c.name()), code(c.label()), c.description()));
    } else {
      table(page, List.of("constant", "description"), entry.constants(),
          c -> List.of(code(c.name()), c.description()));
    }
    table(page, List.of("method", "returns", "description"), entry.methods(),
        m -> List.of(code(m.call()), code(m.returns()), m.description()));
  }

  private static <T> void table(StringBuilder page, List<String> headings, List<T> rows,
      Function<T, List<String>> cells) {
    if (rows.isEmpty()) {
      return;
    }
    page.append("\n| ").append(String.join(" | ", headings)).append(" |\n|");
    headings.forEach(h -> page.append("---|"));
    page.append("\n");
    for (T row : rows) {
      page.append("| ").append(String.join(" | ", cells.apply(row).stream().map(TypeSection::cell).toList()))
          .append(" |\n");
    }
  }

  /** A pipe would end the cell, even inside code. */
  private static String cell(String text) {
    return text.replace("|", "\\|");
  }

  private static String code(String text) {
    return "`" + text + "`";
  }

  private static String codes(List<String> names) {
    return String.join(", ", names.stream().map(TypeSection::code).toList());
  }
}
