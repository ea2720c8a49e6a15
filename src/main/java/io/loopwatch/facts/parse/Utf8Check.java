package io.loopwatch.facts.parse;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Finds the first byte of a file that is not UTF-8, with its line and column. Run only when a file
 * has failed to parse: the parsers' own messages for a bad byte either say nothing of encodings or
 * point at the start of the file, and a Latin-1 {@code é} from an old spreadsheet export is the
 * usual cause.
 */
final class Utf8Check {

  /** Where the bad byte is: 1-based line, and column in characters as an editor counts them. */
  record BadByte(int line, int column, int value) {
    String message() {
      return String.format("not valid UTF-8: byte 0x%02X cannot start or continue a character"
          + " here; save the file as UTF-8 (it may be Latin-1 or Windows-1252)", value);
    }
  }

  private Utf8Check() {}

  static Optional<BadByte> firstBadByte(InputStream raw) throws IOException {
    InputStream in = new BufferedInputStream(raw, 1 << 16);
    int line = 1;
    int column = 1;
    for (int b = in.read(); b >= 0; b = in.read()) {
      int continuations;
      int min = 0x80;
      int max = 0xBF;
      if (b < 0x80) {
        if (b == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
        continue;
      } else if (b >= 0xC2 && b <= 0xDF) {
        continuations = 1;
      } else if (b >= 0xE0 && b <= 0xEF) {
        continuations = 2;
        // No overlong forms, no UTF-16 surrogates.
        min = b == 0xE0 ? 0xA0 : 0x80;
        max = b == 0xED ? 0x9F : 0xBF;
      } else if (b >= 0xF0 && b <= 0xF4) {
        continuations = 3;
        min = b == 0xF0 ? 0x90 : 0x80;
        max = b == 0xF4 ? 0x8F : 0xBF;
      } else {
        return Optional.of(new BadByte(line, column, b));
      }
      for (int i = 0; i < continuations; i++) {
        int next = in.read();
        boolean ok = next >= (i == 0 ? min : 0x80) && next <= (i == 0 ? max : 0xBF);
        if (!ok) {
          // The lead byte is where the character that cannot be read begins.
          return Optional.of(new BadByte(line, column, b));
        }
      }
      column++;
    }
    return Optional.empty();
  }
}
