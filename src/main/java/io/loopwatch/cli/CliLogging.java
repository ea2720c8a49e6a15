package io.loopwatch.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.Logger;

/**
 * The command line's logging: quiet. Drools reports compilation progress at INFO and style advice
 * at WARN; a user only needs to hear about real failures, which Loopwatch reports itself.
 *
 * <p>Set up in code rather than from an XML file because reading one (a SAX parser and logback's
 * model of the file) took longer than the rest of logback's start, on the path of every command.
 * Logback finds this class as a service and asks it first; it does its part only when {@link Main}
 * asked for it and no {@code -Dlogback.configurationFile} names a file of one's own (to see {@code
 * io.loopwatch} at DEBUG, say).
 * Embedders and tests, which never set the property, keep whatever logging they have.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class CliLogging extends ContextAwareBase implements Configurator {

  /** Set by {@link Main} before the first logger is made. */
  static final String PROPERTY = "loopwatch.cliLogging";

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (!Boolean.getBoolean(PROPERTY) || System.getProperty("logback.configurationFile") != null) {
      return ExecutionStatus.NEUTRAL;
    }
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%level %logger{20}: %msg%n");
    encoder.start();
    ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
    stderr.setContext(context);
    stderr.setName("STDERR");
    stderr.setTarget("System.err");
    stderr.setEncoder(encoder);
    stderr.start();
    context.getLogger("org.drools").setLevel(Level.OFF);
    context.getLogger("org.kie").setLevel(Level.OFF);
    ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.ERROR);
    root.addAppender(stderr);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  /**
   * {@code serve} is a service: its health, lag and rule reloads are logged at INFO, and Kafka's own
   * warnings shown. Does nothing when logging is not the command line's.
   */
  static void showServiceLogs() {
    if (Boolean.getBoolean(PROPERTY) && System.getProperty("logback.configurationFile") == null
        && org.slf4j.LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      context.getLogger("io.loopwatch").setLevel(Level.INFO);
      context.getLogger("org.apache.kafka").setLevel(Level.WARN);
      // Advice about a global thread the topology does not have.
      context.getLogger("org.apache.kafka.streams.StreamsConfig").setLevel(Level.ERROR);
    }
  }
}
