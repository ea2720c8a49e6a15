package io.loopwatch.rules;

import static io.loopwatch.testing.RuleAlerts.bundledRules;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopwatch.Alert;
import io.loopwatch.EvidenceStep;
import io.loopwatch.facts.FactFiles;
import io.loopwatch.facts.FactSet;
import io.loopwatch.generate.GenerationSettings;
import io.loopwatch.generate.Generator;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every alert about a loop states only what its deals support: it says "binding", or gives a
 * round-trip amount, only where every link on its path has a binding deal (signed or closed) of
 * disclosed size; and "N of M links binding" counts links that way. Judged from the alert's own
 * path, as an analyst reading it would, not from the loop vocabulary the rules used.
 */
class LoopAlertsClaimNoMoreThanTheFactsTest {

  private static final Set<String> BINDING = Set.of("signed", "closed");
  private static final Pattern LINKS_BINDING = Pattern.compile("\\((\\d+) of (\\d+) links binding");
  /** A binding amount: "of which USD 1 M binding", "all of it binding". */
  private static final Pattern BINDING_AMOUNT = Pattern.compile("of which USD [\\d.]+ [KMBT] binding|all of it binding");
  /** A round-trip amount not hedged as a ceiling. */
  private static final Pattern BARE_ROUND_TRIP = Pattern.compile("(?<!at most )USD [\\d.]+ [KMBT]? ?can go all the way round");

  @TempDir
  Path temp;

  @Test
  void bundledLoopAlertsClaimNoMoreThanTheirDeals() throws Exception {
    FactSet facts = FactFiles.load(Path.of("facts"));
    for (String asOf : List.of("2026-02-05", "2026-12-06")) {
      List<Alert> loopAlerts = loopAlerts(facts, asOf);

      assertThat(loopAlerts).as("loop alerts on the bundled facts").isNotEmpty();
      assertThat(loopAlerts).as("some bundled loop has a link without a disclosed binding deal, so the check bites")
          .anyMatch(alert -> unboundLinks(alert) > 0);
      loopAlerts.forEach(LoopAlertsClaimNoMoreThanTheFactsTest::claimsNoMoreThanItsDeals);
    }
  }

  @Test
  void generatedLoopAlertsClaimNoMoreThanTheirDeals() throws Exception {
    // A generated web has every status, undisclosed purchases and re-cut pledges on its loops.
    Path dir = temp.resolve("web");
    Generator.generate(new GenerationSettings(300, 3_000, 24, 4, 14), dir);

    List<Alert> loopAlerts = loopAlerts(FactFiles.load(dir), "2026-02-05");

    assertThat(loopAlerts).anyMatch(alert -> unboundLinks(alert) > 0).anyMatch(alert -> unboundLinks(alert) == 0);
    loopAlerts.forEach(LoopAlertsClaimNoMoreThanTheFactsTest::claimsNoMoreThanItsDeals);
  }

  @Test
  void theChecksSeeAnOverclaim() {
    assertThat(BARE_ROUND_TRIP.matcher("USD 20 B can go all the way round").find()).isTrue();
    assertThat(BARE_ROUND_TRIP.matcher("at most USD 20 B can go all the way round").find()).isFalse();
    assertThat(BINDING_AMOUNT.matcher("of which USD 1 M binding and up to USD 20 B").find()).isTrue();
  }

  private static List<Alert> loopAlerts(FactSet facts, String asOf) throws Exception {
    return bundledRules().evaluate(facts, LocalDate.parse(asOf)).alerts().stream()
        .filter(alert -> !alert.evidence().path().isEmpty())
        .toList();
  }

  private static void claimsNoMoreThanItsDeals(Alert alert) {
    Map<String, Boolean> bound = boundByLink(alert.evidence().path());
    long unbound = bound.values().stream().filter(b -> !b).count();
    String message = alert.message();
    Matcher counted = LINKS_BINDING.matcher(message);
    if (counted.find()) {
      assertThat(Integer.parseInt(counted.group(1))).as("%s: links binding in '%s'", alert.key(), message)
          .isEqualTo(bound.size() - unbound);
      assertThat(Integer.parseInt(counted.group(2))).as("%s: links in '%s'", alert.key(), message)
          .isEqualTo(bound.size());
    }
    if (unbound > 0) {
      assertThat(BINDING_AMOUNT.matcher(message).find())
          .as("%s says money binds, but %d link(s) have no disclosed binding deal: %s", alert.key(), unbound, message)
          .isFalse();
      assertThat(BARE_ROUND_TRIP.matcher(message).find())
          .as("%s gives a round-trip amount, but %d link(s) have no disclosed binding deal: %s", alert.key(), unbound,
              message)
          .isFalse();
    }
  }

  private static long unboundLinks(Alert alert) {
    return boundByLink(alert.evidence().path()).values().stream().filter(b -> !b).count();
  }

  /** For each link of the path (from → to), whether a binding deal of disclosed size is on it. */
  private static Map<String, Boolean> boundByLink(List<EvidenceStep> path) {
    Map<String, Boolean> bound = new LinkedHashMap<>();
    for (EvidenceStep step : path) {
      boolean binds = step.amountUsd() != null && BINDING.contains(step.status());
      bound.merge(step.from() + " → " + step.to(), binds, Boolean::logicalOr);
    }
    return bound;
  }
}
