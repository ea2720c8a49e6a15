package io.loopwatch.graph;

/**
 * One arrow as a quadratic Bézier curve from the edge of one box to the edge of another. Arrows
 * bend to their left, so A → B and B → A curve apart instead of lying on top of each other.
 */
record EdgeGeometry(double x1, double y1, double cx, double cy, double x2, double y2) {

  /** Room left between the arrow's tip and the box, so the arrowhead stays visible. */
  private static final double TIP_GAP = 4;

  static EdgeGeometry between(NodeBox from, NodeBox to, double bend) {
    double dx = to.x() - from.x();
    double dy = to.y() - from.y();
    double length = Math.max(Math.hypot(dx, dy), 1);
    // The left normal of the direction of travel.
    double nx = dy / length;
    double ny = -dx / length;
    double cx = (from.x() + to.x()) / 2 + nx * bend;
    double cy = (from.y() + to.y()) / 2 + ny * bend;
    double[] start = boundary(from, cx, cy, 2);
    double[] end = boundary(to, cx, cy, TIP_GAP);
    return new EdgeGeometry(start[0], start[1], cx, cy, end[0], end[1]);
  }

  /** The point of the curve at {@code t} in [0, 1]. */
  double[] at(double t) {
    double u = 1 - t;
    return new double[] {
        u * u * x1 + 2 * u * t * cx + t * t * x2,
        u * u * y1 + 2 * u * t * cy + t * t * y2};
  }

  String path() {
    return "M" + n(x1) + "," + n(y1) + " Q" + n(cx) + "," + n(cy) + " " + n(x2) + "," + n(y2);
  }

  /** Where the line from the box's centre towards a point leaves the box, plus a gap. */
  private static double[] boundary(NodeBox box, double px, double py, double gap) {
    double dx = px - box.x();
    double dy = py - box.y();
    double halfW = box.width() / 2 + gap;
    double halfH = box.height() / 2 + gap;
    double t = Math.min(dx == 0 ? Double.MAX_VALUE : halfW / Math.abs(dx), dy == 0 ? Double.MAX_VALUE : halfH / Math.abs(dy));
    t = Math.min(t, 1);
    return new double[] {box.x() + dx * t, box.y() + dy * t};
  }

  static String n(double value) {
    return String.valueOf(Math.round(value * 10) / 10.0);
  }
}
