package io.loopwatch.facts;

import static io.loopwatch.facts.Fixtures.errorsLoading;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading several files at once, which reads them side by side: facts and problems come out in
 * the order of the files, and each file reports what it would alone.
 */
class ManyFilesTest {

  @TempDir Path dir;

  @Test
  void keepsTheFactsInTheOrderOfTheFiles() throws Exception {
    for (int i = 1; i <= 6; i++) {
      write("companies-" + i + ".json",
          json("{'companies':[\n" + company("c" + i + "a") + ",\n" + company("c" + i + "b")
              + "\n]}\n"));
    }

    FactSet facts = FactFiles.load(dir);

    assertThat(facts.companies()).extracting(Company::id).containsExactly("c1a", "c1b", "c2a",
        "c2b", "c3a", "c3b", "c4a", "c4b", "c5a", "c5b", "c6a", "c6b");
    assertThat(facts.locationOf("c4b"))
        .contains(new FileLocation(dir.resolve("companies-4.json"), 3, 2));
  }

  @Test
  void reportsProblemsFromEveryFileByFileLineAndColumnTheSameEveryTime() throws Exception {
    String a = json("{'companies':[\n" + company("acme") + ",\n"
        + "{'id':'beta','name':'Beta','roles':['investor'],'country':'US','colour':'red'}\n]}\n");
    String b = json("{'companies':[\n{'id':'gamma','roles':['investor'],'country':'US'}\n]}\n");
    String c = json("{'companies':[\n" + company("acme") + "\n],\n'investments':[\n"
        + "{'id':'i1','investor':'acme','investee':'beta','amountUsd':-5,'instrument':'equity',"
        + "'status':'signed','announced':'2025-01-01',"
        + "'sources':[{'publisher':'P','date':'2025-01-01'}]}\n]}\n");
    Path fileA = write("a.json", a);
    Path fileB = write("b.json", b);
    Path fileC = write("c.json", c);

    List<Diagnostic> expected = List.of(
        at(fileA, a, "\"colour\"", "companies[1].colour", "unknown field 'colour'; valid fields"
            + " are: id, name, roles, country, parent, sources"),
        at(fileB, b, "{\"id\":\"gamma\"", "companies[0].name", "missing required field 'name'"),
        at(fileC, c, "\"acme\"", "companies[0].id",
            "duplicate id 'acme'; first defined at " + fileA + ":2:7"),
        at(fileC, c, "-5", "investments[0].amountUsd", "must not be negative; found -5"));
    // 'beta' has a problem of its own, so the investment's reference to it is not reported.
    // Threads finish in any order; what is reported must not depend on it.
    IntStream.range(0, 20)
        .forEach(i -> assertThat(errorsLoading(dir)).containsExactlyElementsOf(expected));
  }

  @Test
  void aFileWithASyntaxErrorReportsOnlyThatEvenAfterFactsWithProblems() throws Exception {
    Path file = write("broken.json", json("{'companies':[\n" + company("acme") + ",\n"
        + "{'id':'beta','name':'Beta','roles':['investor'],'country':'US','colour':'red'},\n"
        + "{'id':'gamma',]\n]}\n"));
    write("other.json", json("{'companies':[\n" + company("acme") + "\n]}\n"));

    // Neither the unknown field before the error nor 'acme', defined twice, is reported: a file
    // that cannot be parsed contributes its syntax error and nothing else.
    assertThat(errorsLoading(dir)).containsExactly(new Diagnostic(file, 4, 15, "",
        "invalid JSON: unexpected character ']': was expecting double-quote to start field name"));
  }

  @Test
  void aSectionGivenTwiceIsReadOnceAndTheSecondIsReported() throws Exception {
    Path file = write("twice.yaml", "companies:\n"
        + "  - id: acme\n    name: Acme\n    roles: [investor]\n    country: US\n"
        + "companies:\n"
        + "  - id: beta\n    colour: red\n");

    assertThat(errorsLoading(dir)).containsExactly(new Diagnostic(file, 6, 1, "companies",
        "duplicate key 'companies'; first given at line 1, column 1"));
  }

  private static String company(String id) {
    return json("{'id':'" + id + "','name':'" + id + "','roles':['investor'],'country':'US'}");
  }

  /** JSON written with single quotes, so that it can be read in a Java string. */
  private static String json(String text) {
    return text.replace('\'', '"');
  }

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  /** A diagnostic at the first place {@code marker} is written in {@code text}. */
  private static Diagnostic at(Path file, String text, String marker, String path, String message) {
    int offset = text.indexOf(marker);
    int lineStart = text.lastIndexOf('\n', offset) + 1;
    int line = (int) text.substring(0, offset).chars().filter(ch -> ch == '\n').count() + 1;
    return new Diagnostic(file, line, offset - lineStart + 1, path, message);
  }
}
