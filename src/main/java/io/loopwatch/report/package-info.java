/**
 * Report formats for a {@link io.loopwatch.Report}: text for a terminal, JSON and JSON Lines for
 * scripts, Markdown for pull requests (with Mermaid loop diagrams) and a self-contained HTML page
 * with a picture of the deal network. Every fact-supplied string is escaped for its format.
 */
package io.loopwatch.report;
