/**
 * Analysts' rule tests: cases written as data files beside the rules ({@code *.test.yaml}), each
 * giving facts and the alerts they must and must not raise. {@link io.loopwatch.ruletest.RuleTestFiles}
 * reads them, {@link io.loopwatch.ruletest.RuleTestRunner} runs them against an engine, and the
 * results say what was missing, unexpected or different.
 */
package io.loopwatch.ruletest;
