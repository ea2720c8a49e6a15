/**
 * Watch mode: files are watched, bursts of editor events are debounced, rules are reloaded safely
 * (a broken edit keeps the last good rules), and each round reports only what changed.
 */
package io.loopwatch.watch;
