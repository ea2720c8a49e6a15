/**
 * Loopwatch as a service on Kafka Streams: fact changes in, alert deltas out, exactly once.
 *
 * <p>{@link io.loopwatch.kafka.AlertTopology} is the topology: it reads a topic of fact changes
 * (key {@code universe/factId}, value one fact in the JSON schema of fact files, a tombstone to
 * retract it), keeps each universe's facts in a persistent, changelogged state store, holds one
 * {@link io.loopwatch.RiskSession} per universe, rebuilt from the store whenever a task starts, and
 * writes alert deltas (raised, updated, cleared), the current alerts (a compacted topic, a
 * tombstone when one clears) and, for a change that cannot be applied, a dead letter with the
 * diagnostics. {@link io.loopwatch.kafka.UniversePartitioner} keeps a universe in one partition.
 * {@link io.loopwatch.kafka.AlertService} runs it for {@code loopwatch serve}.
 *
 * <p>Kafka Streams is an optional dependency of the library: only this package needs it.
 */
package io.loopwatch.kafka;
