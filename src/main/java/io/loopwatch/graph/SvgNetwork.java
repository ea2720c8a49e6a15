package io.loopwatch.graph;

import static org.owasp.encoder.Encode.forXml;

import io.loopwatch.facts.Role;
import io.loopwatch.loops.EdgeKind;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The deal network as one SVG element, with no external resources: companies as boxes coloured by
 * role, deals as curved arrows (dashed while not binding) labelled with amount and status, a legend,
 * and two levels of emphasis: the loops alerts name, and one focused alert. Every fact-supplied
 * string is XML-escaped, which is also safe inside HTML.
 *
 * <p>Elements carry {@code data-node} and {@code data-edge} attributes so that a page script can
 * re-focus the picture on another alert.
 */
public final class SvgNetwork {

  static final double GRAPH_WIDTH = 1280;
  static final double LEGEND_WIDTH = 250;
  static final double HEIGHT = 980;
  private static final double LABEL_FONT = 11;

  private SvgNetwork() {}

  /**
   * @param focus the alert to emphasise most (red), or {@link Highlight#NONE}
   * @param alerted everything the alerts name (amber), or {@link Highlight#NONE}
   */
  public static void write(DealNetwork network, Highlight focus, Highlight alerted, PrintWriter out) {
    draw(network, focus, alerted, null, out);
  }

  /**
   * The network with each company filled by its distress in a stress test, from pale (untouched)
   * to red (failed); companies not in {@code distress} stay pale. The shocked companies are
   * outlined as a focus.
   *
   * @param distress from 0 to 1 per company id
   */
  public static void writeByDistress(DealNetwork network, Map<String, Double> distress, Highlight shocked,
      PrintWriter out) {
    draw(network, shocked, Highlight.NONE, distress, out);
  }

  private static void draw(DealNetwork network, Highlight focus, Highlight alerted, Map<String, Double> distress,
      PrintWriter out) {
    // A loop of three needs far less room than the whole network; fixed-size boxes on a huge canvas look lost.
    double scale = Math.min(1, Math.sqrt(Math.max(network.nodes().size(), 1) / 18.0));
    double graphWidth = Math.max(560, GRAPH_WIDTH * scale);
    double height = Math.max(440, HEIGHT * scale);
    Map<String, NodeBox> boxes = NetworkLayout.layout(network, graphWidth, height);
    double width = graphWidth + LEGEND_WIDTH;
    out.println("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"network\" viewBox=\"0 0 " + (int) width + " "
        + (int) height + "\" width=\"" + (int) width + "\" height=\"" + (int) height
        + "\" role=\"img\" aria-label=\"Deal network: companies and the money links between them\""
        + " font-family=\"Helvetica, Arial, sans-serif\">");
    out.println("<style>" + STYLE + "</style>");
    out.println("<defs>");
    marker(out, "arrow-investment", Palette.edge(EdgeKind.INVESTMENT));
    marker(out, "arrow-supply", Palette.edge(EdgeKind.SUPPLY));
    marker(out, "arrow-loop", Palette.LOOP);
    marker(out, "arrow-focus", Palette.HIGHLIGHT);
    out.println("</defs>");
    out.println("<rect x=\"0\" y=\"0\" width=\"" + (int) width + "\" height=\"" + (int) height + "\" fill=\"#ffffff\"/>");

    Map<String, EdgeGeometry> geometry = geometry(network, boxes);
    out.println("<g class=\"edges\">");
    for (NetworkEdge edge : network.edges()) {
      EdgeGeometry g = geometry.get(edge.id());
      if (g == null) {
        continue;
      }
      out.println("<g class=\"" + edgeClasses(edge, focus, alerted) + "\" data-edge=\"" + forXml(edge.id()) + "\">"
          + "<title>" + forXml(title(edge, network)) + "</title>"
          + "<path class=\"glow\" d=\"" + g.path() + "\"/><path class=\"line\" d=\"" + g.path() + "\"/></g>");
    }
    out.println("</g>");

    out.println("<g class=\"nodes\">");
    for (NodeBox box : boxes.values()) {
      NetworkNode node = box.node();
      String classes = "node" + (alerted.has(node) ? " loop" : "") + (focus.has(node) ? " focus" : "");
      out.println("<g class=\"" + classes + "\" data-node=\"" + forXml(node.id()) + "\" data-role=\""
          + node.role().label() + "\"><title>" + forXml(node.name() + " (" + node.role().label() + ")") + "</title>"
          + "<rect x=\"" + EdgeGeometry.n(box.x() - box.width() / 2) + "\" y=\"" + EdgeGeometry.n(box.y() - box.height() / 2)
          + "\" width=\"" + EdgeGeometry.n(box.width()) + "\" height=\"" + EdgeGeometry.n(box.height())
          + "\" rx=\"8\" fill=\"" + fill(node, distress) + "\"/>" + text(box) + "</g>");
    }
    out.println("</g>");

    out.println("<g class=\"labels\">");
    for (EdgeLabel label : EdgeLabel.place(network, geometry, boxes, focus, alerted, LABEL_FONT)) {
      out.println("<text class=\"edge-label " + label.edge().kind().label() + "\" data-edge=\"" + forXml(label.edge().id())
          + "\" x=\"" + EdgeGeometry.n(label.x()) + "\" y=\"" + EdgeGeometry.n(label.y()) + "\">"
          + forXml(label.edge().label()) + "</text>");
    }
    out.println("</g>");
    legend(network, graphWidth, distress != null, out);
    out.println("</svg>");
  }

