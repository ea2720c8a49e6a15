package io.loopwatch.facts.parse;

import java.math.BigDecimal;
import java.util.List;

/**
 * A value read from a fact file, with the 1-based line and column where it starts. The binders
 * read these instead of Jackson's own tree because {@code JsonNode} forgets positions, and every
 * error must point at the value that caused it.
 */
public sealed interface Node permits Node.Mapping, Node.Sequence, Node.Scalar {

  int line();

  int column();

  default boolean isUnreadable() {
    return this instanceof Scalar s && s.kind() == Scalar.Kind.UNREADABLE;
  }

  /** How the value reads in an error message: {@code a list}, {@code the number 42}. */
  String describe();

  /** A key and its value; the key's own position is where an unknown field is reported. */
  record Entry(String key, int line, int column, Node value) {}

  /** A JSON object or YAML mapping; entries in file order, keys unique. */
  record Mapping(int line, int column, List<Entry> entries) implements Node {

    public Mapping {
      entries = List.copyOf(entries);
    }

    /**
     * A plain scan: objects in fact files have a dozen keys at most, where a hash table per object
     * would cost more memory than the scan costs time.
     */
    public Entry entry(String key) {
      for (int i = 0; i < entries.size(); i++) {
        if (entries.get(i).key().equals(key)) {
          return entries.get(i);
        }
      }
      return null;
    }

    @Override
    public String describe() {
      return "an object";
    }
  }

  record Sequence(int line, int column, List<Node> items) implements Node {

    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /**
   * A string, number, boolean or null. {@code text} is the value as written, so that money can be
   * read exactly; {@code number} is its exact value for numbers, or null where Jackson gave a
   * number that has no decimal form (YAML's {@code .inf}).
   */
  record Scalar(int line, int column, Kind kind, String text, BigDecimal number) implements Node {

    public enum Kind {
      STRING,
      NUMBER,
      BOOLEAN,
      NULL,
      /** A value the reader could not represent and has reported; not to be reported again. */
      UNREADABLE
    }

    /** Null, or YAML's {@code key:} with nothing after it, which Jackson reports as "". */
    public boolean isAbsent() {
      return kind == Kind.NULL || (kind == Kind.STRING && text.isBlank());
    }

    @Override
    public String describe() {
      return switch (kind) {
        case STRING -> "the string " + Messages.quote(text);
        case NUMBER -> "the number " + text;
        case BOOLEAN -> "the boolean " + text;
        case NULL -> "null";
        case UNREADABLE -> "an unreadable value";
      };
    }
  }
}
