package io.loopwatch.facts.parse;

/** Paths into a document in the form analysts know from jq: {@code investments[2].amountUsd}. */
final class DocPath {

  private DocPath() {}

  static String field(String parent, String key) {
    return parent.isEmpty() ? key : parent + "." + key;
  }

  /** Zero-based, as in jq and JSONPath. */
  static String item(String parent, int index) {
    return parent + "[" + index + "]";
  }
}