  private static String edgeClasses(NetworkEdge edge, Highlight focus, Highlight alerted) {
    return "edge " + edge.kind().label() + (edge.isBinding() ? "" : " pledge") + (alerted.has(edge) ? " loop" : "")
        + (focus.has(edge) ? " focus" : "");
  }

  /** Arrows between the same two companies bend further apart, one step per arrow. */
  private static Map<String, EdgeGeometry> geometry(DealNetwork network, Map<String, NodeBox> boxes) {
    Map<String, EdgeGeometry> result = new HashMap<>();
    Map<String, Integer> perPair = new HashMap<>();
    Map<String, Integer> seen = new HashMap<>();
    for (NetworkEdge edge : network.edges()) {
      perPair.merge(pair(edge), 1, Integer::sum);
    }
    for (NetworkEdge edge : network.edges()) {
      NodeBox from = boxes.get(edge.from());
      NodeBox to = boxes.get(edge.to());
      if (from == null || to == null) {
        continue;
      }
      String pair = pair(edge);
      int index = seen.merge(pair + ">" + edge.from(), 1, Integer::sum) - 1;
      double bend = perPair.get(pair) > 1 ? 34 + 30 * index : 14;
      result.put(edge.id(), EdgeGeometry.between(from, to, bend));
    }
    return result;
  }

  private static String pair(NetworkEdge edge) {
    return edge.from().compareTo(edge.to()) < 0 ? edge.from() + "|" + edge.to() : edge.to() + "|" + edge.from();
  }

  private static String title(NetworkEdge edge, DealNetwork network) {
    return network.nameOf(edge.from()) + " → " + network.nameOf(edge.to()) + ", " + edge.kind().label() + ": "
        + edge.label() + " (" + String.join(", ", edge.factIds()) + ")";
  }

  private static String text(NodeBox box) {
    StringBuilder text = new StringBuilder("<text x=\"" + EdgeGeometry.n(box.x()) + "\" text-anchor=\"middle\">");
    double lineHeight = NetworkLayout.FONT_SIZE + 3;
    double first = box.y() - (box.lines().size() - 1) * lineHeight / 2 + NetworkLayout.FONT_SIZE * 0.35;
    for (int i = 0; i < box.lines().size(); i++) {
      text.append("<tspan x=\"").append(EdgeGeometry.n(box.x())).append("\" y=\"")
          .append(EdgeGeometry.n(first + i * lineHeight)).append("\">").append(forXml(box.lines().get(i)))
          .append("</tspan>");
    }
    return text.append("</text>").toString();
  }

  private static void marker(PrintWriter out, String id, String colour) {
    out.println("<marker id=\"" + id + "\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\""
        + " markerHeight=\"7\" orient=\"auto-start-reverse\" markerUnits=\"userSpaceOnUse\" ><path d=\"M0,0 L10,5 L0,10 z\" fill=\""
        + colour + "\"/></marker>");
  }

  private static String fill(NetworkNode node, Map<String, Double> distress) {
    return distress == null ? Palette.fill(node.role()) : Palette.distress(distress.getOrDefault(node.id(), 0.0));
  }

