/**
 * The rule vocabulary the engine derives from the given facts, once, in Java: which deals are in
 * force, what each company buys and sells, which vendors fund their own customers, who sits on
 * loops, whose chips compete, what a piece of news is about. Rules match these small facts
 * instead of joining every deal with every other, so a rule reads as a checklist and a million
 * deals cost what the few thousand derived facts cost.
 *
 * <p>The raw facts stay available: a rule may still match {@code Investment} or {@code SupplyDeal}
 * directly, and the engine inserts a raw fact type only when some rule matches it.
 *
 * <p>{@link io.loopwatch.derived.DerivedFacts} keeps them up to date as facts change; rules never
 * see it.
 */
package io.loopwatch.derived;
