/**
 * The {@code loopwatch} command line: one class per command, flags only; the work is done by the
 * public API. {@link io.loopwatch.cli.Main#run} takes its streams and returns the exit code
 * ({@link io.loopwatch.cli.ExitCode}), so tests run commands in-process.
 */
package io.loopwatch.cli;
