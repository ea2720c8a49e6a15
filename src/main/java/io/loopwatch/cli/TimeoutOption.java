package io.loopwatch.cli;

import io.loopwatch.RiskEngine;
import io.loopwatch.TimeLimits;
import java.time.Duration;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --timeout}: how long one evaluation may take; shared by every command that evaluates rules. */
final class TimeoutOption {

  @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "5m", converter = Converter.class,
      description = "Stop an evaluation that takes longer than this, naming the rule that was running, and exit 3:"
          + " 500ms, 20s, 5m, 1h or ISO-8601 PT20S (default: ${DEFAULT-VALUE}).")
  Duration limit = RiskEngine.Builder.DEFAULT_TIMEOUT;

  /** The builder with this time limit. */
  RiskEngine.Builder applyTo(RiskEngine.Builder builder) {
    return builder.timeout(limit);
  }

  /** Reads 20s, 5m, 1h, 500ms or PT20S; anything else is a usage error (exit 2) that names the forms. */
  static final class Converter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      try {
        return TimeLimits.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
