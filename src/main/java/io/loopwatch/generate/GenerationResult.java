package io.loopwatch.generate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a generation wrote.
 *
 * @param factFiles the fact files, in the order written
 * @param groundTruth the {@link GroundTruth} file
 * @param loopsByLength how many loops of each length the ground truth lists: index 0 for length 2
 * @param referenceSearch how long the reference loop search took (not part of any file)
 */
public record GenerationResult(
    Path directory,
    List<Path> factFiles,
    Path groundTruth,
    int companies,
    int investments,
    int supplyDeals,
    int plantedLoops,
    List<Integer> loopsByLength,
    Duration referenceSearch) {

  public GenerationResult {
    factFiles = List.copyOf(factFiles);
    loopsByLength = List.copyOf(loopsByLength);
  }

  /** Every loop in the ground truth, planted or by chance. */
  public int loops() {
    return loopsByLength.stream().mapToInt(Integer::intValue).sum();
  }
}
