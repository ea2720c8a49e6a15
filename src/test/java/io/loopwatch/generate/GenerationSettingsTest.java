package io.loopwatch.generate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GenerationSettingsTest {

  @ParameterizedTest(name = "{5}")
  @CsvSource(delimiter = '|', value = {
      "1   | 10  | 0  | 2 | 1 | companies must be at least 2",
      "10  | -1  | 0  | 2 | 1 | deals must not be negative, was -1",
      "10  | 10  | -3 | 2 | 1 | loops must not be negative, was -3",
      "10  | 10  | 1  | 1 | 1 | maximum loop length must be at least 2",
      "3   | 10  | 1  | 5 | 1 | a loop of 5 companies needs at least 5 companies, but only 3",
      "10  | 4   | 3  | 3 | 1 | 3 planted loop(s) of length 2 to 3 need 7 deals, but only 4",
  })
  void rejectsSettingsItCannotSatisfy(int companies, int deals, int loops, int maxLength, long seed, String message) {
    assertThatThrownBy(() -> new GenerationSettings(companies, deals, loops, maxLength, seed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }
}
