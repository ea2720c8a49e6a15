package io.loopwatch.facts.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.loopwatch.Diagnostic;
import io.loopwatch.InvalidInputException;
import io.loopwatch.facts.FactFiles;
import io.loopwatch.facts.FactSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs that used to vanish or mislead: links, empty inputs, large YAML, unreadable files and
 * bytes that are not UTF-8. Each is the tester's case, as they wrote it.
 */
class FactInputsTest {

  private static final String ONE_COMPANY =
      "companies:\n  - {id: nvidia, name: NVIDIA, roles: [chip-vendor], country: US}\n";
  private static final String OTHER_COMPANY =
      "companies:\n  - {id: openai, name: OpenAI, roles: [ai-lab], country: US}\n";

  @TempDir Path dir;

  // --- symbolic links ---

  @Test
  void followsASymlinkedFactsDirectory() throws Exception {
    Path real = Files.createDirectory(dir.resolve("real"));
    Files.writeString(real.resolve("a.yaml"), ONE_COMPANY);
    Path link = Files.createSymbolicLink(dir.resolve("facts"), real);

    assertThat(FactFiles.load(link).companies()).hasSize(1);
  }

  @Test
  void followsASymlinkedSubdirectoryAndASymlinkedFile() throws Exception {
    Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("b.yaml"), OTHER_COMPANY);
    Path single = Files.writeString(dir.resolve("single.yaml"), ONE_COMPANY);
    Path facts = Files.createDirectory(dir.resolve("facts"));
    Files.createSymbolicLink(facts.resolve("sub"), elsewhere);
    Files.createSymbolicLink(facts.resolve("a.yaml"), single);

    FactSet loaded = FactFiles.load(facts);

