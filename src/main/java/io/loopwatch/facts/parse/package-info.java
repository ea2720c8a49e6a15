/**
 * Internal: reads fact files into {@link io.loopwatch.facts.FactSet}s and checks them. Not API;
 * use {@link io.loopwatch.facts.FactFiles} and {@link io.loopwatch.facts.FactSetValidator}. The few
 * public types here are public only because those two classes live in another package.
 */
package io.loopwatch.facts.parse;
