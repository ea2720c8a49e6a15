package io.loopwatch.facts.parse;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.TSFBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The two syntaxes a fact file may be written in; both are read through one Jackson code path. */
enum Format {
  JSON("JSON", JsonFactory.builder()),
  YAML("YAML", YAMLFactory.builder().loaderOptions(YamlLimits.loaderOptions()));

  /** For messages about a file that is neither. */
  static final String EXTENSIONS = ".json, .yaml or .yml";

  private final String displayName;
  private final JsonFactory factory;

  Format(String displayName, TSFBuilder<?, ?> builder) {
    this.displayName = displayName;
    // Positions are reported by us, with the file name; Jackson's "Source: (File)" adds only noise.
    this.factory = builder.disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION).build();
  }

  static Optional<Format> of(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) {
      return Optional.of(JSON);
    }
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return Optional.of(YAML);
    }
    return Optional.empty();
  }

  JsonFactory factory() {
    return factory;
  }

  String displayName() {
    return displayName;
  }
}
