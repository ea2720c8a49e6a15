package io.loopwatch.cli;

import io.loopwatch.Diagnostic;
import io.loopwatch.InvalidInputException;
import io.loopwatch.RiskEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Compiles the rules on a thread of its own while the caller loads the facts. Compiling and loading
 * are the two slow steps of every run and need nothing from each other, so on two cores a run
 * costs the longer of the two rather than their sum. When both fail, the analyst hears of both.
 */
final class EngineInBackground {

  private final CompletableFuture<RiskEngine> engine;

  private EngineInBackground(CompletableFuture<RiskEngine> engine) {
    this.engine = engine;
  }

  static EngineInBackground start(RiskEngine.Builder builder) {
    CompletableFuture<RiskEngine> engine = new CompletableFuture<>();
    Thread compiler = new Thread(() -> {
      try {
        engine.complete(builder.build());
      } catch (IOException e) {
        engine.completeExceptionally(new UncheckedIOException(e));
      } catch (Throwable e) {
        engine.completeExceptionally(e);
      }
    }, "loopwatch-rule-compiler");
    compiler.setDaemon(true);
    compiler.start();
    return new EngineInBackground(engine);
  }

  /** The compiled engine, once it is ready. */
  RiskEngine get() throws IOException, InvalidInputException {
    try {
      return engine.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof InvalidInputException invalid) {
        throw invalid;
      } else if (cause instanceof UncheckedIOException io) {
        throw io.getCause();
      } else if (cause instanceof RuntimeException runtime) {
        throw runtime;
      } else if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  /**
   * The facts' problems, followed by the rules' if they do not compile either: one pass over the
   * output shows everything to fix.
   */
  InvalidInputException withRuleProblems(InvalidInputException factProblems) {
    try {
      get();
      return factProblems;
    } catch (InvalidInputException ruleProblems) {
      List<Diagnostic> all = new ArrayList<>(factProblems.diagnostics());
      all.addAll(ruleProblems.diagnostics());
      return new InvalidInputException(all);
    } catch (IOException | RuntimeException e) {
      return factProblems;
    }
  }
}
