package io.loopwatch.cli;

import io.loopwatch.RiskEngine;
import io.loopwatch.kafka.AlertService;
import io.loopwatch.kafka.RuleReloads;
import io.loopwatch.kafka.RulesInForce;
import io.loopwatch.kafka.ServiceSettings;
import io.loopwatch.kafka.Topics;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code loopwatch serve}: Loopwatch on Kafka Streams (see {@link io.loopwatch.kafka}). Flags only;
 * {@link Main} loads this class only when the command line names it, so no other command loads
 * Kafka.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Run as a Kafka Streams service: fact changes in, alert deltas and current alerts out,"
        + " exactly once; rules reloaded when they change (a rule set with errors is never applied)."
        + " Ctrl-C stops it.")
final class ServeCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,...]", required = true,
      description = "The Kafka brokers to start from.")
  String bootstrapServers;

  @Option(names = "--rules", paramLabel = "DIR", defaultValue = "rules",
      description = "Directory of *.drl rule files and thresholds.yaml, watched for changes (default: ${DEFAULT-VALUE}).")
  Path rules;

  @Option(names = "--universe", paramLabel = "NAME", arity = "1..*",
      description = "Serve only these universes (the part of a key before '/'); others are skipped, for another"
          + " deployment (another --application-id) to serve. Default: every universe.")
  List<String> universes = List.of();

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "The date the sessions see the world at (default: today, moving on at midnight).")
  LocalDate asOf;

  @Option(names = "--application-id", paramLabel = "ID", defaultValue = "loopwatch",
      description = "The Kafka Streams application id: instances with the same id share the work (default: ${DEFAULT-VALUE}).")
  String applicationId;

  @Option(names = "--state-dir", paramLabel = "DIR",
      description = "Where the local state (RocksDB) lives (default: $XDG_STATE_HOME/loopwatch/streams, or ~/.local/state/loopwatch/streams).")
  Path stateDir;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "1", description = "Stream threads (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--partitions", paramLabel = "N", defaultValue = "6",
      description = "Partitions of the topics serve creates when they are missing (default: ${DEFAULT-VALUE}).")
  int partitions;

  @Option(names = "--replication-factor", paramLabel = "N", defaultValue = "-1",
      description = "Replicas of the topics serve creates and of its internal topics (default: the broker's).")
  short replication;

  @Option(names = "--facts-topic", paramLabel = "TOPIC", defaultValue = "loopwatch-facts", description = "Default: ${DEFAULT-VALUE}.")
  String factsTopic;

  @Option(names = "--deltas-topic", paramLabel = "TOPIC", defaultValue = "loopwatch-alert-deltas", description = "Default: ${DEFAULT-VALUE}.")
  String deltasTopic;

  @Option(names = "--alerts-topic", paramLabel = "TOPIC", defaultValue = "loopwatch-alerts",
      description = "The compacted topic of current alerts (default: ${DEFAULT-VALUE}).")
  String alertsTopic;

  @Option(names = "--dead-letter-topic", paramLabel = "TOPIC", defaultValue = "loopwatch-dead-letters", description = "Default: ${DEFAULT-VALUE}.")
  String deadLetterTopic;

  @Option(names = "--config", paramLabel = "KEY=VALUE",
      description = "A Kafka Streams, consumer or producer setting, passed as it is (repeatable).")
  Map<String, String> config = new LinkedHashMap<>();

  @Option(names = "--health-seconds", paramLabel = "S", defaultValue = "30",
      description = "How often health and lag are logged (default: ${DEFAULT-VALUE}).")
  int healthSeconds;

  /** Per change: a change whose rules run longer is a dead letter, and the session is rebuilt without it. */
  @Mixin
  TimeoutOption timeout;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ServiceSettings settings = new ServiceSettings(bootstrapServers, applicationId,
        new Topics(factsTopic, deltasTopic, alertsTopic, deadLetterTopic), asOf,
        Set.copyOf(universes), stateDir != null ? stateDir : defaultStateDir(), threads, partitions, replication, config);
    try {
      // Kafka Streams checks its settings only once the topics exist; a bad one is the user's, and
      // is said before any broker is asked.
      settings.checkStreamsConfig();
    } catch (IllegalArgumentException invalid) {
      throw new ParameterException(spec.commandLine(), "--config: " + invalid.getMessage());
    }
    CliLogging.showServiceLogs();
    RiskEngine engine = timeout.applyTo(RulesCacheDirectory.engineBuilder().rules(rules)).build();
    RulesInForce inForce = new RulesInForce(engine);
    CountDownLatch stopped = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    // Ctrl-C: the JVM waits for its hooks, not for this thread, so the hook waits for the close,
    // which commits what was processed.
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      stopped.countDown();
      try {
        closed.await(40, java.util.concurrent.TimeUnit.SECONDS);
      } catch (InterruptedException ignored) {
        // Shutting down anyway.
      }
    }, "loopwatch-serve-stop"));
    try (RuleReloads reloads = RuleReloads.start(engine, inForce, Duration.ofMillis(300));
        AlertService service = AlertService.start(settings, inForce, Duration.ofSeconds(healthSeconds))) {
      out.println("serving " + (universes.isEmpty() ? "every universe" : "universes " + universes) + " from "
          + factsTopic + " on " + bootstrapServers + " as of " + (asOf != null ? asOf : "today") + "; Ctrl-C to stop");
      out.flush();
      while (!stopped.await(1, java.util.concurrent.TimeUnit.SECONDS)) {
        if (service.state() == org.apache.kafka.streams.KafkaStreams.State.ERROR
            || service.state() == org.apache.kafka.streams.KafkaStreams.State.NOT_RUNNING) {
          spec.commandLine().getErr().println("error: Kafka Streams stopped (" + service.state() + "); see the log above");
          return ExitCode.INTERNAL;
        }
      }
    } finally {
      closed.countDown();
    }
    out.println("stopped");
    out.flush();
    return ExitCode.OK;
  }

  private static Path defaultStateDir() {
    String xdg = System.getenv("XDG_STATE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "state");
    return base.resolve("loopwatch").resolve("streams");
  }
}
