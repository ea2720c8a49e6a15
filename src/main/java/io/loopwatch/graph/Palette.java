package io.loopwatch.graph;

import io.loopwatch.facts.Role;
import io.loopwatch.loops.EdgeKind;

/** Colours shared by every picture, so the SVG, DOT and legend agree. Chosen to stay apart for colour-blind readers. */
final class Palette {

  static final String HIGHLIGHT = "#dc2626";
  static final String LOOP = "#f59e0b";

  private Palette() {}

  static String fill(Role role) {
    return switch (role) {
      case CHIP_VENDOR -> "#93c5fd";
      case AI_LAB -> "#fca5a5";
      case CLOUD_PROVIDER -> "#a7f3d0";
      case HYPERSCALER -> "#6ee7b7";
      case NEOCLOUD -> "#fde68a";
      case INVESTOR -> "#d8b4fe";
      case FOUNDRY -> "#cbd5e1";
      case DATACENTER_DEVELOPER -> "#fdba74";
      case NETWORKING_VENDOR -> "#bfdbfe";
    };
  }

  static String edge(EdgeKind kind) {
    return kind == EdgeKind.INVESTMENT ? "#7c3aed" : "#0f766e";
  }

  /**
   * Distress from 0 to 1 as a fill between pale grey and the highlight red, so that a stress test's
   * picture reads at a glance: the redder, the closer to failure.
   */
  static String distress(double level) {
    double t = Math.max(0, Math.min(1, level));
    int[] pale = {0xf3, 0xf4, 0xf6};
    int[] red = {0xdc, 0x26, 0x26};
    StringBuilder colour = new StringBuilder("#");
    for (int c = 0; c < 3; c++) {
      colour.append(String.format(java.util.Locale.ROOT, "%02x", Math.round(pale[c] + (red[c] - pale[c]) * t)));
    }
    return colour.toString();
  }
}
