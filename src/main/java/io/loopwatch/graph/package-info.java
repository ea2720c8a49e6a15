/**
 * The deal network as a picture: companies as nodes, investments and supply deals as directed
 * edges, in Graphviz DOT, Mermaid or SVG, with the loops an alert names highlighted. Built from a
 * {@link io.loopwatch.facts.FactSet}; {@link io.loopwatch.graph.DealNetwork} is the starting point.
 */
package io.loopwatch.graph;
