package io.loopwatch.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Places the companies: a force-directed layout (Fruchterman–Reingold, from JGraphT) with a fixed
 * seed, so the same facts always give the same picture, then boxes pushed apart until no two
 * names overlap. Linked companies end up near each other, which keeps arrows short and followable.
 */
final class NetworkLayout {

  static final double FONT_SIZE = 13;
  /** A generous average glyph width for the sans-serif fonts browsers pick; boxes err on the wide side. */
  static final double CHAR_WIDTH = 0.62;
  private static final long SEED = 20260205L;
  private static final int ITERATIONS = 600;
  private static final double SPREAD = 0.6;
  private static final double GAP = 46;
  private static final int MAX_LINE = 18;

  private NetworkLayout() {}

  /** Boxes inside {@code width × height}, keyed by company id, in the network's node order. */
  static Map<String, NodeBox> layout(DealNetwork network, double width, double height) {
    Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
    network.nodes().forEach(n -> graph.addVertex(n.id()));
    for (NetworkEdge edge : network.edges()) {
      if (!graph.containsEdge(edge.from(), edge.to()) && graph.containsVertex(edge.from())
          && graph.containsVertex(edge.to())) {
        graph.addEdge(edge.from(), edge.to());
      }
    }
    // Companies without a live deal would drift to the corners and shrink the rest; they get a row of their own.
    List<NetworkNode> linked = network.nodes().stream().filter(n -> graph.degreeOf(n.id()) > 0).toList();
    List<NetworkNode> alone = network.nodes().stream().filter(n -> graph.degreeOf(n.id()) == 0).toList();
    alone.forEach(n -> graph.removeVertex(n.id()));
    double rowHeight = alone.isEmpty() ? 0 : 70;

    MapLayoutModel2D<String> model = new MapLayoutModel2D<>(Box2D.of(0, 0, width, height - rowHeight));
    if (linked.size() > 1) {
      new FRLayoutAlgorithm2D<String, DefaultEdge>(ITERATIONS, 0.9, new Random(SEED)).layout(graph, model);
    }
    List<NodeBox> boxes = new ArrayList<>();
    for (NetworkNode node : linked) {
      Point2D p = linked.size() > 1 ? model.get(node.id()) : Point2D.of(width / 2, (height - rowHeight) / 2);
      boxes.add(box(node, p.getX(), p.getY()));
    }
    spreadCentre(boxes);
    fit(boxes, width, height - rowHeight);
    separate(boxes);
    fit(boxes, width, height - rowHeight);

    double x = 20;
    for (NetworkNode node : alone) {
      NodeBox box = box(node, 0, height - rowHeight / 2);
      boxes.add(box.at(x + box.width() / 2, box.y()));
      x += box.width() + 24;
    }
    Map<String, NodeBox> byId = new LinkedHashMap<>();
    boxes.forEach(b -> byId.put(b.node().id(), b));
    return byId;
  }

  private static NodeBox box(NetworkNode node, double x, double y) {
    List<String> lines = lines(node.name());
    double textWidth = lines.stream().mapToInt(String::length).max().orElse(1) * FONT_SIZE * CHAR_WIDTH;
    return new NodeBox(node, x, y, textWidth + 20, lines.size() * (FONT_SIZE + 3) + 14, lines);
  }

  /** Long names break at the space nearest the middle, so boxes stay compact. */
  static List<String> lines(String name) {
    if (name.length() <= MAX_LINE) {
      return List.of(name);
    }
    int middle = name.length() / 2;
    int best = -1;
    for (int i = 0; i < name.length(); i++) {
      if (name.charAt(i) == ' ' && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) {
        best = i;
      }
    }
    return best < 0 ? List.of(name) : List.of(name.substring(0, best), name.substring(best + 1));
  }

  /**
   * Hubs gather many edges and their labels in the middle while leaves drift outwards; pulling
   * every company towards the centre by a power of its distance evens the spacing out, the way a
   * reverse fisheye lens would.
   */
  private static void spreadCentre(List<NodeBox> boxes) {
    double cx = boxes.stream().mapToDouble(NodeBox::x).average().orElse(0);
    double cy = boxes.stream().mapToDouble(NodeBox::y).average().orElse(0);
    double far = boxes.stream().mapToDouble(b -> Math.hypot(b.x() - cx, b.y() - cy)).max().orElse(1);
    for (int i = 0; i < boxes.size(); i++) {
      NodeBox b = boxes.get(i);
      double r = Math.hypot(b.x() - cx, b.y() - cy);
      if (r > 1e-6) {
        double spread = far * Math.pow(r / far, SPREAD) / r;
        boxes.set(i, b.at(cx + (b.x() - cx) * spread, cy + (b.y() - cy) * spread));
      }
    }
  }

  /** Pushes overlapping boxes apart along the line between their centres, a little at a time. */
  private static void separate(List<NodeBox> boxes) {
    for (int round = 0; round < 400; round++) {
      boolean moved = false;
      for (int i = 0; i < boxes.size(); i++) {
        for (int j = i + 1; j < boxes.size(); j++) {
          NodeBox a = boxes.get(i);
          NodeBox b = boxes.get(j);
          if (!a.overlaps(b.x(), b.y(), b.width(), b.height(), GAP)) {
            continue;
          }
          double dx = b.x() - a.x();
          double dy = b.y() - a.y();
          double length = Math.hypot(dx, dy);
          if (length < 1e-6) {
            dx = 1;
            dy = (i % 2 == 0) ? 1 : -1;
            length = Math.hypot(dx, dy);
          }
          double step = 6;
          boxes.set(i, a.moved(-dx / length * step, -dy / length * step));
          boxes.set(j, b.moved(dx / length * step, dy / length * step));
          moved = true;
        }
      }
      if (!moved) {
        return;
      }
    }
  }

  /** Scales and shifts the centres so every box lies inside the drawing area, with a margin. */
  private static void fit(List<NodeBox> boxes, double width, double height) {
    double minX = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (NodeBox b : boxes) {
      minX = Math.min(minX, b.x());
      maxX = Math.max(maxX, b.x());
      minY = Math.min(minY, b.y());
      maxY = Math.max(maxY, b.y());
    }
    double widest = boxes.stream().mapToDouble(NodeBox::width).max().orElse(0);
    double tallest = boxes.stream().mapToDouble(NodeBox::height).max().orElse(0);
    double margin = 20;
    double spanX = Math.max(maxX - minX, 1);
    double spanY = Math.max(maxY - minY, 1);
    double scaleX = (width - widest - 2 * margin) / spanX;
    double scaleY = (height - tallest - 2 * margin) / spanY;
    for (int i = 0; i < boxes.size(); i++) {
      NodeBox b = boxes.get(i);
      double x = boxes.size() == 1 ? width / 2 : margin + widest / 2 + (b.x() - minX) * scaleX;
      double y = boxes.size() == 1 ? height / 2 : margin + tallest / 2 + (b.y() - minY) * scaleY;
      boxes.set(i, b.at(x, y));
    }
  }
}