  private static void legend(DealNetwork network, double graphWidth, boolean byDistress, PrintWriter out) {
    double x = graphWidth + 16;
    double y = 28;
    List<String> rows = new ArrayList<>();
    if (byDistress) {
      rows.add("<text x=\"" + x + "\" y=\"" + y + "\" class=\"legend-title\">Companies, by distress</text>");
      for (int step = 0; step <= 4; step++) {
        y += 24;
        rows.add("<rect x=\"" + x + "\" y=\"" + (y - 12) + "\" width=\"26\" height=\"16\" rx=\"4\" fill=\""
            + Palette.distress(step / 4.0) + "\"/><text x=\"" + (x + 34) + "\" y=\"" + y + "\">" + (step * 25)
            + (step == 4 ? " % (failed)" : " %") + "</text>");
      }
    } else {
      Set<Role> roles = new LinkedHashSet<>();
      network.nodes().stream().map(NetworkNode::role).sorted(Comparator.naturalOrder()).forEach(roles::add);
      rows.add("<text x=\"" + x + "\" y=\"" + y + "\" class=\"legend-title\">Companies, by role</text>");
      for (Role role : roles) {
        y += 24;
        rows.add("<rect x=\"" + x + "\" y=\"" + (y - 12) + "\" width=\"26\" height=\"16\" rx=\"4\" fill=\""
            + Palette.fill(role) + "\"/><text x=\"" + (x + 34) + "\" y=\"" + y + "\">" + role.label() + "</text>");
      }
    }
    y += 40;
    rows.add("<text x=\"" + x + "\" y=\"" + y + "\" class=\"legend-title\">Money flows along arrows</text>");
    String[][] lines = {
        {"edge investment", "investment"},
        {"edge supply", "purchase (supply deal)"},
        {"edge supply pledge", "not binding yet"},
        {"edge supply loop", "on a loop an alert names"},
        {"edge supply focus", "selected alert"}};
    for (String[] line : lines) {
      y += 26;
      String d = "M" + x + "," + (y - 4) + " L" + (x + 40) + "," + (y - 4);
      rows.add("<g class=\"" + line[0] + "\"><path class=\"glow\" d=\"" + d + "\"/><path class=\"line\" d=\"" + d
          + "\"/></g><text x=\"" + (x + 50) + "\" y=\"" + y + "\">" + line[1] + "</text>");
    }
    y += 34;
    rows.add("<text x=\"" + x + "\" y=\"" + y + "\" class=\"legend-note\">Labels: amount · strongest status.</text>");
    y += 18;
    rows.add("<text x=\"" + x + "\" y=\"" + y + "\" class=\"legend-note\">Cancelled and superseded deals</text>");
    y += 16;
    rows.add("<text x=\"" + x + "\" y=\"" + y + "\" class=\"legend-note\">are not drawn.</text>");
    out.println("<g class=\"legend\">" + String.join("", rows) + "</g>");
  }

  /** Inside the SVG, so a standalone file looks the same as the picture in the HTML report. */
  private static final String STYLE = String.join("",
      ".network text{font-size:13px;fill:#111827}",
      ".node rect{stroke:#374151;stroke-width:1}",
      ".node.loop rect{stroke:" + Palette.LOOP + ";stroke-width:2.5}",
      ".node.focus rect{stroke:" + Palette.HIGHLIGHT + ";stroke-width:3.5}",
      ".edge path{fill:none}.edge .line{stroke-width:1.6}.edge .glow{stroke:none;stroke-width:9;stroke-linecap:round}",
      ".edge.investment .line{stroke:" + Palette.edge(EdgeKind.INVESTMENT) + ";marker-end:url(#arrow-investment)}",
      ".edge.supply .line{stroke:" + Palette.edge(EdgeKind.SUPPLY) + ";marker-end:url(#arrow-supply)}",
      ".edge.pledge .line{stroke-dasharray:7 5}",
      // A loop keeps its arrows' colours and gets an amber glow; the selected alert turns red.
      ".edge.loop .glow{stroke:" + Palette.LOOP + ";opacity:.45}.edge.loop .line{stroke-width:2.2}",
      ".edge.focus .line{stroke:" + Palette.HIGHLIGHT + ";stroke-width:3.5;marker-end:url(#arrow-focus)}",
      ".edge.focus .glow{stroke:" + Palette.HIGHLIGHT + ";opacity:.25;stroke-width:11}",
      ".edge-label{font-size:" + (int) LABEL_FONT + "px;paint-order:stroke;stroke:#fff;stroke-width:4px;",
      "stroke-linejoin:round;text-anchor:middle}",
      ".edge-label.investment{fill:" + Palette.edge(EdgeKind.INVESTMENT) + "}",
      ".edge-label.supply{fill:" + Palette.edge(EdgeKind.SUPPLY) + "}",
      ".legend text{font-size:12px}.legend-title{font-weight:bold}.legend-note{fill:#4b5563}",
      ".network.dimmed .edges .edge:not(.focus){opacity:.25}.network.dimmed .node:not(.focus){opacity:.45}",
      ".network.dimmed .edge-label:not(.focus){opacity:.25}");
}
