package io.loopwatch.ruletest;

/** One field of an alert that is not what the case expects, e.g. severity expected HIGH, got MEDIUM. */
public record FieldDifference(String field, String expected, String actual) {}
