package io.loopwatch.stress;

/** A queue of company indexes in which each index waits at most once: the models' work list. */
final class IntQueue {
  private final int[] ring;
  private final boolean[] waiting;
  private int head;
  private int size;

  IntQueue(int capacity) {
    ring = new int[Math.max(1, capacity)];
    waiting = new boolean[capacity];
  }

  void offer(int i) {
    if (waiting[i]) {
      return;
    }
    waiting[i] = true;
    ring[(head + size) % ring.length] = i;
    size++;
  }

  int poll() {
    int i = ring[head];
    head = (head + 1) % ring.length;
    size--;
    waiting[i] = false;
    return i;
  }

  boolean isEmpty() {
    return size == 0;
  }
}
