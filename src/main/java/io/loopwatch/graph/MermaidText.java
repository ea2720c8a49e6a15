package io.loopwatch.graph;

/**
 * Mermaid label text. Fact-supplied names can hold quotes, brackets, pipes or markup, all of which
 * Mermaid would read as syntax; every character outside a small safe set becomes a Mermaid entity
 * code ({@code #60;} for {@code <}), which Mermaid shows as the character and never as markup.
 */
public final class MermaidText {

  private MermaidText() {}

  /** The text inside the double quotes of a Mermaid label. */
  public static String label(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> {
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || " .,:-/'·→".indexOf(c) >= 0) {
        out.appendCodePoint(c);
      } else if (c == '\n' || c == '\r' || c == '\t') {
        out.append(' ');
      } else {
        out.append('#').append(c).append(';');
      }
    });
    return out.toString();
  }
}
