/**
 * What changed between two runs: alerts matched by their key (so a reworded message is the same
 * alert), each new, unchanged or changed, and the alerts of the earlier run that are gone.
 */
package io.loopwatch.diff;
