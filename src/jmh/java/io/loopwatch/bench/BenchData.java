package io.loopwatch.bench;

import io.loopwatch.facts.DealStatus;
import io.loopwatch.facts.Fact;
import io.loopwatch.facts.FactFiles;
import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.Investment;
import io.loopwatch.facts.SupplyDeal;
import io.loopwatch.generate.GroundTruth;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The generated data sets the in-process benchmarks read, named by the {@code data} parameter. */
final class BenchData {

  /** The day {@code run} evaluates on without {@code --as-of}; generated deals are all older. */
  static final LocalDate AS_OF = LocalDate.now();

  private BenchData() {}

  static Path directory(String data) {
    if (data == null || data.isBlank()) {
      throw new IllegalArgumentException("pass the data set directory: -p data=DIR (a directory `generate` wrote)");
    }
    return Path.of(data);
  }

  static FactSet load(String data) throws Exception {
    return FactFiles.load(directory(data));
  }

  /**
   * Changes that make and break loops: for up to {@code count} planted loops, one live deal along
   * the loop, cancelled, then restored. Applied in turn, every loop is cancelled, then every one
   * restored, so the session ends each round where it began.
   */
  static List<Fact> loopToggles(String data, FactSet facts, int count) throws Exception {
    List<Fact> cancel = new ArrayList<>();
    List<Fact> restore = new ArrayList<>();
    for (GroundTruth.KnownLoop loop : GroundTruth.read(directory(data)).planted()) {
      if (cancel.size() == count) {
        break;
      }
      String from = loop.companies().get(0);
      String to = loop.companies().get(1);
      Fact deal = facts.investments().stream()
          .filter(i -> i.isLive() && i.investor().equals(from) && i.investee().equals(to)).findFirst()
          .map(Fact.class::cast)
          .or(() -> facts.supplyDeals().stream()
              .filter(d -> d.isLive() && d.buyer().equals(from) && d.supplier().equals(to)).findFirst())
          .orElse(null);
      if (deal != null) {
        cancel.add(cancelled(deal));
        restore.add(deal);
      }
    }
    if (cancel.isEmpty()) {
      throw new IllegalStateException(data + ": no planted loop with a deal to toggle; generate with --loops > 0");
    }
    cancel.addAll(restore);
    return cancel;
  }

  private static Fact cancelled(Fact deal) {
    if (deal instanceof Investment i) {
      return new Investment(i.id(), i.investor(), i.investee(), i.amountUsd(), i.instrument(), DealStatus.CANCELLED,
          i.announced(), i.expectedClose(), i.supersedes(), i.note(), i.sources());
    }
    SupplyDeal d = (SupplyDeal) deal;
    return new SupplyDeal(d.id(), d.buyer(), d.supplier(), d.product(), d.amountUsd(), d.capacityGw(),
        DealStatus.CANCELLED, d.announced(), d.expectedClose(), d.supersedes(), d.note(), d.sources());
  }
}
