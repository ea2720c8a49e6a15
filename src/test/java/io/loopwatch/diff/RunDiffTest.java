package io.loopwatch.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.loopwatch.InvalidInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunDiffTest {

  @TempDir
  Path dir;

  @Test
  void matchesAlertsByKeySoARewordedMessageIsAChangeNotANewAlert() {
    AlertSnapshot loop = new AlertSnapshot("circular-loop:loop:a>b", "circular-loop", "HIGH", List.of("a", "b"), "old words");
    AlertSnapshot reworded = new AlertSnapshot(loop.key(), loop.rule(), "CRITICAL", loop.subjects(), "new words");
    AlertSnapshot same = new AlertSnapshot("x:1", "x", "LOW", List.of("c"), "m");
    AlertSnapshot gone = new AlertSnapshot("y:1", "y", "LOW", List.of("d"), "m");
    AlertSnapshot fresh = new AlertSnapshot("z:1", "z", "MEDIUM", List.of("e"), "m");

    RunDiff diff = RunDiff.between(List.of(loop, same, gone), List.of(reworded, same, fresh));

    assertThat(diff.changes()).extracting(AlertChange::key, AlertChange::kind).containsExactly(
        org.assertj.core.groups.Tuple.tuple("circular-loop:loop:a>b", AlertChange.Kind.CHANGED),
        org.assertj.core.groups.Tuple.tuple("x:1", AlertChange.Kind.UNCHANGED),
        org.assertj.core.groups.Tuple.tuple("z:1", AlertChange.Kind.NEW),
        org.assertj.core.groups.Tuple.tuple("y:1", AlertChange.Kind.GONE));
    assertThat(diff.forKey("circular-loop:loop:a>b").differences())
        .containsExactly("severity: HIGH → CRITICAL", "message: \"old words\" → \"new words\"");
    assertThat(diff.isEmpty()).isFalse();
    assertThat(RunDiff.between(List.of(same), List.of(same)).isEmpty()).isTrue();
  }

  @Test
  void aFileThatIsNotASavedReportIsBadInputWithItsPosition() throws Exception {
    Path file = Files.writeString(dir.resolve("report.json"), "{\n  \"alerts\": [\n    {\"rule\": \"x\"}\n  ]\n}\n");

    InvalidInputException failure = catchThrowableOfType(InvalidInputException.class, () -> SavedReport.read(file));

    assertThat(failure.diagnostics()).first().satisfies(d -> {
      assertThat(d.line()).isEqualTo(3);
      assertThat(d.path()).isEqualTo("alerts[0].key");
      assertThat(d.message()).contains("expected an alert as written by 'run --format json'");
    });
  }
}
