package io.loopwatch.session;

import static io.loopwatch.testing.RuleAlerts.bundledRules;

import io.loopwatch.Alert;
import io.loopwatch.AlertListener;
import io.loopwatch.RiskEngine;
import io.loopwatch.RiskSession;
import io.loopwatch.facts.DealStatus;
import io.loopwatch.facts.FactFiles;
import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.Investment;
import io.loopwatch.facts.SupplyDeal;
import io.loopwatch.loops.Loop;
import io.loopwatch.loops.LoopEdge;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * How long one change to a live session holding a large generated network takes, from the call
 * to the last listener callback. Not a check: it prints median and tail latencies, and runs only
 * when asked, with the directory of a generated fact set:
 *
 * <pre>
 * LOOPWATCH_LATENCY_FACTS=/tmp/lw-gen-100k mvn -B test -Dtest=LiveUpdateLatencyTest
 * </pre>
 *
 * {@code -DargLine="-Dloopwatch.latency.warmUp=300 -Dloopwatch.latency.changes=2000"} set how many
 * changes warm up and how many are measured; {@code -Dloopwatch.latency.rules=DIR} times another
 * rule set (say, the bundled one without a rule, to see what that rule costs per change).
 *
 * Changes cycle through: a supply deal's amount, an investment's amount, and a deal on a loop
 * cancelled (breaking its loops) or restored (closing them again), each on a random deal.
 */
@EnabledIfEnvironmentVariable(named = "LOOPWATCH_LATENCY_FACTS", matches = ".+")
class LiveUpdateLatencyTest {

  private static final LocalDate AS_OF = LocalDate.parse("2026-02-05");
  private static final int WARM_UP = Integer.getInteger("loopwatch.latency.warmUp", 300);
  private static final int MEASURED = Integer.getInteger("loopwatch.latency.changes", 2000);

  @Test
  void printsTheLatencyOfSingleUpdates() throws Exception {
    String rulesDir = System.getProperty("loopwatch.latency.rules");
    RiskEngine engine = rulesDir == null ? bundledRules() : RiskEngine.builder().rules(Path.of(rulesDir)).build();
    Path dir = Path.of(System.getenv("LOOPWATCH_LATENCY_FACTS"));
    FactSet facts = FactFiles.load(FactFiles.filesIn(dir));
    CountingListener listener = new CountingListener();
    Random random = new Random(42);
    try (RiskSession session = engine.newSession(listener, AS_OF)) {
      long start = System.nanoTime();
      session.insertAll(facts);
      System.out.printf("insertAll of %d facts: %.1f s, %d alerts, %d loops%n", facts.size(),
          (System.nanoTime() - start) / 1e9, session.alerts().size(), session.loops().size());

      Changes changes = new Changes(facts, session.loops(), random);
      for (int i = 0; i < WARM_UP; i++) {
        session.update(changes.next(i));
      }
      listener.calls = 0;
      long[] nanos = new long[MEASURED];
      long[][] byKind = new long[KINDS.length][MEASURED / KINDS.length];
      for (int i = 0; i < MEASURED; i++) {
        Object change = changes.next(i);
        long before = System.nanoTime();
        session.update(change);
        nanos[i] = System.nanoTime() - before;
        if (i / KINDS.length < byKind[i % KINDS.length].length) {
          byKind[i % KINDS.length][i / KINDS.length] = nanos[i];
        }
      }
      print(MEASURED + " updates", nanos);
      System.out.printf("%d listener calls%n", listener.calls);
      for (int kind = 0; kind < KINDS.length; kind++) {
        print("  " + KINDS[kind], byKind[kind]);
      }
    }
  }

  private static final String[] KINDS = {"supply deal amount", "investment amount", "loop deal cancelled/restored"};

  private static void print(String what, long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    System.out.printf("%s: median %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms%n", what, ms(sorted, 0.50),
        ms(sorted, 0.90), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
  }

  private static double ms(long[] sorted, double quantile) {
    return sorted[(int) Math.min(sorted.length - 1, Math.round(quantile * (sorted.length - 1)))] / 1e6;
  }

  /** Random changes to the deals, remembering the current version of each. */
  private static final class Changes {
    private final Map<String, Object> current = new HashMap<>();
    private final List<String> supplyIds = new ArrayList<>();
    private final List<String> investmentIds = new ArrayList<>();
    private final List<String> loopDealIds = new ArrayList<>();
    private final Random random;

    Changes(FactSet facts, List<Loop> loops, Random random) {
      this.random = random;
      facts.supplyDeals().forEach(d -> { current.put(d.id(), d); supplyIds.add(d.id()); });
      facts.investments().forEach(i -> { current.put(i.id(), i); investmentIds.add(i.id()); });
      loops.stream().limit(2000).flatMap(l -> l.links().stream()).flatMap(l -> l.edges().stream())
          .map(LoopEdge::factId).distinct().forEach(loopDealIds::add);
    }

    Object next(int i) {
      Object changed = switch (i % 3) {
        case 0 -> amount(current.get(pick(supplyIds)));
        case 1 -> amount(current.get(pick(investmentIds)));
        default -> cancelOrRestore(current.get(pick(loopDealIds.isEmpty() ? supplyIds : loopDealIds)));
      };
      current.put(id(changed), changed);
      return changed;
    }

    private String pick(List<String> ids) {
      return ids.get(random.nextInt(ids.size()));
    }

    private Object amount(Object deal) {
      BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(5000)).movePointRight(6);
      if (deal instanceof Investment i) {
        return new Investment(i.id(), i.investor(), i.investee(), amount, i.instrument(), i.status(), i.announced(),
            i.expectedClose(), i.supersedes(), i.note(), i.sources());
      }
      SupplyDeal d = (SupplyDeal) deal;
      return new SupplyDeal(d.id(), d.buyer(), d.supplier(), d.product(), amount, d.capacityGw(), d.status(),
          d.announced(), d.expectedClose(), d.supersedes(), d.note(), d.sources());
    }

    private Object cancelOrRestore(Object deal) {
      if (deal instanceof Investment i) {
        DealStatus status = i.status() == DealStatus.CANCELLED ? DealStatus.SIGNED : DealStatus.CANCELLED;
        return new Investment(i.id(), i.investor(), i.investee(), i.amountUsd(), i.instrument(), status, i.announced(),
            i.expectedClose(), i.supersedes(), i.note(), i.sources());
      }
      SupplyDeal d = (SupplyDeal) deal;
      DealStatus status = d.status() == DealStatus.CANCELLED ? DealStatus.SIGNED : DealStatus.CANCELLED;
      return new SupplyDeal(d.id(), d.buyer(), d.supplier(), d.product(), d.amountUsd(), d.capacityGw(), status,
          d.announced(), d.expectedClose(), d.supersedes(), d.note(), d.sources());
    }

    private static String id(Object deal) {
      return deal instanceof Investment i ? i.id() : ((SupplyDeal) deal).id();
    }
  }

  private static final class CountingListener implements AlertListener {
    int calls;

    @Override
    public void onRaised(Alert alert) {
      calls++;
    }

    @Override
    public void onUpdated(Alert before, Alert after) {
      calls++;
    }

    @Override
    public void onCleared(Alert alert) {
      calls++;
    }
  }
}
