package io.loopwatch.stress;

import java.util.Arrays;

/** Company indexes collected once each until drained: the companies a round of clearing touched. */
final class IntList {
  private final boolean[] listed;
  private int[] items = new int[16];
  private int size;

  IntList(int capacity) {
    listed = new boolean[capacity];
  }

  void add(int i) {
    if (listed[i]) {
      return;
    }
    listed[i] = true;
    if (size == items.length) {
      items = Arrays.copyOf(items, size * 2);
    }
    items[size++] = i;
  }

  /** The indexes collected, in the order they came, and an empty list after. */
  int[] drain() {
    int[] drained = Arrays.copyOf(items, size);
    for (int i : drained) {
      listed[i] = false;
    }
    size = 0;
    return drained;
  }
}
