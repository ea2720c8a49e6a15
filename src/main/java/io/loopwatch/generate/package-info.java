/**
 * Synthetic deal networks with known answers, for benchmarks and recall tests: {@link
 * io.loopwatch.generate.Generator} writes fact files that {@link io.loopwatch.facts.FactFiles}
 * loads, plants money loops in them, and writes beside them the ground truth of every loop present,
 * found by a reference search that shares no code with {@link io.loopwatch.loops.LoopFinder}.
 *
 * <p>The public API is {@link io.loopwatch.generate.Generator}, {@link
 * io.loopwatch.generate.GenerationSettings}, {@link io.loopwatch.generate.GenerationResult} and
 * {@link io.loopwatch.generate.GroundTruth}; everything else here is internal.
 */
package io.loopwatch.generate;
