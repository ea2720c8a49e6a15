package io.loopwatch;

import io.loopwatch.facts.Source;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One fact an alert matched, as a person reads it.
 *
 * @param id the fact's id ({@code company/period} for financials)
 * @param kind {@code company}, {@code investment}, {@code supply-deal}, {@code chip}, {@code
 *     financials}, {@code event}, or {@code unknown} for an id the facts do not hold
 * @param summary one line: {@code NVIDIA → OpenAI: equity, USD 20 B, reported, announced 2026-02-04}
 * @param fields the key fields by name, in a fixed order per kind, including the dates
 * @param sources who reported it and when
 * @param location the file, line and column it was written at; empty when unknown
 */
public record FactSummary(
    String id, String kind, String summary, Map<String, String> fields, List<Source> sources, String location) {

  public FactSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(summary, "summary");
    // Insertion order is part of the value: it is the order reports print the fields in.
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    sources = List.copyOf(sources);
    location = location == null ? "" : location;
  }
}
