package io.loopwatch;

import java.nio.file.Path;

/**
 * A compiled rule and the metadata its DRL file declares.
 *
 * @param name the DRL rule name
 * @param file the DRL file, and the 1-based line of the {@code rule} keyword
 */
public record RuleInfo(
    String id,
    String name,
    Category category,
    Severity severity,
    String description,
    Path file,
    int line) {}
