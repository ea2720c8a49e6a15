package io.loopwatch.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bundled rules read as an analyst's checklist: the work (sums, orderings, what is in force)
 * is done once in Java, by the derived facts and the typed helpers of {@code io.loopwatch.rules},
 * so no DRL function walks a collection, and no DRL casts a raw {@code Object} to a fact type.
 */
class RulesReadAsChecklistsTest {

  private static final Pattern LOOP = Pattern.compile("\\b(?:for|while)\\s*\\(|\\bdo\\s*\\{");
  /** {@code (Type) expr} or {@code ((Type) expr)}: a parenthesised type name followed by what it converts. */
  private static final Pattern CAST =
      Pattern.compile("\\(\\s*[A-Z][\\w.]*(?:<[^()]*>)?(?:\\[\\])?\\s*\\)\\s*[\\w$(\"]");

  static Stream<Path> bundledRuleFiles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("rules"))) {
      return files.filter(f -> f.toString().endsWith(".drl")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("bundledRuleFiles")
  void noFunctionLoopsOrCasts(Path drl) throws Exception {
    PackageDescr parsed = new DrlParser().parse(false, Files.readString(drl));
    for (FunctionDescr function : parsed.getFunctions()) {
      assertThat(LOOP.matcher(function.getBody()).find())
          .as("%s: function %s loops; derive the result in Java or add a typed helper", drl, function.getName())
          .isFalse();
      assertThat(CAST.matcher(function.getBody()).find())
          .as("%s: function %s casts", drl, function.getName())
          .isFalse();
    }
  }

  @ParameterizedTest
  @MethodSource("bundledRuleFiles")
  void noRuleCasts(Path drl) throws Exception {
    String code = withoutCommentsAndStrings(Files.readString(drl));
    Matcher cast = CAST.matcher(code);
    assertThat(cast.find() ? cast.group() : null).as("%s: a cast", drl).isNull();
  }

  @Test
  void theChecksSeeALoopAndACast() {
    assertThat(LOOP.matcher("for (Object o : deals) {").find()).isTrue();
    assertThat(LOOP.matcher("while (it.hasNext()) {").find()).isTrue();
    assertThat(CAST.matcher("((Investment) o).amountUsd()").find()).isTrue();
    assertThat(CAST.matcher("(List) x").find()).isTrue();
    assertThat(CAST.matcher("names($vendors) + (($vendors.size() == 1) ? \"a\" : \"b\")").find()).isFalse();
    assertThat(CAST.matcher("Money.usd(gap) + \" (\" + $old.status()").find()).isFalse();
    assertThat(withoutCommentsAndStrings("// (Company) o\n\"(Chip) c\" x")).doesNotContain("Company", "Chip");
  }

  /** Comments and text in quotes say things; only code can cast. */
  private static String withoutCommentsAndStrings(String drl) {
    return drl.replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"").replaceAll("//[^\n]*", "");
  }
}
