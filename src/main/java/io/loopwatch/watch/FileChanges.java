package io.loopwatch.watch;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Waits for changes to files under some directories. Editors save in bursts (a temporary file, a
 * rename, a touch), so a change is reported only once the directories have been quiet for a while.
 */
public final class FileChanges implements Closeable {

  /** The files Loopwatch reads: rules, thresholds, suppressions, tests and facts. */
  private static final List<String> RELEVANT = List.of(".drl", ".yaml", ".yml", ".json");

  private final WatchService service;
  private final Map<WatchKey, Path> directories = new HashMap<>();
  private final Set<Path> watchedTrees = new LinkedHashSet<>();
  private final Set<Path> watchedFiles = new LinkedHashSet<>();

  /**
   * @param roots files or directories; a directory is watched with all its subdirectories, a file
   *     alone (its directory is watched, but only the file's own changes count)
   */
  public FileChanges(List<Path> roots) throws IOException {
    this.service = FileSystems.getDefault().newWatchService();
    for (Path root : roots) {
      Path absolute = root.toAbsolutePath().normalize();
      if (Files.isDirectory(absolute)) {
        watchedTrees.add(absolute);
        try (Stream<Path> tree = Files.walk(absolute)) {
          for (Path dir : tree.filter(Files::isDirectory).toList()) {
            register(dir);
          }
        }
      } else if (absolute.getParent() != null && Files.isDirectory(absolute.getParent())) {
        watchedFiles.add(absolute);
        register(absolute.getParent());
      }
    }
  }

  /**
   * Blocks until something changes, then until nothing has changed for {@code quiet}, and returns
   * every path touched meanwhile.
   *
   * @throws InterruptedException when the waiting thread is interrupted (Ctrl-C), to end cleanly
   */
  public Set<Path> await(Duration quiet) throws InterruptedException {
    Set<Path> changed = new LinkedHashSet<>();
    // Wait until something that matters changes; an unrelated file in a watched directory does not.
    while (changed.isEmpty()) {
      drain(service.take(), changed);
    }
    WatchKey next;
    while ((next = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
      drain(next, changed);
    }
    return changed;
  }

  @Override
  public void close() throws IOException {
    service.close();
  }

  private void drain(WatchKey key, Set<Path> changed) {
    Path directory = directories.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (directory != null && event.context() instanceof Path name) {
        Path path = directory.resolve(name);
        if (matters(path)) {
          changed.add(path);
        }
        if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path) && inTree(path)) {
          try {
            register(path);
          } catch (IOException ignored) {
            // A directory that vanished again at once has nothing to watch.
          }
        }
      }
    }
    key.reset();
  }

  private boolean matters(Path path) {
    if (watchedFiles.contains(path)) {
      return true;
    }
    String name = path.getFileName().toString();
    return inTree(path) && RELEVANT.stream().anyMatch(name::endsWith);
  }

  private boolean inTree(Path path) {
    return watchedTrees.stream().anyMatch(path::startsWith);
  }

  private void register(Path directory) throws IOException {
    WatchKey key = directory.register(service, StandardWatchEventKinds.ENTRY_CREATE,
        StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE);
    directories.put(key, directory);
  }
}
