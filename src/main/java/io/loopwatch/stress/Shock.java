package io.loopwatch.stress;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What happens to one company in a scenario. Written {@code COMPANY=KIND:VALUE} on the command
 * line ({@code openai=shortfall:0.5}) and as {@code company} plus one kind field in a scenario
 * file.
 *
 * @param origin where the shock was written (file, line, column), or null for a command-line shock
 */
public record Shock(String company, Kind kind, double fraction, String dealId, Origin origin) {

  /** The four kinds of shock. */
  public enum Kind {
    /** The company pays only {@code 1 − fraction} of what it owes: it raised too little. */
    SHORTFALL("shortfall", "FRACTION"),
    /** The company defaults and pays {@code fraction} of what it owes: the recovery rate. */
    DEFAULT("default", "RECOVERY"),
    /** The company loses {@code fraction} of its revenue over the horizon. */
    REVENUE_LOSS("revenue-loss", "FRACTION"),
    /** The company walks away from one deal: the party the deal's money was owed to loses it. */
    CANCEL("cancel", "DEAL_ID");

    private final String word;
    private final String argument;

    Kind(String word, String argument) {
      this.word = word;
      this.argument = argument;
    }

    public String word() {
      return word;
    }

    /** The YAML field name: {@code revenueLoss} for {@code revenue-loss}. */
    public String field() {
      return this == REVENUE_LOSS ? "revenueLoss" : word;
    }

    static String choices() {
      return String.join(", ", List.of(SHORTFALL.usage(), DEFAULT.usage(), REVENUE_LOSS.usage(), CANCEL.usage()));
    }

    private String usage() {
      return word + ":" + argument;
    }
  }

  /** Where a shock was written, for errors that point at it. */
  public record Origin(Path file, int line, int column) {}

  public Shock {
    Objects.requireNonNull(company, "company");
    Objects.requireNonNull(kind, "kind");
    if (kind == Kind.CANCEL) {
      Objects.requireNonNull(dealId, "dealId");
    } else if (!(fraction >= 0 && fraction <= 1)) {
      throw new IllegalArgumentException(kind.word + " must be a fraction from 0 to 1, was " + fraction);
    }
  }

  public static Shock of(String company, Kind kind, double fraction) {
    return new Shock(company, kind, fraction, null, null);
  }

  public static Shock cancel(String company, String dealId) {
    return new Shock(company, Kind.CANCEL, 0, dealId, null);
  }

  /**
   * Reads the command-line form {@code COMPANY=KIND:VALUE}.
   *
   * @throws IllegalArgumentException naming what was wrong and what was expected
   */
  public static Shock parse(String text) {
    int equals = text.indexOf('=');
    int colon = text.indexOf(':', Math.max(equals, 0));
    if (equals <= 0 || colon < 0) {
      throw new IllegalArgumentException("expected COMPANY=KIND:VALUE, e.g. openai=shortfall:0.5; found '" + text
          + "'; kinds are " + Kind.choices());
    }
    String company = text.substring(0, equals).trim();
    String word = text.substring(equals + 1, colon).trim().toLowerCase(Locale.ROOT);
    String value = text.substring(colon + 1).trim();
    for (Kind kind : Kind.values()) {
      if (kind.word.equals(word)) {
        return kind == Kind.CANCEL ? cancel(company, requireText(value, text)) : of(company, kind, fraction(value, kind));
      }
    }
    throw new IllegalArgumentException("unknown shock '" + word + "' in '" + text + "'; kinds are " + Kind.choices());
  }

  /** The shock as the command line writes it. */
  public String describe() {
    return company + "=" + kind.word + ":" + (kind == Kind.CANCEL ? dealId : Fractions.plain(fraction));
  }

  public Shock at(Origin where) {
    return new Shock(company, kind, fraction, dealId, where);
  }

  /** A plain decimal, as a scenario file's number is: Java would also take {@code 0x1p-1} and {@code 0.5d}. */
  private static final java.util.regex.Pattern DECIMAL =
      java.util.regex.Pattern.compile("[+]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

  static double fraction(String value, Kind kind) {
    if (DECIMAL.matcher(value).matches()) {
      double fraction = Double.parseDouble(value);
      if (fraction >= 0 && fraction <= 1) {
        return fraction;
      }
    }
    throw new IllegalArgumentException(kind.word + " expects a " + (kind == Kind.DEFAULT ? "recovery rate" : "fraction")
        + " from 0 to 1 (0.5 is half); found '" + value + "'");
  }

  private static String requireText(String value, String text) {
    if (value.isEmpty()) {
      throw new IllegalArgumentException("cancel expects a deal id, e.g. openai=cancel:openai-oracle-cloud-2025-09; found '"
          + text + "'");
    }
    return value;
  }
}
