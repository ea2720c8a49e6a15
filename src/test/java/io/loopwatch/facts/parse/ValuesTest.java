package io.loopwatch.facts.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The written-out id and date checks accept exactly what their patterns accept. */
class ValuesTest {

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  @ParameterizedTest
  @ValueSource(strings = {"nvidia", "nvidia-openai-2025", "a", "0", "sup-0000001", "", "-",
      "-a", "a-", "a--b", "Nvidia", "nvidia_openai", "nvidia openai", "é", "a-b-c", "a.b", "a-1-"})
  void idCheckAgreesWithItsPattern(String text) {
    assertThat(Values.isKebabCase(text)).isEqualTo(ID.matcher(text).matches());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-09-22", "0000-01-01", "2025-13-45", "2025-9-22", "25-09-22",
      "2025/09/22", "2025-09-22T00", "2025-09-2x", "２０２５-09-22", "", "2025-09-22 ",
      "12345-09-22", "2025--9-22"})
  void dateShapeCheckAgreesWithItsPattern(String text) {
    assertThat(Values.isDateShaped(text)).isEqualTo(DATE_SHAPE.matcher(text).matches());
  }
}
