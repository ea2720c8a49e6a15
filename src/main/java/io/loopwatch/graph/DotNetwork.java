package io.loopwatch.graph;

import java.io.PrintWriter;

/**
 * The network in Graphviz DOT, for {@code dot -Tsvg} and other tools. Every name and label is a
 * quoted DOT string with quotes and backslashes escaped; ids are the fact ids, quoted too.
 */
public final class DotNetwork {

  private DotNetwork() {}

  public static void write(DealNetwork network, Highlight highlight, PrintWriter out) {
    out.println("digraph loopwatch {");
    out.println("  rankdir=LR;");
    out.println("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];");
    out.println("  edge [fontname=\"Helvetica\", fontsize=10];");
    for (NetworkNode node : network.nodes()) {
      out.println("  " + quote(node.id()) + " [label=" + quote(node.name()) + ", fillcolor=" + quote(Palette.fill(node.role()))
          + (highlight.has(node) ? ", penwidth=3, color=\"#b45309\"" : "") + "];");
    }
    for (NetworkEdge edge : network.edges()) {
      out.println("  " + quote(edge.from()) + " -> " + quote(edge.to()) + " [label=" + quote(edge.kind().label() + ": "
          + edge.label()) + ", color=" + quote(highlight.has(edge) ? Palette.HIGHLIGHT : Palette.edge(edge.kind()))
          + (edge.isBinding() ? "" : ", style=dashed") + (highlight.has(edge) ? ", penwidth=3" : "") + "];");
    }
    out.println("}");
  }

  static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "") + "\"";
  }
}
