package io.loopwatch.ruletest;

import io.loopwatch.Alert;

/** An alert the case said must not be raised, and which was. */
public record ForbiddenFired(ForbiddenAlert rule, Alert actual) {}
