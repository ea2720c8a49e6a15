/**
 * {@code loopwatch check}: finds mistakes in rules, rule tests, suppressions and facts before an
 * alert goes wrong. {@link io.loopwatch.check.RuleChecker} runs the checks; every problem carries
 * a stable {@link io.loopwatch.check.CheckCode}; the reports write text, JSON and SARIF.
 */
package io.loopwatch.check;
