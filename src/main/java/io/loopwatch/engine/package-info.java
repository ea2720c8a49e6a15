/**
 * Internal: compiles rule files with Drools and runs evaluation sessions. Not a supported API; use
 * {@link io.loopwatch.RiskEngine}. Drools types stay inside this package.
 */
package io.loopwatch.engine;
