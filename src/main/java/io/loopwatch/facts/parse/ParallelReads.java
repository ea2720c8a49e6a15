package io.loopwatch.facts.parse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads fact files on as many threads as there are cores. Each file is read and bound on its own,
 * with its own problems; only the checks across files need them all, and those run afterwards.
 */
final class ParallelReads {

  private ParallelReads() {}

  /** The files' contents in the order the files are given, whatever order they finish in. */
  static List<FactFileReader.Read> inOrder(List<Path> files, SharedValues shared, FileOpener opener)
      throws IOException {
    int threads = Math.min(files.size(), Runtime.getRuntime().availableProcessors());
    if (threads <= 1) {
      List<FactFileReader.Read> reads = new ArrayList<>();
      for (Path file : files) {
        reads.add(FactFileReader.read(file, shared, opener));
      }
      return reads;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, ParallelReads::daemon);
    try {
      List<Future<FactFileReader.Read>> pending = new ArrayList<>();
      for (Path file : files) {
        pending.add(pool.submit(() -> FactFileReader.read(file, shared, opener)));
      }
      List<FactFileReader.Read> reads = new ArrayList<>();
      for (Future<FactFileReader.Read> read : pending) {
        reads.add(result(read));
      }
      return reads;
    } finally {
      pool.shutdownNow();
    }
  }

  /** A reader thread must never keep the JVM alive, whoever forgets to wait for it. */
  private static Thread daemon(Runnable task) {
    Thread thread = new Thread(task, "loopwatch-fact-reader");
    thread.setDaemon(true);
    return thread;
  }

  private static FactFileReader.Read result(Future<FactFileReader.Read> read) throws IOException {
    try {
      return read.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading fact files", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }
}
