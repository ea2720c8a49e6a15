package io.loopwatch.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rules name companies by id; the engine puts the names in when it makes the alert. */
class NamesTest {

  private static final Map<String, String> NAMES = Map.of("nvidia", "NVIDIA", "amd", "Advanced Micro Devices (AMD)",
      "openai", "OpenAI");

  @Test
  void putsInEachNameWhereTheRuleNamedTheCompany() {
    String message = Names.of("nvidia") + " funds its own customer " + Names.of("openai") + ".";

    assertThat(Names.resolve(message, NAMES::get)).isEqualTo("NVIDIA funds its own customer OpenAI.");
    assertThat(Names.named(message)).containsExactly("nvidia", "openai");
  }

  @Test
  void sortsByNameNotById() {
    String message = Names.sorted(List.of("nvidia", "amd", "nvidia"), " and ") + " see their money return";

    assertThat(Names.resolve(message, NAMES::get)).isEqualTo("Advanced Micro Devices (AMD) and NVIDIA see their money return");
  }

  @Test
  void listsNamesAsEnglishWithAnAndBeforeTheLast() {
    assertThat(Names.resolve(Names.listed(List.of("openai")), NAMES::get)).isEqualTo("OpenAI");
    assertThat(Names.resolve(Names.listed(List.of("openai", "nvidia")), NAMES::get)).isEqualTo("NVIDIA and OpenAI");
    assertThat(Names.resolve(Names.listed(List.of("openai", "nvidia", "amd", "nvidia")), NAMES::get))
        .isEqualTo("Advanced Micro Devices (AMD), NVIDIA, and OpenAI");
    assertThat(Names.named(Names.listed(List.of("openai", "amd")))).containsExactly("openai", "amd");
  }

  @Test
  void keepsTheIdsOrderWhenAskedToAndLetsAnUnknownIdStandForItself() {
    String message = Names.inOrder(List.of("openai", "acme", "amd"), ", ");

    assertThat(Names.resolve(message, NAMES::get)).isEqualTo("OpenAI, acme, Advanced Micro Devices (AMD)");
  }

  @Test
  void leavesTextWithoutNamesAsItIsIncludingDollarSignsAndBackslashes() {
    assertThat(Names.resolve("USD 1 B \\ $x", NAMES::get)).isEqualTo("USD 1 B \\ $x");
    assertThat(Names.resolve(Names.of("nvidia") + " paid $5 \\ more", NAMES::get)).isEqualTo("NVIDIA paid $5 \\ more");
    assertThat(Names.named("no names here")).isEmpty();
  }
}
