/**
 * The rule sandbox: what compiled rule code may call ({@link io.loopwatch.sandbox.RulePolicy}), the
 * check of every instruction against it ({@link io.loopwatch.sandbox.BytecodeVerifier}), and the
 * wall-clock {@link io.loopwatch.sandbox.Deadline} that instrumented code checks ({@link
 * io.loopwatch.sandbox.DeadlineInstrumenter}). Nothing here knows Drools; the engine hands it class
 * files and loads only what passes.
 */
package io.loopwatch.sandbox;
