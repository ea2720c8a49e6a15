/**
 * Suppressions that expire: an analyst declares an alert known and quiet until a date, with a
 * reason and a name, in a YAML file kept in git beside the rules. Nothing is suppressed forever;
 * expired entries and entries that match no alert are reported so the file stays honest.
 */
package io.loopwatch.suppress;
