/**
 * The public API of Loopwatch: build a {@link io.loopwatch.RiskEngine} from a rules directory, give
 * it a {@link io.loopwatch.facts.FactSet}, and read the {@link io.loopwatch.Alert alerts} of the
 * {@link io.loopwatch.Report}. Bad facts or rules raise {@link io.loopwatch.InvalidInputException}
 * with a {@link io.loopwatch.Diagnostic} per problem. To follow changes as they come, open a {@link
 * io.loopwatch.RiskSession} and hear its alerts through an {@link io.loopwatch.AlertListener}.
 *
 * <p>Packages: {@code io.loopwatch.facts} holds the fact model and its loader; {@code
 * io.loopwatch.loops} the money loops rules reason over; {@code io.loopwatch.rules} what DRL files
 * use (alerts, thresholds, money formatting); {@code io.loopwatch.report} renders reports (text, JSON,
 * JSON Lines, Markdown, HTML); {@code io.loopwatch.graph} draws the deal network; {@code
 * io.loopwatch.stress} runs what-if stress tests ({@link io.loopwatch.RiskEngine#stress}). Every alert carries
 * its {@link io.loopwatch.Explanation}. {@code
 * io.loopwatch.engine} is internal: it talks to Drools, and no Drools type leaves it.
 */
package io.loopwatch;
