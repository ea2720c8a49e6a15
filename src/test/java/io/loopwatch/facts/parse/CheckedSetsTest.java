package io.loopwatch.facts.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.facts.FactFiles;
import io.loopwatch.facts.FactSet;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A set the loader checked is not checked again; an equal set built in code still is. */
class CheckedSetsTest {

  @Test
  void knowsTheVerySetTheLoaderCheckedAndNoOther() throws Exception {
    FactSet loaded = FactFiles.load(Path.of("facts"));
    FactSet equalButBuilt = FactSet.builder().addAll(loaded).build();

    assertThat(equalButBuilt).isEqualTo(loaded);
    assertThat(CheckedSets.loaded(loaded)).isTrue();
    assertThat(CheckedSets.loaded(equalButBuilt)).isFalse();
    assertThat(CheckedSets.loaded(loaded.plus(FactSet.empty()))).isFalse();
  }
}
