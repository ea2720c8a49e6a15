package io.loopwatch.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactChangesTest {

  @TempDir Path dir;

  @Test
  void everyFactComesAfterTheFactsItNamesWhateverTheFileOrder() throws Exception {
    Path file = dir.resolve("facts.yaml");
    Files.writeString(file, """
        events:
          - {id: ev-cut, subject: deal-new}
        supplyDeals:
          - {id: deal-new, supersedes: deal-old, chips: [chip-a]}
          - {id: deal-old, chips: [chip-a]}
        chips:
          - {id: chip-a, vendor: child}
        companies:
          - {id: grandchild, parent: child}
          - {id: child, parent: root}
          - {id: root}
        """);

    List<String> keys = FactChanges.fromFiles("desk", List.of(file)).stream().map(FactChanges.Change::key).toList();

    assertThat(keys).containsExactly(
        "desk/root", "desk/child", "desk/grandchild", "desk/chip-a", "desk/deal-old", "desk/deal-new", "desk/ev-cut");
  }

  @Test
  void aChainThatGoesRoundStillYieldsEveryFactOnceForTheLoaderToRefuse() throws Exception {
    Path file = dir.resolve("facts.yaml");
    Files.writeString(file, """
        companies:
          - {id: a, parent: b}
          - {id: b, parent: a}
          - {id: c, parent: c}
        """);

    List<String> keys = FactChanges.fromFiles("desk", List.of(file)).stream().map(FactChanges.Change::key).toList();

    assertThat(keys).containsExactlyInAnyOrder("desk/a", "desk/b", "desk/c");
  }
}
