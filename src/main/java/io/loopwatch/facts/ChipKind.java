package io.loopwatch.facts;

/** The architecture family of an AI chip. */
public enum ChipKind implements Labeled {
  GPU,
  ASIC,
  TPU,
  NPU,
  LPU,
  WAFER_SCALE,
  CPU
}
