package io.loopwatch.cli;

import io.loopwatch.Severity;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a severity in any case, and lists the valid ones when it is not one. */
final class SeverityConverter implements ITypeConverter<Severity> {

  @Override
  public Severity convert(String value) {
    return Severity.parse(value).orElseThrow(() -> new TypeConversionException(
        "unknown severity '" + value + "'; expected one of: " + Severity.choices()));
  }
}