    assertThat(loaded.companies()).extracting(c -> c.id()).containsExactly("nvidia", "openai");
    assertThat(FactFiles.filesIn(facts)).containsExactly(facts.resolve("a.yaml"), facts.resolve("sub/b.yaml"));
  }

  @Test
  void aDanglingSymlinkIsAnErrorNamingTheLinkAndItsTarget() throws Exception {
    Path facts = Files.createDirectory(dir.resolve("facts"));
    Files.writeString(facts.resolve("a.yaml"), ONE_COMPANY);
    Path link = Files.createSymbolicLink(facts.resolve("gone.yaml"), dir.resolve("missing.yaml"));

    assertThat(errors(facts)).containsExactly(new Diagnostic(link, 0, 0, "",
        "dangling symbolic link: " + link + " points to " + dir.resolve("missing.yaml")
            + ", which does not exist"));
  }

  @Test
  void aDanglingSymlinkNamedOnTheCommandLineIsAnErrorToo() throws Exception {
    Path link = Files.createSymbolicLink(dir.resolve("gone.yaml"), Path.of("nowhere.yaml"));

    assertThat(errors(link)).extracting(Diagnostic::message)
        .containsExactly("dangling symbolic link: " + link + " points to nowhere.yaml, which does not exist");
  }

  @Test
  void aLinkBackToAnEnclosingDirectoryIsAnErrorNotAHang() throws Exception {
    Path facts = Files.createDirectory(dir.resolve("facts"));
    Files.writeString(facts.resolve("a.yaml"), ONE_COMPANY);
    Path loop = Files.createSymbolicLink(facts.resolve("again"), facts);

    assertThat(errors(facts)).singleElement().satisfies(d -> {
      assertThat(d.file()).isEqualTo(loop);
      assertThat(d.message()).startsWith("symbolic link loop: " + loop + " leads back to ");
    });
  }

  @Test
  void theKubernetesConfigMapLayoutLoadsEachFileOnceUnderItsVisibleName() throws Exception {
    Path volume = Files.createDirectory(dir.resolve("facts"));
    Path version = Files.createDirectory(volume.resolve("..2026_01_01_00_00_00.123456789"));
    Files.writeString(version.resolve("facts.yaml"), ONE_COMPANY);
    Files.writeString(version.resolve("more.yaml"), OTHER_COMPANY);
    Files.createSymbolicLink(volume.resolve("..data"), version.getFileName());
    Files.createSymbolicLink(volume.resolve("facts.yaml"), Path.of("..data/facts.yaml"));
    Files.createSymbolicLink(volume.resolve("more.yaml"), Path.of("..data/more.yaml"));

    FactSet loaded = FactFiles.load(volume);

    assertThat(loaded.companies()).hasSize(2);
    assertThat(FactFiles.filesIn(volume)).containsExactly(volume.resolve("facts.yaml"), volume.resolve("more.yaml"));
    assertThat(loaded.locationOf("nvidia").orElseThrow().file()).isEqualTo(volume.resolve("facts.yaml"));
  }

  @Test
  void aFileNamedTwiceThroughALinkIsReadOnce() throws Exception {
    Path file = Files.writeString(dir.resolve("a.yaml"), ONE_COMPANY);
    Path link = Files.createSymbolicLink(dir.resolve("b.yaml"), file);

    assertThat(FactFiles.load(file, link).companies()).hasSize(1);
  }

  // --- empty inputs ---

  @Test
  void anEmptyDirectoryIsAnErrorUnlessAllowed() throws Exception {
    Path empty = Files.createDirectory(dir.resolve("empty"));

    assertThat(errors(empty)).containsExactly(new Diagnostic(empty, 0, 0, "",
        "no facts found: no file under it ends in .json, .yaml or .yml; pass --allow-empty"
            + " (FactFiles.loadAllowingEmpty in code) if that is expected"));
    assertThat(FactFiles.loadAllowingEmpty(List.of(empty)).size()).isZero();
  }

  @Test
  void aDirectoryWithNoFactFilesIsAnError() throws Exception {
    Path notes = Files.createDirectory(dir.resolve("notes"));
    Files.writeString(notes.resolve("README.txt"), "facts go here\n");

    assertThat(errors(notes)).extracting(Diagnostic::message).singleElement().asString()
        .startsWith("no facts found: no file under it ends in .json, .yaml or .yml");
  }

  @Test
  void filesThatHoldNoFactsAreAnErrorUnlessAllowed() throws Exception {
    Path nothing = Files.writeString(dir.resolve("nothing.yaml"), "{}\n");

    assertThat(errors(nothing)).extracting(Diagnostic::message).singleElement().asString()
        .startsWith("no facts found in " + nothing + ": 1 fact file(s), none with a company");
    assertThat(FactFiles.loadAllowingEmpty(List.of(nothing)).size()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"empty.yaml", "empty.json"})
  void anEmptyFileIsAnErrorNamingItEvenWhenEmptyInputIsAllowed(String name) throws Exception {
    Path facts = Files.createDirectory(dir.resolve("facts"));
    Files.writeString(facts.resolve("a.yaml"), ONE_COMPANY);
    Path empty = Files.writeString(facts.resolve(name), "");

    Diagnostic expected = new Diagnostic(empty, 1, 1, "", "the file is empty; expected an object with"
        + " any of the sections companies, investments, supplyDeals, stakes, chips, financials, events"
        + " (write {} for a file that holds no facts)");
    assertThat(errors(facts)).containsExactly(expected);
    assertThat(assertThatExceptionOfType(InvalidInputException.class)
        .isThrownBy(() -> FactFiles.loadAllowingEmpty(List.of(facts))).actual().diagnostics())
        .containsExactly(expected);
  }

  @Test
  void aYamlFileOfOnlyCommentsIsAnEmptyFile() throws Exception {
    Path comments = Files.writeString(dir.resolve("c.yaml"), "# nothing yet\n");

    assertThat(errors(comments)).extracting(Diagnostic::message).singleElement().asString()
        .startsWith("the file is empty");
  }

  // --- YAML size ---

  @Test
  void aYamlFileOfFiveMegabytesLoads() throws Exception {
    StringBuilder yaml = new StringBuilder("companies:\n");
    for (int i = 0; yaml.length() < 5_000_000; i++) {
      yaml.append("  - {id: company-").append(i).append(", name: Company number ").append(i)
          .append(", roles: [ai-lab], country: US}\n");
    }
    Path big = Files.writeString(dir.resolve("big.yaml"), yaml);

    assertThat(Files.size(big)).isGreaterThan(5_000_000);
    assertThat(FactFiles.load(big).companies()).hasSizeGreaterThan(50_000);
  }

  @Test
  void theBillionLaughsBombIsStillRefused() throws Exception {
    StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    for (char c = 'b'; c <= 'i'; c++) {
      char p = (char) (c - 1);
      bomb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 9; i++) {
        bomb.append(i == 0 ? "" : ",").append('*').append(p);
      }
      bomb.append("]\n");
    }
    Path file = Files.writeString(dir.resolve("bomb.yaml"), bomb);

    assertThat(errors(file)).isNotEmpty().allSatisfy(d -> assertThat(d.file()).isEqualTo(file))
        .anySatisfy(d -> assertThat(d.message()).containsIgnoringCase("alias"));
  }

  // --- unreadable files and bytes that are not UTF-8 ---

  /**
   * Tests run as root here, and root reads a file whatever its mode, so chmod 000 proves nothing.
   * The opener fails as the file system does for a file its user may not read.
   */
  @Test
  void anUnreadableFileSaysPermissionDenied() throws Exception {
    Path perm = Files.createDirectory(dir.resolve("perm"));
    Path file = Files.writeString(perm.resolve("a.yaml"), ONE_COMPANY);
    Path other = Files.writeString(perm.resolve("b.yaml"), OTHER_COMPANY);
    FileOpener denied = path -> {
      if (path.equals(file)) {
        throw new AccessDeniedException(path.toString());
      }
      return Files.newInputStream(path);
    };

    List<Diagnostic> problems = assertThatExceptionOfType(InvalidInputException.class)
        .isThrownBy(() -> FactLoader.load(List.of(perm), false, denied)).actual().diagnostics();

    assertThat(problems).containsExactly(new Diagnostic(file, 0, 0, "", "cannot read: permission denied"));
    assertThat(other).exists();
  }

  /** A read that fails half way through, which a real file system gives for a directory. */
  @Test
  void aFileThatFailsWhileBeingReadSaysWhy() throws Exception {
    Path file = Files.writeString(dir.resolve("a.yaml"), ONE_COMPANY);
    FileOpener failing = path -> new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("Input/output error");
      }
    };

    assertThat(assertThatExceptionOfType(InvalidInputException.class)
        .isThrownBy(() -> FactLoader.load(List.of(file), false, failing)).actual().diagnostics())
        .containsExactly(new Diagnostic(file, 0, 0, "", "cannot read: input/output error"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"latin1.yaml", "latin1.json"})
  void aLatin1ByteIsReportedAtItsLineAndColumnAsNotUtf8(String name) throws Exception {
    String text = name.endsWith(".yaml")
        ? "companies:\n  - id: nestle\n    name: Nestl\u00e9\n    roles: [investor]\n    country: CH\n"
        : "{\"companies\": [\n  {\"id\": \"nestle\", \"name\": \"Nestl\u00e9\", \"roles\": [\"investor\"], \"country\": \"CH\"}]}\n";
    Path file = Files.write(dir.resolve(name), text.getBytes(StandardCharsets.ISO_8859_1));
    int line = name.endsWith(".yaml") ? 3 : 2;
    int column = name.endsWith(".yaml") ? 16 : 34;

    assertThat(errors(file)).containsExactly(new Diagnostic(file, line, column, "",
        "not valid UTF-8: byte 0xE9 cannot start or continue a character here; save the file as"
            + " UTF-8 (it may be Latin-1 or Windows-1252)"));
  }

  private static List<Diagnostic> errors(Path... paths) {
    return assertThatExceptionOfType(InvalidInputException.class)
        .isThrownBy(() -> FactFiles.load(paths)).actual().diagnostics();
  }
}
