package io.loopwatch.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.Diagnostic;
import io.loopwatch.testing.LoadProblems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An event's {@code leaving}: the vendor a company looks to replace, named by id, on one kind only. */
class EventLeavingTest {

  private static final String COMPANIES = """
      companies:
        - {id: nvidia, name: NVIDIA, roles: [chip-vendor], country: US}
        - {id: openai, name: OpenAI, roles: [ai-lab], country: US}
      """;

  @TempDir Path dir;

  @Test
  void anExploringAlternativesEventNamesTheVendorBeingLeft() throws Exception {
    FactSet facts = FactFiles.load(write(COMPANIES + """
        events:
          - {id: ev-openai-alternatives, date: 2026-02-02, kind: exploring-alternatives, subject: openai,
             leaving: nvidia, sources: [{publisher: Reuters, date: 2026-02-02}]}
        """));

    Event event = facts.events().get(0);
    assertThat(event.leaving()).isEqualTo("nvidia");
    assertThat(event.concernsVendor("nvidia")).isTrue();
    assertThat(event.concernsVendor("amd")).isFalse();
  }

  @Test
  void anEventThatNamesNoVendorConcernsEveryVendor() {
    Event event = new Event("ev", java.time.LocalDate.of(2026, 2, 2), EventKind.EXPLORING_ALTERNATIVES, "openai",
        null, List.of());
    assertThat(event.leaving()).isNull();
    assertThat(event.concernsVendor("amd")).isTrue();
  }

  @Test
  void anUnknownVendorIsReportedWhereItIsWritten() throws Exception {
    Path file = write(COMPANIES + """
        events:
          - {id: ev-openai-alternatives, date: 2026-02-02, kind: exploring-alternatives, subject: openai,
             leaving: nvidai, sources: [{publisher: Reuters, date: 2026-02-02}]}
        """);

    assertThat(problems(file)).singleElement().satisfies(d -> {
      assertThat(d.path()).isEqualTo("events[0].leaving");
      assertThat(d.line()).isEqualTo(6);
      assertThat(d.message()).startsWith("unknown company 'nvidai'");
    });
  }

  @Test
  void onAnotherKindItIsRefused() throws Exception {
    Path file = write(COMPANIES + """
        events:
          - {id: ev-openai-rift, date: 2026-02-02, kind: rift-reported, subject: openai,
             leaving: nvidia, sources: [{publisher: Reuters, date: 2026-02-02}]}
        """);

    assertThat(problems(file)).singleElement().satisfies(d -> {
      assertThat(d.path()).isEqualTo("events[0].leaving");
      assertThat(d.message()).contains("exploring-alternatives only").contains("rift-reported");
    });
  }

  @Test
  void theSubjectCannotLeaveItself() throws Exception {
    Path file = write(COMPANIES + """
        events:
          - {id: ev-openai-alternatives, date: 2026-02-02, kind: exploring-alternatives, subject: openai,
             leaving: openai, sources: [{publisher: Reuters, date: 2026-02-02}]}
        """);

    assertThat(problems(file)).singleElement().satisfies(d -> {
      assertThat(d.path()).isEqualTo("events[0].leaving");
      assertThat(d.message()).contains("cannot look to replace itself");
    });
  }

  private Path write(String text) throws Exception {
    return Files.writeString(dir.resolve("facts.yaml"), text);
  }

  private static List<Diagnostic> problems(Path file) {
    return LoadProblems.of(file);
  }
}
