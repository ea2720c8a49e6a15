package io.loopwatch.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code loopwatch} command. {@link #run} takes its output streams and returns the exit code,
 * so tests run the whole command line in-process.
 */
@Command(name = "loopwatch", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Warns when investments and purchases among AI companies turn circular and fragile.")
public final class Main implements Runnable {

  /**
   * The subcommands by name, in the order help lists them. Picocli reads a command's annotations
   * when it is added, and reading all of them took a quarter of a start, so a command line that
   * names one of them gets only that one; the others, help included, get them all.
   */
  static final Map<String, Class<?>> SUBCOMMANDS = subcommands(RunCommand.class, CheckCommand.class, TestCommand.class,
      ExplainCommand.class, GraphCommand.class, StressCommand.class, DiffCommand.class, WatchCommand.class, GenerateCommand.class,
      CommandLine.HelpCommand.class);

  /**
   * Commands known by name only, loaded when named or when all are listed: {@code serve} brings
   * Kafka, which no other command should load or wait for.
   */
  static final Map<String, String> BY_NAME_ONLY = Map.of("serve", "io.loopwatch.cli.ServeCommand");

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    // Must happen before the first logger is created, or Drools' chatter reaches the user.
    System.setProperty(CliLogging.PROPERTY, "true");
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    // Out of memory on a thread of Drools' or of the JVM's own: one line and the heap hint, not a trace.
    Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
      if (failure instanceof OutOfMemoryError) {
        err.println(FailureHandler.outOfMemoryLine((OutOfMemoryError) failure, Runtime.getRuntime().maxMemory()));
        err.flush();
        Runtime.getRuntime().halt(ExitCode.OUT_OF_MEMORY);
      }
      err.println("internal error on thread " + thread.getName() + ": " + failure);
      if (FailureHandler.debugging()) {
        failure.printStackTrace(err);
      }
    });
    System.exit(run(args, ReportWriter.stdout(), err));
  }

  /** Runs the command line with the given streams; returns the exit code (see {@link ExitCode}). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new Main());
    Class<?> named = args.length == 0 ? null : SUBCOMMANDS.get(args[0]);
    if (named != null && named != CommandLine.HelpCommand.class) {
      commandLine.addSubcommand(named);
    } else if (args.length > 0 && BY_NAME_ONLY.containsKey(args[0])) {
      commandLine.addSubcommand(byNameOnly(args[0]));
    } else {
      SUBCOMMANDS.forEach((name, command) -> {
        if (command == CommandLine.HelpCommand.class) {
          BY_NAME_ONLY.keySet().stream().sorted().forEach(lazy -> commandLine.addSubcommand(byNameOnly(lazy)));
        }
        commandLine.addSubcommand(command);
      });
    }
    commandLine
        .setOut(out)
        .setErr(err)
        .registerConverter(LocalDate.class, new DateConverter())
        .setExecutionExceptionHandler(new FailureHandler())
        .setParameterExceptionHandler(new UsageErrorHandler());
    int code;
    try {
      code = commandLine.execute(args);
    } catch (Throwable failure) {
      // Errors (out of memory above all) pass by picocli's handler; they end here, in one line.
      code = FailureHandler.report(failure, err);
    }
    // PrintWriter swallows write errors: a report lost on a full disk must not end as a success.
    if (out.checkError()) {
      err.println("error: cannot write the report to standard output: " + ReportWriter.reasonOf(out));
      code = ExitCode.CANNOT_WRITE;
    }
    err.flush();
    return code;
  }

  private static Class<?> byNameOnly(String name) {
    try {
      return Class.forName(BY_NAME_ONLY.get(name));
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("the command '" + name + "' is missing from this build", e);
    }
  }

  private static Map<String, Class<?>> subcommands(Class<?>... commands) {
    Map<String, Class<?>> byName = new LinkedHashMap<>();
    for (Class<?> command : commands) {
      byName.put(command.getAnnotation(Command.class).name(), command);
    }
    return Collections.unmodifiableMap(byName);
  }

  @Override
  public void run() {
    // No subcommand: show what there is to do.
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
