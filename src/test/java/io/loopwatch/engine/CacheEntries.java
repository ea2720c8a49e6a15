package io.loopwatch.engine;

import io.loopwatch.InvalidInputException;
import java.io.IOException;
import java.nio.file.Path;

/** Names the compiled-rules cache entry of a rules directory, for tests that plant, copy or forge entries. */
public final class CacheEntries {

  private CacheEntries() {}

  /** The file a compiled-rules cache in {@code cacheDirectory} keeps the rules in {@code rulesDirectory} in. */
  public static Path entryFor(Path cacheDirectory, Path rulesDirectory) throws IOException, InvalidInputException {
    return RulesCache.in(cacheDirectory).file(CacheKey.of(RuleFiles.scan(rulesDirectory)));
  }
}
