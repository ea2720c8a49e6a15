package io.loopwatch.rules;

import static io.loopwatch.testing.RuleAlerts.bundledRules;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.Alert;
import io.loopwatch.facts.Deal;
import io.loopwatch.facts.Fact;
import io.loopwatch.facts.FactFiles;
import io.loopwatch.facts.FactSet;
import io.loopwatch.facts.Investment;
import io.loopwatch.facts.SupplyDeal;
import io.loopwatch.generate.GenerationSettings;
import io.loopwatch.generate.Generator;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No alert states a figure as known when it leaves out a deal whose amount was not disclosed. The
 * oracle needs no knowledge of the rules: evaluate the facts again with every undisclosed amount
 * set to USD 1 T, far beyond any real deal. A figure in a message that changes is one the
 * undisclosed amount went into (read as zero the first time); it must be hedged where it stands
 * ("at least … plus N undisclosed", "at most", "… disclosed", "undisclosed" in its clause). A figure
 * that does not change, a net loss or a disclosed warrant beside an undisclosed purchase, is free.
 */
class AlertsCountNoUndisclosedAmountAsKnownTest {

  private static final BigDecimal UNKNOWN = new BigDecimal("1e12");
  private static final Pattern FIGURE = Pattern.compile("USD -?[\\d.]+(?: [KMBT])?");

  @TempDir
  Path temp;

  @Test
  void bundledAlertsHedgeEveryFigureAnUndisclosedAmountWentInto() throws Exception {
    FactSet facts = FactFiles.load(Path.of("facts"));
    int checked = 0;
    for (String asOf : List.of("2026-02-05", "2026-12-06")) {
      checked += checkAll(facts, LocalDate.parse(asOf));
    }
    assertThat(checked).as("bundled alerts with a figure that depends on an undisclosed amount").isPositive();
  }

  @Test
  void generatedAlertsHedgeEveryFigureAnUndisclosedAmountWentInto() throws Exception {
    // A generated web has undisclosed purchases on loops and beside disclosed ones.
    Path dir = temp.resolve("web");
    Generator.generate(new GenerationSettings(200, 2_000, 24, 4, 14), dir);

    assertThat(checkAll(FactFiles.load(dir), LocalDate.parse("2026-02-05"))).isPositive();
  }

  @Test
  void theCheckSeesABareTotal() {
    assertThat(hedged("NVIDIA has ordered USD 10 B from it.", "USD 10 B")).isFalse();
    assertThat(hedged("has ordered at least USD 10 B plus 1 undisclosed from it", "USD 10 B")).isTrue();
    assertThat(hedged("at most USD 2 B can go all the way round", "USD 2 B")).isTrue();
    assertThat(hedged("buys from its rivals AMD (USD 10 B disclosed, 5 GW).", "USD 10 B")).isTrue();
  }

  /** Checks every alert; returns how many figures depended on an undisclosed amount. */
  private static int checkAll(FactSet facts, LocalDate asOf) throws Exception {
    Set<String> undisclosed = facts.all().filter(f -> f instanceof Deal d && !d.isDisclosed()).map(Fact::id)
        .collect(Collectors.toSet());
    assertThat(undisclosed).as("the facts have undisclosed deals, so the check bites").isNotEmpty();
    List<Alert> before = bundledRules().evaluate(facts, asOf).alerts();
    Map<String, Alert> after = bundledRules().evaluate(filledIn(facts), asOf).alerts().stream()
        .collect(Collectors.toMap(Alert::key, Function.identity()));
    int dependent = 0;
    for (Alert alert : before) {
      Alert filled = after.get(alert.key());
      if (filled == null || alert.evidence().facts().stream().noneMatch(undisclosed::contains)) {
        continue;
      }
      List<String> figuresAfter = figures(filled.message());
      for (String figure : figures(alert.message())) {
        if (!figuresAfter.contains(figure)) {
          dependent++;
          assertThat(hedged(alert.message(), figure))
              .as("%s states %s, which an undisclosed amount went into, as if known: %s", alert.key(), figure,
                  alert.message())
              .isTrue();
        }
      }
    }
    return dependent;
  }

  /** The facts with every undisclosed amount set to USD 1 T. */
  private static FactSet filledIn(FactSet facts) {
    FactSet.Builder filled = FactSet.builder();
    facts.all().map(AlertsCountNoUndisclosedAmountAsKnownTest::filledIn).forEach(filled::addFact);
    return filled.build();
  }

  private static Fact filledIn(Fact fact) {
    if (fact instanceof Investment i && !i.isDisclosed()) {
      return new Investment(i.id(), i.investor(), i.investee(), UNKNOWN, i.instrument(), i.status(), i.announced(),
          i.expectedClose(), i.supersedes(), i.note(), i.sources());
    }
    if (fact instanceof SupplyDeal d && !d.isDisclosed()) {
      return new SupplyDeal(d.id(), d.buyer(), d.supplier(), d.product(), UNKNOWN, d.capacityGw(), d.status(),
          d.announced(), d.expectedClose(), d.supersedes(), d.note(), d.sources());
    }
    return fact;
  }

  private static List<String> figures(String message) {
    List<String> found = new ArrayList<>();
    Matcher m = FIGURE.matcher(message);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }

  /** The figure is a floor or ceiling, or its clause says what it leaves out. */
  private static boolean hedged(String message, String figure) {
    int at = message.indexOf(figure);
    String before = message.substring(Math.max(0, at - 9), at);
    int end = at + figure.length();
    while (end < message.length() && ";.)".indexOf(message.charAt(end)) < 0) {
      end++;
    }
    String clause = message.substring(at, end);
    return before.endsWith("at least ") || before.endsWith("at most ") || before.endsWith("up to ")
        || clause.contains("disclosed");
  }
}
