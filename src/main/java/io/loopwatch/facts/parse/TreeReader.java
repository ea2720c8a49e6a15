package io.loopwatch.facts.parse;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads one fact file into a tree of positioned {@link Node}s. Streams tokens rather than binding
 * to classes because only the token stream knows where each value is, and because duplicate keys,
 * which Jackson's tree would silently collapse, must be reported.
 */
final class TreeReader {

  /** The document's root, or null for an empty document or one that could not be parsed. */
  record Result(Node root, boolean syntaxOk) {}

  private final JsonParser parser;
  private final Format format;
  private final Problems problems;

  TreeReader(JsonParser parser, Format format, Problems problems) {
    this.parser = parser;
    this.format = format;
    this.problems = problems;
  }

  static Result read(Path file, Format format, Problems problems) throws IOException {
    try (InputStream in = Files.newInputStream(file);
        JsonParser parser = format.factory().createParser(in)) {
      return new TreeReader(parser, format, problems).document();
    } catch (JsonProcessingException e) {
      // A byte that is not UTF-8 is the likelier cause, and the parsers place it badly.
      java.util.Optional<Utf8Check.BadByte> bad;
      try (InputStream again = Files.newInputStream(file)) {
        bad = Utf8Check.firstBadByte(again);
      }
      problems.add(bad.map(b -> new io.loopwatch.Diagnostic(file, b.line(), b.column(), "", b.message()))
          .orElseGet(() -> SyntaxError.describe(file, format, e)));
      return new Result(null, false);
    }
  }

  private Result document() throws IOException {
    JsonToken first = parser.nextToken();
    if (first == null) {
      return new Result(null, true);
    }
    Node root = value(first, () -> "");
    expectEnd();
    return new Result(root, true);
  }

  /** Reports anything after the document's root value, which a fact file must not have. */
  void expectEnd() throws IOException {
    if (parser.nextToken() != null) {
      problems.at(line(), column(), "", secondDocumentMessage());
    }
  }

  private String secondDocumentMessage() {
    return format == Format.YAML
        ? "a fact file holds one YAML document; found a second one here"
            + " (split it into another file)"
        : "unexpected content after the end of the JSON document";
  }

  /**
   * Reads the value that starts at {@code token}, with everything inside it.
   *
   * @param path worked out only for a message: most values are fine, and there are millions
   */
  Node value(JsonToken token, Supplier<String> path) throws IOException {
    // One location for both numbers: Jackson makes a new one on every call.
    JsonLocation at = location();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
      // Jackson hands an alias over as a string holding the anchor's name, which would be read as
      // a wrong but plausible value.
      problems.at(
          line, column, path.get(), "YAML aliases (*name) are not supported; write the value out");
      return new Node.Scalar(line, column, Node.Scalar.Kind.UNREADABLE, "", null);
    }
    return switch (token) {
      case START_OBJECT -> mapping(line, column, path);
      case START_ARRAY -> sequence(line, column, path);
      case VALUE_STRING -> scalar(line, column, Node.Scalar.Kind.STRING, null);
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT ->
          scalar(line, column, Node.Scalar.Kind.NUMBER, exactNumber());
      // The value, not the text as written: YAML spells false in more ways than one.
      case VALUE_TRUE, VALUE_FALSE -> new Node.Scalar(line, column, Node.Scalar.Kind.BOOLEAN,
          Boolean.toString(token == JsonToken.VALUE_TRUE), null);
      case VALUE_NULL -> scalar(line, column, Node.Scalar.Kind.NULL, null);
      default -> {
        problems.at(line, column, path.get(),
            "unsupported value " + Messages.quote(parser.getText()));
        yield scalar(line, column, Node.Scalar.Kind.UNREADABLE, null);
      }
    };
  }

  private Node.Mapping mapping(int line, int column, Supplier<String> path) throws IOException {
    // A list, not a hash map: objects in fact files have a dozen keys at most, and there are
    // millions of objects.
    List<Node.Entry> entries = new ArrayList<>();
    for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
      String key = parser.currentName();
      JsonLocation at = location();
      Supplier<String> keyPath = () -> DocPath.field(path.get(), key);
      Node value = value(parser.nextToken(), keyPath);
      Node.Entry first = find(entries, key);
      if (first == null) {
        entries.add(new Node.Entry(key, at.getLineNr(), at.getColumnNr(), value));
      } else {
        duplicateKey(first, at.getLineNr(), at.getColumnNr(), keyPath.get());
      }
    }
    return new Node.Mapping(line, column, entries);
  }

  private static Node.Entry find(List<Node.Entry> entries, String key) {
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).key().equals(key)) {
        return entries.get(i);
      }
    }
    return null;
  }

  /** Reports a key given twice in one object; the first is the one that counts. */
  void duplicateKey(Node.Entry first, int line, int column, String path) {
    problems.at(line, column, path, "duplicate key " + Messages.quote(first.key())
        + "; first given at line " + first.line() + ", column " + first.column());
  }

  private Node.Sequence sequence(int line, int column, Supplier<String> path) throws IOException {
    List<Node> items = new ArrayList<>();
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      int index = items.size();
      items.add(value(t, () -> DocPath.item(path.get(), index)));
    }
    return new Node.Sequence(line, column, items);
  }

  private Node.Scalar scalar(int line, int column, Node.Scalar.Kind kind, BigDecimal number)
      throws IOException {
    return new Node.Scalar(line, column, kind, parser.getText(), number);
  }

  /**
   * The number exactly as written. The literal text is used rather than a double so that money
   * keeps every digit; Jackson's own decimal covers YAML spellings such as {@code 100_000}.
   */
  private BigDecimal exactNumber() throws IOException {
    String text = parser.getText();
    java.util.Optional<BigDecimal> exact = BoundedDecimal.parse(text);
    if (exact.isPresent() || text.length() > BoundedDecimal.MAX_LENGTH) {
      return exact.orElse(null);
    }
    try {
      return parser.getDecimalValue();
    } catch (NumberFormatException | JsonProcessingException noDecimalForm) {
      return null;
    }
  }

  /** The line of the current token. */
  int line() {
    return location().getLineNr();
  }

  int column() {
    return location().getColumnNr();
  }

  private JsonLocation location() {
    return parser.currentTokenLocation();
  }
}
