package io.loopwatch.reference;

import com.sun.source.doctree.DocTree;
import com.sun.source.doctree.EntityTree;
import com.sun.source.doctree.LinkTree;
import com.sun.source.doctree.LiteralTree;
import com.sun.source.doctree.TextTree;
import java.util.List;
import java.util.Map;

/** A piece of javadoc as one line of Markdown: {@code {@code x}} as code, links by what they name. */
final class DocText {

  private static final Map<String, String> ENTITIES = Map.of("lt", "<", "gt", ">", "amp", "&", "quot", "\"",
      "nbsp", " ");

  private DocText() {}

  static String of(List<? extends DocTree> doc) {
    StringBuilder text = new StringBuilder();
    doc.forEach(tree -> text.append(of(tree)));
    return text.toString().replaceAll("\\s+", " ").trim();
  }

  private static String of(DocTree tree) {
    return switch (tree.getKind()) {
      case TEXT -> ((TextTree) tree).getBody();
      case CODE, LITERAL -> "`" + ((LiteralTree) tree).getBody().getBody() + "`";
      case LINK, LINK_PLAIN -> link((LinkTree) tree);
      case ENTITY -> {
        String name = ((EntityTree) tree).getName().toString();
        yield ENTITIES.getOrDefault(name, "&" + name + ";");
      }
      // Paragraphs and emphasis carry no meaning in one line.
      case START_ELEMENT, END_ELEMENT -> "";
      default -> tree.toString();
    };
  }

  /** {@code {@link Loop#key()}} as {@code `Loop.key()`}, or its label when it has one. */
  private static String link(LinkTree link) {
    if (!link.getLabel().isEmpty()) {
      return of(link.getLabel());
    }
    String target = link.getReference().getSignature();
    return "`" + (target.startsWith("#") ? target.substring(1) : target.replace('#', '.')) + "`";
  }
}
