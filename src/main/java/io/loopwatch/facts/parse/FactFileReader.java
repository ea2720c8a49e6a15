package io.loopwatch.facts.parse;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.loopwatch.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one fact file, binding each fact as soon as its object has been read, so that only one
 * fact's tree is in memory at a time rather than the whole file's. Reports exactly what reading
 * the whole tree with {@link TreeReader} and then binding it with {@link DocumentBinder} would.
 */
final class FactFileReader {

  /**
   * What one file held.
   *
   * @param problems the reader's problems (syntax, duplicate keys) first, then the binders', as
   *     when the whole tree was read before binding began
   * @param syntaxOk false when the file could not be parsed; it then contributes no facts
   */
  record Read(List<Diagnostic> problems, boolean syntaxOk, DocumentFacts facts) {}

  private final JsonParser parser;
  private final TreeReader reader;
  private final DocumentBinder binder;

  private FactFileReader(JsonParser parser, TreeReader reader, DocumentBinder binder) {
    this.parser = parser;
    this.reader = reader;
    this.binder = binder;
  }

  static Read read(Path file, SharedValues shared, FileOpener opener) throws IOException {
    // Callers pass fact files only: InputFiles filters them, and test files name them.
    return read(file, Format.of(file).orElseThrow(), shared, opener);
  }

  /** @param file names the document in diagnostics; a stream record's name has no extension to go by */
  static Read read(Path file, Format format, SharedValues shared, FileOpener opener) throws IOException {
    Problems reading = new Problems(file);
    Problems binding = new Problems(file);
    DocumentFacts facts = new DocumentFacts(file);
    InputStream in;
    try {
      in = opener.open(file);
    } catch (IOException e) {
      reading.at(0, 0, "", "cannot read: " + ReadFailure.reason(e));
      return new Read(reading.list(), false, new DocumentFacts(file));
    }
    try (in; JsonParser parser = format.factory().createParser(in)) {
      TreeReader reader = new TreeReader(parser, format, reading);
      FactFileReader fileReader =
          new FactFileReader(parser, reader, new DocumentBinder(binding, facts, shared));
      if (!fileReader.document()) {
        reading.at(1, 1, "", "the file is empty; expected an object with any of the sections "
            + String.join(", ", Section.names()) + " (write {} for a file that holds no facts)");
      }
    } catch (JsonProcessingException e) {
      // As when a file is read whole before binding: a syntax error leaves nothing to bind, so
      // what was bound before it is dropped, with the binders' problems.
      Problems failed = new Problems(file);
      IOException readFailure = readFailure(e);
      failed.add(encodingError(file, opener).orElseGet(() -> readFailure != null
          ? new Diagnostic(file, 0, 0, "", "cannot read: " + ReadFailure.reason(readFailure))
          : SyntaxError.describe(file, format, e)));
      return new Read(failed.list(), false, new DocumentFacts(file));
    } catch (IOException e) {
      // A read that fails half way (a directory where a file was expected, a disk error), or
      // bytes the YAML reader could not decode.
      Problems failed = new Problems(file);
      failed.add(encodingError(file, opener).orElseGet(
          () -> new Diagnostic(file, 0, 0, "", "cannot read: " + ReadFailure.reason(e))));
      return new Read(failed.list(), false, new DocumentFacts(file));
    }
    List<Diagnostic> problems = new ArrayList<>(reading.list());
    problems.addAll(binding.list());
    return new Read(problems, true, facts);
  }

  /** The failure to read underneath a parse error, where the YAML reader wrapped one. */
  private static IOException readFailure(JsonProcessingException e) {
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof IOException io && !(io instanceof JsonProcessingException)) {
        return io;
      }
    }
    return null;
  }

  /** The file's first byte that is not UTF-8, if that is why it failed to parse. */
  private static java.util.Optional<Diagnostic> encodingError(Path file, FileOpener opener) {
    try (InputStream again = opener.open(file)) {
      return Utf8Check.firstBadByte(again)
          .map(bad -> new Diagnostic(file, bad.line(), bad.column(), "", bad.message()));
    } catch (IOException unreadableNow) {
      return java.util.Optional.empty();
    }
  }

  /** False when the file holds no document at all: nothing, or only comments. */
  private boolean document() throws IOException {
    JsonToken first = parser.nextToken();
    if (first == null) {
      return false;
    }
    if (first == JsonToken.START_OBJECT) {
      sections();
    } else {
      // Not an object: nothing to stream; the binder says what is wrong with it.
      binder.document(reader.value(first, () -> ""));
    }
    reader.expectEnd();
    return true;
  }

  private void sections() throws IOException {
    // Where each key was first given; the values are bound as they come, not kept.
    Map<String, Node.Entry> seen = new HashMap<>();
    for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
      String key = parser.currentName();
      int line = reader.line();
      int column = reader.column();
      JsonToken valueToken = parser.nextToken();
      Node.Entry first = seen.get(key);
      Section<?> section = Section.named(key).orElse(null);
      if (first == null && section != null && valueToken == JsonToken.START_ARRAY) {
        seen.put(key, new Node.Entry(key, line, column, null));
        facts(section);
        continue;
      }
      Node value = reader.value(valueToken, () -> key);
      if (first == null) {
        seen.put(key, new Node.Entry(key, line, column, null));
        binder.entry(new Node.Entry(key, line, column, value));
      } else {
        reader.duplicateKey(first, line, column, key);
      }
    }
  }

  private <T> void facts(Section<T> section) throws IOException {
    int index = 0;
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      int at = index++;
      binder.fact(section, reader.value(t, () -> DocPath.item(section.name(), at)), at);
    }
  }
}
