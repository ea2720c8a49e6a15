package io.loopwatch.engine;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a threshold measures, told by the end of its name as {@code thresholds.yaml} names them,
 * and the values that make sense for it. A tier ({@code loop-usd.high}) has the kind of its set,
 * the name before the dot; a severity word after the name ({@code customer-concentration-high}) is
 * passed over likewise: the kind is the same at every level.
 */
enum ThresholdKind {
  MONEY("money in USD, 0 to 100 T", List.of("-usd"), BigDecimal.ZERO, new BigDecimal("1e14"), false),
  GIGAWATTS("gigawatts, 0 to 100,000", List.of("-gw"), BigDecimal.ZERO, new BigDecimal("1e5"), false),
  SHARE("a share, 0 to 1 (0.10 = 10 %)", List.of("-share", "-floor", "-concentration", "-intensity"),
      BigDecimal.ZERO, BigDecimal.ONE, false),
  MULTIPLE("a multiple, 0 or more (5 = 5x)", List.of("-multiple", "-to-revenue"), BigDecimal.ZERO,
      new BigDecimal("1e6"), false),
  DAYS("whole days, 0 or more", List.of("-days"), BigDecimal.ZERO, new BigDecimal("36500"), true),
  COUNT("a whole count, 0 or more", List.of("-count", "-companies", "-deals"), BigDecimal.ZERO,
      new BigDecimal("1e9"), true);

  private static final List<String> SEVERITIES = List.of("-low", "-medium", "-high", "-critical");

  private final String description;
  private final List<String> suffixes;
  private final BigDecimal min;
  private final BigDecimal max;
  private final boolean whole;

  ThresholdKind(String description, List<String> suffixes, BigDecimal min, BigDecimal max,
      boolean whole) {
    this.description = description;
    this.suffixes = suffixes;
    this.min = min;
    this.max = max;
    this.whole = whole;
  }

  static Optional<ThresholdKind> of(String fullName) {
    int dot = fullName.indexOf('.');
    String name = dot < 0 ? fullName : fullName.substring(0, dot);
    Optional<ThresholdKind> direct = bySuffix(name);
    if (direct.isPresent()) {
      return direct;
    }
    return SEVERITIES.stream()
        .filter(name::endsWith)
        .findFirst()
        .flatMap(severity -> bySuffix(name.substring(0, name.length() - severity.length())));
  }

  private static Optional<ThresholdKind> bySuffix(String name) {
    return Arrays.stream(values())
        .filter(kind -> kind.suffixes.stream().anyMatch(name::endsWith))
        .findFirst();
  }

  /** Every kind with the name endings that mark it, for the message about a name that has none. */
  static String listing() {
    return Arrays.stream(values())
        .map(kind -> String.join("/", kind.suffixes) + " (" + kind.description + ")")
        .collect(Collectors.joining(", "));
  }

  /** At most this many digits after the point, trailing zeros aside, as for amounts in facts. */
  static final int MAX_DECIMALS = 6;

  /**
   * What is wrong with a value of this kind, if anything. Bounded work for any value: the range
   * is compared first (by exponent, cheaply), and only a value in range is stripped of zeros.
   */
  Optional<String> problem(BigDecimal value) {
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      return Optional.of("expected " + description + "; found " + plain(value));
    }
    if (value.scale() > MAX_DECIMALS && value.stripTrailingZeros().scale() > MAX_DECIMALS) {
      return Optional.of("expected " + description + " with at most " + MAX_DECIMALS
          + " digits after the decimal point; found " + plain(value));
    }
    if (whole && value.stripTrailingZeros().scale() > 0) {
      return Optional.of("expected " + description + "; found " + plain(value)
          + ", which is not a whole number");
    }
    return Optional.empty();
  }

  /** The value as written for a person, in exponent form when its plain form would be long (1e999999999). */
  static String plain(BigDecimal value) {
    boolean plainIsShort = value.scale() >= -20 && value.scale() <= 20 && value.precision() <= 40;
    return plainIsShort ? value.toPlainString() : value.toString().replace("E+", "e").replace("E", "e");
  }
}
