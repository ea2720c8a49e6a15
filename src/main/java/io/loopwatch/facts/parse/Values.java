package io.loopwatch.facts.parse;

import io.loopwatch.facts.Labeled;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Conversions from a node to the value types facts are made of, each with its own message. */
final class Values {

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern PERIOD = Pattern.compile("\\d{4}(-(H[12]|Q[1-4]))?");
  private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private Values() {}

  static String text(Node node) throws BadValue {
    if (node instanceof Node.Scalar s && s.kind() == Node.Scalar.Kind.STRING) {
      return s.text();
    }
    if (node instanceof Node.Scalar) {
      // YAML reads NO, yes and 2025 as non-strings; the fix is almost always quotes.
      throw new BadValue(
          "expected a string; found " + node.describe() + " (put it in quotes if it is text)");
    }
    throw BadValue.expected("a string", node);
  }

  static String id(Node node) throws BadValue {
    String text = text(node);
    if (!ID.matcher(text).matches()) {
      throw new BadValue("malformed id " + Messages.quote(text)
          + "; expected kebab-case: lowercase letters and digits joined by single hyphens,"
          + " e.g. 'nvidia-openai-2025'");
    }
    return text;
  }

  static String period(Node node) throws BadValue {
    // YAML reads "period: 2025" as a number; a bare year is too natural to make anyone quote it.
    String text = node instanceof Node.Scalar s && s.kind() == Node.Scalar.Kind.NUMBER
        ? s.text()
        : text(node);
    if (!PERIOD.matcher(text).matches()) {
      throw new BadValue("malformed period " + Messages.quote(text)
          + "; expected a year (2025), a half (2025-H1, 2025-H2)"
          + " or a quarter (2025-Q1 to 2025-Q4)");
    }
    return text;
  }

  static LocalDate date(Node node) throws BadValue {
    String expected = "an ISO-8601 date yyyy-mm-dd";
    if (!(node instanceof Node.Scalar s) || s.kind() != Node.Scalar.Kind.STRING) {
      throw BadValue.expected(expected, node);
    }
    String text = s.text();
    if (!DATE_SHAPE.matcher(text).matches()) {
      throw new BadValue("expected " + expected + "; found " + Messages.quote(text));
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new BadValue("no such date " + Messages.quote(text) + "; expected " + expected);
    }
  }

  /**
   * An exact, non-negative quantity. Quoted digits are accepted because spreadsheets and some
   * YAML writers quote large numbers; booleans, lists and objects are not numbers.
   *
   * @param unit for the message, e.g. {@code US dollars, e.g. 20000000000}
   */
  static BigDecimal quantity(Node node, String unit) throws BadValue {
    BigDecimal value = signedQuantity(node, unit);
    if (value.signum() < 0) {
      throw new BadValue("must not be negative; found " + value.toPlainString());
    }
    return value;
  }

  static BigDecimal signedQuantity(Node node, String unit) throws BadValue {
    if (node instanceof Node.Scalar s) {
      BigDecimal value = switch (s.kind()) {
        case NUMBER -> s.number();
        case STRING -> decimalOrNull(s.text().strip());
        default -> null;
      };
      if (value != null) {
        return value;
      }
    }
    throw BadValue.expected("a number of " + unit, node);
  }

  private static BigDecimal decimalOrNull(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  static <E extends Enum<E> & Labeled> E choice(Node node, Class<E> type) throws BadValue {
    String expected = "one of: " + Labeled.choices(type);
    if (!(node instanceof Node.Scalar s) || s.kind() != Node.Scalar.Kind.STRING) {
      throw BadValue.expected(expected, node);
    }
    return Labeled.parse(type, s.text())
        .orElseThrow(() -> new BadValue(
            "unknown value " + Messages.quote(s.text()) + "; expected " + expected));
  }
}
