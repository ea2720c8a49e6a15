package io.loopwatch.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a synthetic deal network with known answers: fact files that {@link
 * io.loopwatch.facts.FactFiles#load} reads, and beside them the {@link GroundTruth} of every loop.
 *
 * <pre>{@code
 * GenerationResult result = Generator.generate(new GenerationSettings(200, 2_000, 10, 4, 42), dir);
 * GroundTruth truth = GroundTruth.read(dir);
 * }</pre>
 *
 * <p>The same settings give the same files, byte for byte.
 */
public final class Generator {

  private Generator() {}

  /**
   * @param directory created if missing; must be empty, so that no stale fact file joins the set
   * @throws IllegalArgumentException when the loops cannot be planted among so few companies
   * @throws IOException when the directory is not empty or a file cannot be written
   */
  public static GenerationResult generate(GenerationSettings settings, Path directory) throws IOException {
    prepare(directory);
    SyntheticNetwork network = SyntheticNetwork.generate(settings);
    List<Path> files = new FactFileWriter(network, directory).write();

    long started = System.nanoTime();
    List<int[]> loops = ReferenceLoops.find(network.companies().size(), network.deals(), settings.maxLoopLength());
    Duration search = Duration.ofNanos(System.nanoTime() - started);
    Path groundTruth = directory.resolve(GroundTruth.FILE_NAME);
    GroundTruth.write(groundTruth, loops, network.planted(), network.companies());

    List<Integer> byLength = new ArrayList<>();
    for (int length = 2; length <= settings.maxLoopLength(); length++) {
      int wanted = length;
      byLength.add((int) loops.stream().filter(l -> l.length == wanted).count());
    }
    int investments = (int) network.deals().stream().filter(SyntheticDeal::isInvestment).count();
    return new GenerationResult(directory, files, groundTruth, network.companies().size(), investments,
        network.deals().size() - investments, network.planted().size(), byLength, search);
  }

  private static void prepare(Path directory) throws IOException {
    if (Files.isDirectory(directory)) {
      try (Stream<Path> entries = Files.list(directory)) {
        if (entries.findAny().isPresent()) {
          throw new IOException(directory + ": not empty; generate writes into a new or empty directory,"
              + " so that no earlier fact file is loaded with the new ones");
        }
      }
    }
    Files.createDirectories(directory);
  }
}
