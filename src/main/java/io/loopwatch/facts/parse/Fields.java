package io.loopwatch.facts.parse;

import io.loopwatch.facts.Labeled;
import io.loopwatch.facts.Source;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The fields of one object in a fact file, read with the checks all fact kinds share. A field that
 * cannot be read is reported and read as null, and reading goes on, so that one pass finds every
 * problem. The fields asked for are remembered; whatever else the object holds is unknown.
 */
final class Fields {

  /** What a fact about the world must carry, in the same words for every kind of fact. */
  static final String SOURCE_HINT = "at least one source (publisher and date)";

  /** The field that says a fact's amount is not public, in place of the amount. */
  static final String DISCLOSED = "disclosed";

  private final Node.Mapping object;
  private final String path;
  private final Problems problems;
  private final SharedValues shared;
  /** In the order asked, each once; a list because there are a dozen at most, per fact. */
  private final List<String> asked = new ArrayList<>();
  private final int problemsBefore;
  private boolean sawUnreadable;

  Fields(Node.Mapping object, String path, Problems problems, SharedValues shared) {
    this.object = object;
    this.path = path;
    this.problems = problems;
    this.shared = shared;
    this.problemsBefore = problems.count();
  }

  /** Converts one node; a method reference to {@link Values}. */
  @FunctionalInterface
  interface Conversion<T> {
    T apply(Node node) throws BadValue;
  }

  <T> T required(String name, Conversion<T> conversion) {
    Node value = requiredValue(name, "");
    return value == null ? null : convert(value, () -> DocPath.field(path, name), conversion);
  }

  /** Null when the field is left out or left empty. */
  <T> T optional(String name, Conversion<T> conversion) {
    Node.Entry entry = entry(name);
    if (entry == null || isEmpty(entry.value())) {
      return null;
    }
    return convert(entry.value(), () -> DocPath.field(path, name), conversion);
  }

  /**
   * An amount a source may not disclose, which a fact must then say it does not: the amount, or
   * null where the object has {@code disclosed: false} in its place. Both, or neither, is reported:
   * a missing amount must never pass for a forgotten one, nor be read as zero.
   *
   * @param name the amount's field, {@code amountUsd}
   */
  BigDecimal disclosable(String name, Conversion<BigDecimal> conversion) {
    Node.Entry amount = entry(name);
    Node.Entry flag = entry(DISCLOSED);
    boolean given = amount != null && !isEmpty(amount.value());
    Boolean disclosed = flag == null || isEmpty(flag.value()) ? null
        : convert(flag.value(), () -> DocPath.field(path, DISCLOSED), Values::bool);
    if (given && Boolean.FALSE.equals(disclosed)) {
      problems.at(flag.value(), DocPath.field(path, DISCLOSED), "'disclosed: false' says the amount is not"
          + " public, but " + Messages.quote(name) + " gives one; remove 'disclosed: false', or remove "
          + Messages.quote(name) + " if the sources do not disclose it");
      return null;
    }
    if (given) {
      return convert(amount.value(), () -> DocPath.field(path, name), conversion);
    }
    String write = "write " + Messages.quote(name) + " in US dollars, or 'disclosed: false' where the sources do"
        + " not disclose the amount";
    if (Boolean.TRUE.equals(disclosed)) {
      problems.at(flag.value(), DocPath.field(path, DISCLOSED), "'disclosed: true' but " + Messages.quote(name)
          + " is missing; " + write);
    } else if (disclosed == null && (flag == null || isEmpty(flag.value()))) {
      Node at = amount != null ? amount.value() : flag != null ? flag.value() : object;
      problems.at(at, DocPath.field(path, name), (amount == null ? "missing " : "no value for ")
          + Messages.quote(name) + "; " + write);
    }
    return null;
  }

  /** An id's text; whether it is kebab-case is {@link FieldCheck}'s to say. */
  String id(String name) {
    return required(name, Values::text);
  }

  /**
   * An id that many other facts name (a company's): shared with the text of those references,
   * so that checking them compares one string with itself rather than two equal ones.
   */
  String referencedId(String name) {
    return shared.text(id(name));
  }

  /** Required text repeats across facts (names of companies and publishers), so it is shared. */
  String text(String name) {
    return shared.text(required(name, Values::text));
  }

  String optionalText(String name) {
    return optional(name, Values::text);
  }

  LocalDate date(String name) {
    return shared.date(required(name, Values::date));
  }

  LocalDate optionalDate(String name) {
    return shared.date(optional(name, Values::date));
  }

  <E extends Enum<E> & Labeled> E choice(String name, Class<E> type) {
    return required(name, node -> Values.choice(node, type));
  }

  /**
   * A list of labels; each bad label is reported at its own position. An empty list is read as
   * one: that it needs a label is {@link FieldCheck}'s to say, for files and code alike.
   */
  <E extends Enum<E> & Labeled> List<E> choices(String name, Class<E> type) {
    List<Node> items = list(name, "at least one of: " + Labeled.choices(type));
    return items == null ? null : converted(name, items, node -> Values.choice(node, type));
  }

  /** An optional label; null when left out. */
  <E extends Enum<E> & Labeled> E optionalChoice(String name, Class<E> type) {
    return optional(name, node -> Values.choice(node, type));
  }

  /**
   * An optional list of values, each converted and, when bad, reported at its own position; an
   * empty list when the field is left out or left empty.
   */
  <T> List<T> optionalList(String name, String expected, Conversion<T> conversion) {
    List<Node> items = optionalItems(name, expected);
    return items == null ? List.of() : converted(name, items, conversion);
  }

