/**
 * What-if stress tests on the deal web: two published contagion models, with nothing of Drools
 * inside. {@link io.loopwatch.stress.FictitiousDefault} clears a {@link
 * io.loopwatch.stress.PaymentNetwork} by Eisenberg and Noe's fictitious-default algorithm (2001),
 * optionally with Rogers and Veraart's default costs ({@link io.loopwatch.stress.DefaultCosts},
 * 2013); {@link io.loopwatch.stress.DebtRank} spreads distress over an {@link
 * io.loopwatch.stress.ExposureNetwork} as Battiston et al. (2012) and, linearly, Bardoscia et al.
 * (2015) define it.
 *
 * <p>Both models work on company indexes and plain numbers. {@link
 * io.loopwatch.stress.StressNetworks} builds them from a {@link io.loopwatch.facts.FactSet} under
 * the stated {@link io.loopwatch.stress.ObligationRule}; {@link io.loopwatch.stress.StressTest}
 * applies a {@link io.loopwatch.stress.Scenario} and says, as a {@link
 * io.loopwatch.stress.StressResult}, who is hurt, by how much and along which path. {@link
 * io.loopwatch.stress.WhatIf} is the entry point for facts loaded from files; {@link
 * io.loopwatch.stress.ScenarioRun} runs a scenario beside the rules, whose outcome they see as {@link
 * io.loopwatch.stress.StressImpact} facts.
 */
package io.loopwatch.stress;
