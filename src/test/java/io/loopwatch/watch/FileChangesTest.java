package io.loopwatch.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileChangesTest {

  @TempDir
  Path dir;

  @Test
  void reportsABurstOfEditsAsOneChangeOnceTheFilesAreQuiet() throws Exception {
    Path rules = Files.createDirectories(dir.resolve("rules"));
    try (FileChanges changes = new FileChanges(List.of(rules))) {
      CompletableFuture<Set<Path>> next = CompletableFuture.supplyAsync(() -> {
        try {
          return changes.await(Duration.ofMillis(500));
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
      });
      Files.writeString(rules.resolve("a.drl"), "one");
      Files.writeString(rules.resolve("b.drl"), "two");
      Files.writeString(rules.resolve("a.drl"), "three");

      Set<Path> changed = next.get(30, TimeUnit.SECONDS);

      assertThat(changed).contains(rules.resolve("a.drl").toAbsolutePath(), rules.resolve("b.drl").toAbsolutePath());
    }
  }

  @Test
  void ignoresFilesLoopwatchDoesNotRead() throws Exception {
    Path rules = Files.createDirectories(dir.resolve("rules"));
    try (FileChanges changes = new FileChanges(List.of(rules))) {
      CompletableFuture<Set<Path>> next = CompletableFuture.supplyAsync(() -> {
        try {
          return changes.await(Duration.ofMillis(300));
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
      });
      Files.writeString(rules.resolve("notes.txt"), "scratch");
      Thread.sleep(500);
      Files.writeString(rules.resolve("loops.drl"), "rule");

      assertThat(next.get(30, TimeUnit.SECONDS)).contains(rules.resolve("loops.drl").toAbsolutePath())
          .doesNotContain(rules.resolve("notes.txt").toAbsolutePath());
    }
  }

  @Test
  void watchesTheDirectoryOfANamedFile() throws Exception {
    Path facts = Files.writeString(dir.resolve("facts.yaml"), "companies: []\n");
    try (FileChanges changes = new FileChanges(List.of(facts))) {
      CompletableFuture<Set<Path>> next = CompletableFuture.supplyAsync(() -> {
        try {
          return changes.await(Duration.ofMillis(200));
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
      });
      Files.writeString(dir.resolve("other.yaml"), "not watched");
      Files.writeString(facts, "companies: []\nchips: []\n");

      assertThat(next.get(30, TimeUnit.SECONDS)).contains(facts.toAbsolutePath())
          .doesNotContain(dir.resolve("other.yaml").toAbsolutePath());
    }
  }
}
