package io.loopwatch.graph;

import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;

/**
 * The network as a Mermaid {@code flowchart}, which GitHub renders in Markdown. Node ids are
 * generated ({@code c0}, {@code c1}); names only ever appear inside escaped labels. Dashed arrows
 * are deals that do not bind yet; highlighted companies and edges get the {@code hl} style.
 */
public final class MermaidNetwork {

  private MermaidNetwork() {}

  public static void write(DealNetwork network, Highlight highlight, PrintWriter out) {
    out.println("flowchart LR");
    Map<String, String> ids = new HashMap<>();
    for (NetworkNode node : network.nodes()) {
      String id = "c" + ids.size();
      ids.put(node.id(), id);
      out.println("  " + id + "[\"" + MermaidText.label(node.name()) + "\"]");
    }
    int index = 0;
    StringBuilder highlighted = new StringBuilder();
    for (NetworkEdge edge : network.edges()) {
      String arrow = edge.isBinding() ? "-->" : "-.->";
      out.println("  " + ids.get(edge.from()) + " " + arrow + "|\"" + MermaidText.label(edge.kind().label() + ": "
          + edge.label()) + "\"| " + ids.get(edge.to()));
      if (highlight.has(edge)) {
        highlighted.append(highlighted.length() == 0 ? "" : ",").append(index);
      }
      index++;
    }
    out.println("  classDef hl fill:#fde68a,stroke:#b45309,stroke-width:3px");
    network.nodes().stream().filter(highlight::has)
        .forEach(node -> out.println("  class " + ids.get(node.id()) + " hl"));
    if (highlighted.length() > 0) {
      out.println("  linkStyle " + highlighted + " stroke:#dc2626,stroke-width:3px");
    }
  }
}
