/**
 * Internal: reads fact files into {@link io.loopwatch.facts.FactSet}s and checks them. Not API;
 * use {@link io.loopwatch.facts.FactFiles} and {@link io.loopwatch.facts.FactSetValidator}. The few
 * public types here are public because those two classes, and the rule test reader (which embeds
 * fact documents in its own files), live in other packages.
 */
package io.loopwatch.facts.parse;
