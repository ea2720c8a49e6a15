package io.loopwatch.facts.parse;

import io.loopwatch.facts.Labeled;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.DateTimeException;
import java.util.regex.Pattern;

/** Conversions from a node to the value types facts are made of, each with its own message. */
final class Values {

  private static final Pattern PERIOD = Pattern.compile("\\d{4}(-(H[12]|Q[1-4]))?");

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

  static boolean bool(Node node) throws BadValue {
    if (node instanceof Node.Scalar s && s.kind() == Node.Scalar.Kind.BOOLEAN) {
      return Boolean.parseBoolean(s.text());
    }
    throw BadValue.expected("true or false", node);
  }

  /** A period's text; whether it is a year, half or quarter is {@link FieldCheck}'s to say. */
  static String period(Node node) throws BadValue {
    // YAML reads "period: 2025" as a number; a bare year is too natural to make anyone quote it.
    return node instanceof Node.Scalar s && s.kind() == Node.Scalar.Kind.NUMBER
        ? s.text()
        : text(node);
  }

  static boolean isPeriod(String text) {
    return PERIOD.matcher(text).matches();
  }

  static LocalDate date(Node node) throws BadValue {
    String expected = "an ISO-8601 date yyyy-mm-dd";
    if (!(node instanceof Node.Scalar s) || s.kind() != Node.Scalar.Kind.STRING) {
      throw BadValue.expected(expected, node);
    }
    String text = s.text();
    if (!isDateShaped(text)) {
      throw new BadValue("expected " + expected + "; found " + Messages.quote(text));
    }
    try {
      return LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
          Integer.parseInt(text, 8, 10, 10));
    } catch (DateTimeException e) {
      throw new BadValue("no such date " + Messages.quote(text) + "; expected " + expected);
    }
  }

  /**
   * An exact number. Quoted digits are accepted because spreadsheets and some YAML writers quote
   * large numbers; booleans, lists and objects are not numbers. Whether it is in range (not
   * negative, under its ceiling) is {@link Quantity}'s to say, for files and code alike.
   *
   * @param unit for the message, e.g. {@code US dollars, e.g. 20000000000}
   */
  static BigDecimal number(Node node, String unit) throws BadValue {
    if (node instanceof Node.Scalar s) {
      BigDecimal value = switch (s.kind()) {
        case NUMBER -> s.number();
        case STRING -> BoundedDecimal.parse(s.text().strip()).orElse(null);
        default -> null;
      };
      if (value != null) {
        return value;
      }
      if ((s.kind() == Node.Scalar.Kind.NUMBER || s.kind() == Node.Scalar.Kind.STRING)
          && s.text().length() > BoundedDecimal.MAX_LENGTH) {
        throw new BadValue("a number of " + s.text().length() + " characters is too long to be a"
            + " real figure (at most " + BoundedDecimal.MAX_LENGTH + "); expected " + unit);
      }
    }
    throw BadValue.expected("a number of " + unit, node);
  }

  /*
   * The two checks below stand for the patterns [a-z0-9]+(-[a-z0-9]+)* and \d{4}-\d{2}-\d{2}.
   * They are written out because every fact has ids and dates, and with a million facts a regex
   * matcher per value showed up in profiles; ValuesTest holds them to the patterns.
   */

  /** Lowercase letters and digits joined by single hyphens. */
  /** The words for a country code that is not one, in files and in code alike. */
  static final String COUNTRY_HINT = "a country as an ISO 3166-1 alpha-2 code: two capital letters such as US or CN";

  /** A country code: two capital letters. */
  static String countryCode(Node node) throws BadValue {
    String code = text(node);
    if (!isCountryCode(code)) {
      throw new BadValue("expected " + COUNTRY_HINT + "; found " + Messages.quote(code));
    }
    return code;
  }

  static boolean isCountryCode(String text) {
    return text.length() == 2 && Character.isUpperCase(text.charAt(0)) && Character.isUpperCase(text.charAt(1))
        && text.chars().allMatch(c -> c >= 'A' && c <= 'Z');
  }

  static boolean isKebabCase(String text) {
    boolean afterHyphen = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '-') {
        if (afterHyphen) {
          return false;
        }
        afterHyphen = true;
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        afterHyphen = false;
      } else {
        return false;
      }
    }
    return !afterHyphen;
  }

  /** yyyy-mm-dd in ASCII digits; whether it is a real date is for LocalDate to say. */
  static boolean isDateShaped(String text) {
    if (text.length() != 10) {
      return false;
    }
    for (int i = 0; i < 10; i++) {
      char c = text.charAt(i);
      boolean ok = (i == 4 || i == 7) ? c == '-' : c >= '0' && c <= '9';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  static <E extends Enum<E> & Labeled> E choice(Node node, Class<E> type) throws BadValue {
    if (!(node instanceof Node.Scalar s) || s.kind() != Node.Scalar.Kind.STRING) {
      throw BadValue.expected("one of: " + Labeled.choices(type), node);
    }
    return Labeled.parse(type, s.text())
        .orElseThrow(() -> new BadValue("unknown value " + Messages.quote(s.text())
            + "; expected one of: " + Labeled.choices(type)));
  }
}
