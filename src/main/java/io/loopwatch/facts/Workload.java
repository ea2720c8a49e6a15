package io.loopwatch.facts;

/** What a chip is built to run. Rival chips matter most where they overlap the hub vendor's. */
public enum Workload implements Labeled {
  TRAINING,
  INFERENCE
}
