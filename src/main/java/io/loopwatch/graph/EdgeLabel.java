package io.loopwatch.graph;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Where an edge's label goes: on its curve, at the middle if that spot is free, otherwise at the
 * nearest point along the curve that overlaps no box and no label placed before it. Labels of
 * emphasised edges are placed first, so they get the best spots.
 */
record EdgeLabel(NetworkEdge edge, double x, double y, double width, double height) {

  private static final double[] POSITIONS = {0.5, 0.42, 0.58, 0.34, 0.66, 0.27, 0.73, 0.2, 0.8};

  static List<EdgeLabel> place(DealNetwork network, Map<String, EdgeGeometry> geometry, Map<String, NodeBox> boxes,
      Highlight focus, Highlight alerted, double fontSize) {
    List<NetworkEdge> order = new ArrayList<>(network.edges());
    order.sort(Comparator.comparingInt((NetworkEdge e) -> focus.has(e) ? 0 : alerted.has(e) ? 1 : 2));
    List<EdgeLabel> placed = new ArrayList<>();
    for (NetworkEdge edge : order) {
      EdgeGeometry g = geometry.get(edge.id());
      if (g == null) {
        continue;
      }
      double width = edge.label().length() * fontSize * NetworkLayout.CHAR_WIDTH + 6;
      double height = fontSize + 4;
      EdgeLabel best = null;
      double bestOverlap = Double.MAX_VALUE;
      for (double t : POSITIONS) {
        double[] p = g.at(t);
        EdgeLabel candidate = new EdgeLabel(edge, p[0], p[1] + fontSize * 0.35, width, height);
        double overlap = candidate.overlap(placed, boxes);
        if (overlap < bestOverlap) {
          best = candidate;
          bestOverlap = overlap;
        }
        if (overlap == 0) {
          break;
        }
      }
      placed.add(best);
    }
    return placed;
  }

  /** The box the text occupies; {@code y} is the text's baseline. */
  private double top() {
    return y - height + 3;
  }

  private double overlap(List<EdgeLabel> labels, Map<String, NodeBox> boxes) {
    double total = 0;
    for (EdgeLabel other : labels) {
      total += area(x - width / 2, top(), width, height, other.x - other.width / 2, other.top(), other.width, other.height);
    }
    for (NodeBox box : boxes.values()) {
      total += area(x - width / 2, top(), width, height, box.x() - box.width() / 2 - 3, box.y() - box.height() / 2 - 3,
          box.width() + 6, box.height() + 6);
    }
    return total;
  }

  private static double area(double x1, double y1, double w1, double h1, double x2, double y2, double w2, double h2) {
    double w = Math.min(x1 + w1, x2 + w2) - Math.max(x1, x2);
    double h = Math.min(y1 + h1, y2 + h2) - Math.max(y1, y2);
    return w > 0 && h > 0 ? w * h : 0;
  }
}