  /** The items of a list field, each converted; a bad one is reported at its own position and left out. */
  private <T> List<T> converted(String name, List<Node> items, Conversion<T> conversion) {
    List<T> values = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      int index = i;
      T value = convert(items.get(i), () -> DocPath.item(DocPath.field(path, name), index), conversion);
      if (value != null) {
        values.add(value);
      }
    }
    return values;
  }

  /**
   * A list of values that must be written, each converted and, when bad, reported at its own
   * position. An empty list is read as one: whether it may be empty is {@link FieldCheck}'s to say.
   */
  <T> List<T> requiredList(String name, String expected, Conversion<T> conversion) {
    if (list(name, expected) == null) {
      return null;
    }
    return optionalList(name, expected, conversion);
  }

  /** What binds one object of a nested list. */
  @FunctionalInterface
  interface Binder<T> {
    T bind(Fields object);
  }

  /**
   * An optional list of objects, each read by {@code binder} with its own fields checked; an empty
   * list when the field is left out or left empty.
   *
   * @param expected what each item must be, for the message when one is not an object
   */
  <T> List<T> optionalObjects(String name, String expected, Binder<T> binder) {
    List<Node> items = optionalItems(name, expected);
    return items == null ? List.of() : objects(name, items, expected, binder);
  }

  /** The items of a list field, each an object read by {@code binder}; a bad one is reported and left out. */
  private <T> List<T> objects(String name, List<Node> items, String expected, Binder<T> binder) {
    List<T> values = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      String itemPath = DocPath.item(DocPath.field(path, name), i);
      Node item = items.get(i);
      if (skipUnreadable(item)) {
        continue;
      }
      if (!(item instanceof Node.Mapping mapping)) {
        problems.at(item, itemPath, "expected " + expected + "; found " + item.describe());
        continue;
      }
      Fields object = new Fields(mapping, itemPath, problems, shared);
      T bound = binder.bind(object);
      object.rejectUnknown();
      if (bound != null) {
        values.add(bound);
      }
    }
    return values;
  }

  private List<Node> optionalItems(String name, String expected) {
    Node.Entry entry = entry(name);
    if (entry == null || isEmpty(entry.value()) || skipUnreadable(entry.value())) {
      return null;
    }
    if (!(entry.value() instanceof Node.Sequence list)) {
      problems.at(entry.value(), DocPath.field(path, name),
          "expected a list of " + expected + "; found " + entry.value().describe());
      return null;
    }
    return list.items();
  }

  /**
   * Who reported the fact. Every fact about the world needs one so that alerts can be traced to a
   * publication; companies may go without.
   */
  List<Source> sources(boolean required) {
    Node.Entry given = entry("sources");
    if (!required && (given == null || isEmpty(given.value()) || isEmptyList(given.value()))) {
      return List.of();
    }
    // An empty list is read as one; FieldCheck reports it, for files and code alike.
    List<Node> items = list("sources", SOURCE_HINT);
    if (items == null) {
      return null;
    }
    return shared.sources(objects("sources", items, "a source: an object with publisher, date and optional url",
        SourceBinder::bind));
  }

  /** True when nothing in this object was wrong, so far; binders build their record only then. */
  boolean complete() {
    return problems.count() == problemsBefore && !sawUnreadable;
  }

  /** Reports every field that was not asked for, listing those that would have been valid. */
  void rejectUnknown() {
    for (Node.Entry entry : object.entries()) {
      if (!asked.contains(entry.key())) {
        problems.at(entry.line(), entry.column(), DocPath.field(path, entry.key()),
            "unknown field " + Messages.quote(entry.key())
                + Messages.didYouMean(entry.key(), asked)
                + "; valid fields are: " + String.join(", ", asked));
      }
    }
  }

  private List<Node> list(String name, String needed) {
    Node value = requiredValue(name, "; expected " + needed);
    if (value == null) {
      return null;
    }
    if (skipUnreadable(value)) {
      return null;
    }
    if (!(value instanceof Node.Sequence list)) {
      problems.at(value, DocPath.field(path, name),
          "expected a list with " + needed + "; found " + value.describe());
      return null;
    }
    return list.items();
  }

  /** The field's value; null, after reporting why, when it is left out or left empty. */
  private Node requiredValue(String name, String hint) {
    Node.Entry entry = entry(name);
    if (entry == null) {
      problems.at(object, DocPath.field(path, name),
          "missing required field " + Messages.quote(name) + hint);
      return null;
    }
    if (isEmpty(entry.value())) {
      problems.at(entry.value(), DocPath.field(path, name),
          "required field " + Messages.quote(name) + " has no value" + hint);
      return null;
    }
    return entry.value();
  }

  private Node.Entry entry(String name) {
    if (!asked.contains(name)) {
      asked.add(name);
    }
    return object.entry(name);
  }

  /** True for a value the reader has already reported; the fact is incomplete all the same. */
  private boolean skipUnreadable(Node node) {
    sawUnreadable |= node.isUnreadable();
    return node.isUnreadable();
  }

  /** Null, or YAML's {@code key:} with nothing after it. */
  private static boolean isEmpty(Node node) {
    return node instanceof Node.Scalar s && s.isAbsent();
  }

  private static boolean isEmptyList(Node node) {
    return node instanceof Node.Sequence list && list.items().isEmpty();
  }

  /** @param nodePath worked out only for a message: most values are fine, and there are millions */
  private <T> T convert(Node node, Supplier<String> nodePath, Conversion<T> conversion) {
    if (skipUnreadable(node)) {
      return null;
    }
    try {
      return conversion.apply(node);
    } catch (BadValue e) {
      problems.at(node, nodePath.get(), e.getMessage());
      return null;
    }
  }
}
