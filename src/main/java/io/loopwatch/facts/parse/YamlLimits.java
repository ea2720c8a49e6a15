package io.loopwatch.facts.parse;

import org.yaml.snakeyaml.LoaderOptions;

/** The limits every YAML file Loopwatch reads is parsed under: facts, thresholds, tests, suppressions. */
public final class YamlLimits {

  private YamlLimits() {}

  /**
   * SnakeYAML refuses documents over 3 MB by default, which a fact file of a few thousand deals
   * passes while the same data as JSON loads. The limit is lifted to what a Java string can hold,
   * since fact files are read as they stream, one fact in memory at a time. The limit on aliases,
   * which guards against the billion-laughs bomb, stays at SnakeYAML's default; the readers refuse
   * aliases besides.
   */
  public static LoaderOptions loaderOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(Integer.MAX_VALUE);
    return options;
  }
}
