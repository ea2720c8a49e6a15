package io.loopwatch.engine;

/** Turns character offsets in a file's text into the 1-based line and column editors show. */
final class TextPositions {

  private final String text;

  TextPositions(String text) {
    this.text = text;
  }

  int line(int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  int column(int offset) {
    int lineStart = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
    if (offset == 0) {
      lineStart = 0;
    }
    return offset - lineStart + 1;
  }
}
