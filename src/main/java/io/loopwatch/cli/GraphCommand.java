package io.loopwatch.cli;

import io.loopwatch.Alert;
import io.loopwatch.Report;
import io.loopwatch.facts.AsOfFilter;
import io.loopwatch.facts.FactSet;
import io.loopwatch.graph.DealNetwork;
import io.loopwatch.graph.DotNetwork;
import io.loopwatch.graph.Highlight;
import io.loopwatch.graph.MermaidNetwork;
import io.loopwatch.graph.SvgNetwork;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code loopwatch graph}: the deal network as a picture, optionally with one alert highlighted. */
@Command(name = "graph", mixinStandardHelpOptions = true,
    description = "Draw the deal network (companies, investments, supply deals) as Graphviz DOT, Mermaid or SVG."
        + " With --highlight, the alert's loop or deals are emphasised; add --only to draw nothing else.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:drawn", "2:unknown alert key, or bad facts, rules or options", "3:could not finish: --timeout passed, out of memory, stdout not writable, or an internal error"})
final class GraphCommand implements Callable<Integer> {

  enum Format { dot, mermaid, svg }

  @Spec
  CommandSpec spec;

  @Mixin
  InputOptions input;

  @Mixin
  EvaluationOptions evaluation;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "svg",
      description = "Picture format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--highlight", paramLabel = "ALERT-KEY",
      description = "Emphasise this alert's companies and deals (the rules are evaluated to find it).")
  String highlight;

  @Option(names = "--only", description = "With --highlight: draw only the alert's companies and the deals among them.")
  boolean only;

  @Option(names = "--output", paramLabel = "FILE", description = "Write the picture to this file (atomically) instead of stdout; never one of the inputs.")
  Path output;

  @Override
  public Integer call() throws Exception {
    PrintWriter err = spec.commandLine().getErr();
    if (only && highlight == null) {
      err.println("error: --only needs --highlight ALERT-KEY: it draws only that alert's companies");
      return ExitCode.BAD_INPUT;
    }
    OwnInputs inputs = new OwnInputs().facts(input.facts).file(evaluation.scenario.file, "--scenario");
    // Without --highlight no rule is read, so the rules directory is no input.
    (highlight == null ? inputs : inputs.rules(input.rules)).refuseAsOutput(output, spec.commandLine());
    FactSet facts;
    Highlight emphasis = Highlight.NONE;
    DealNetwork network;
    if (highlight == null) {
      // No alert to find, so no rules to compile: drawing the facts alone takes a fraction of a second.
      // The world as it stood on --as-of, as run sees it.
      facts = AsOfFilter.apply(input.loadFacts(), evaluation.day());
      network = DealNetwork.of(facts);
    } else {
      Report report = evaluation.evaluate(input, spec.commandLine());
      Alert alert = report.alert(highlight).orElse(null);
      if (alert == null) {
        ExplainCommand.reportUnknownKey(highlight, report, err);
        return ExitCode.BAD_INPUT;
      }
      network = DealNetwork.of(report.facts());
      emphasis = Highlight.of(alert, network);
      if (only) {
        network = network.restrictedTo(emphasis.companies());
      }
    }
    DealNetwork drawn = network;
    Highlight shown = emphasis;
    OutputFile.write(output, spec.commandLine().getOut(), out -> draw(drawn, shown, out));
    if (output != null) {
      err.println("wrote " + output + " (" + format + ", " + drawn.nodes().size() + " companies, "
          + drawn.edges().size() + " arrows)");
    }
    return ExitCode.OK;
  }

  private void draw(DealNetwork network, Highlight emphasis, PrintWriter out) {
    switch (format) {
      case dot -> DotNetwork.write(network, emphasis, out);
      case mermaid -> MermaidNetwork.write(network, emphasis, out);
      case svg -> {
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        SvgNetwork.write(network, emphasis, Highlight.NONE, out);
      }
    }
  }
}
