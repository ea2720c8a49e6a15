package io.loopwatch.graph;

import java.util.List;

/**
 * Where a company is drawn: the centre of its box, the box's size, and its name broken into lines.
 */
record NodeBox(NetworkNode node, double x, double y, double width, double height, List<String> lines) {

  NodeBox moved(double dx, double dy) {
    return new NodeBox(node, x + dx, y + dy, width, height, lines);
  }

  NodeBox at(double newX, double newY) {
    return new NodeBox(node, newX, newY, width, height, lines);
  }

  boolean overlaps(double cx, double cy, double w, double h, double margin) {
    return Math.abs(cx - x) < (w + width) / 2 + margin && Math.abs(cy - y) < (h + height) / 2 + margin;
  }
}
