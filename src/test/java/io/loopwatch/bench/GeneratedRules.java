package io.loopwatch.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A large rule set in the style of the bundled rules, for the compile figure: each rule reads
 * investments, supply deals, companies or loops with its own threshold from {@code
 * thresholds.yaml}, and inserts a finding with {@code Alerts.raise(kcontext)} and full metadata.
 * Five shapes in turn (a large deal of one instrument, a large purchase of one product, a vendor
 * funding its customer, a busy supplier of one role, a loop of one length), each over varied
 * instruments, products, roles, severities and amounts, so that Drools cannot share much between
 * them. One hundred rules per file, as analysts would split a big rule set.
 */
public final class GeneratedRules {

  private static final int RULES_PER_FILE = 100;
  private static final String[] INSTRUMENTS = {"EQUITY", "WARRANT", "CONVERTIBLE", "DEBT", "CAPACITY_BACKSTOP", "GUARANTEE"};
  private static final String[] PRODUCTS = {"GPU", "ASIC", "ACCELERATOR", "CLOUD", "DATACENTER", "CAPACITY", "NETWORKING", "MEMORY", "POWER", "SOFTWARE"};
  private static final String[] ROLES = {"CHIP_VENDOR", "AI_LAB", "CLOUD_PROVIDER", "HYPERSCALER", "NEOCLOUD", "INVESTOR", "FOUNDRY", "DATACENTER_DEVELOPER"};
  private static final String[] SEVERITIES = {"INFO", "LOW", "MEDIUM", "HIGH", "CRITICAL"};
  private static final String[] CATEGORIES = {"CIRCULAR_FINANCING", "COMMITMENT_GAP", "CONCENTRATION", "COUNTERPARTY_HEALTH", "SUPPLIER_DIVERSIFICATION", "RIVAL_CHIP"};

  private GeneratedRules() {}

  /** Writes {@code count} rules as {@code generated-NN.drl} files and their {@code thresholds.yaml} into a directory. */
  public static void write(int count, Path directory) throws IOException {
    Files.createDirectories(directory);
    StringBuilder thresholds = new StringBuilder("# Thresholds of the generated benchmark rules.\n");
    Map<String, StringBuilder> files = new LinkedHashMap<>();
    for (int i = 1; i <= count; i++) {
      int file = (i - 1) / RULES_PER_FILE + 1;
      StringBuilder drl = files.computeIfAbsent(String.format("generated-%02d.drl", file), name -> header(file));
      drl.append(rule(i, thresholds));
    }
    for (Map.Entry<String, StringBuilder> file : files.entrySet()) {
      Files.writeString(directory.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
    }
    Files.writeString(directory.resolve("thresholds.yaml"), thresholds, StandardCharsets.UTF_8);
  }

  /** The DRL files alone, by name, for a plain {@code KieBuilder}. */
  public static Map<String, String> drlFiles(Path directory) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    try (var paths = Files.list(directory)) {
      for (Path path : paths.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
        files.put(path.getFileName().toString(), Files.readString(path));
      }
    }
    return files;
  }

  private static StringBuilder header(int file) {
    return new StringBuilder()
        .append("// Generated for the compile benchmark (GeneratedRules): rules in the style of the bundled ones.\n")
        .append("package loopwatch.generated.p").append(String.format("%02d", file)).append(";\n\n")
        .append("""
            import io.loopwatch.facts.Company;
            import io.loopwatch.facts.Instrument;
            import io.loopwatch.facts.Investment;
            import io.loopwatch.facts.Product;
            import io.loopwatch.facts.Role;
            import io.loopwatch.facts.SupplyDeal;
            import io.loopwatch.loops.Loop;
            import io.loopwatch.rules.Alerts;
            import io.loopwatch.rules.Money;
            import io.loopwatch.rules.Thresholds;
            import io.loopwatch.rules.Unit;

            global Thresholds thresholds;

            """);
  }

  private static String rule(int i, StringBuilder thresholds) {
    String id = String.format("gen-%04d", i);
    // Named by kind, as thresholds.yaml requires: a count for rule kind 3, money for the rest.
    String limit = id + (i % 5 == 3 ? "-count" : "-usd");
    String instrument = INSTRUMENTS[i % INSTRUMENTS.length];
    String product = PRODUCTS[(i / 5) % PRODUCTS.length];
    String role = ROLES[(i / 3) % ROLES.length];
    // Amounts from USD 10 M to tens of billions, so some rules fire on generated data and most do not.
    long usd = 10_000_000L * (1L << (i % 12));
    String when;
    String then;
    String description;
    switch (i % 5) {
      case 0 -> {
        thresholds.append(limit).append(": ").append(usd).append('\n');
        description = "A live " + instrument.toLowerCase() + " investment of at least the " + limit + " threshold.";
        when = "    $i : Investment( isLive(), instrument == Instrument." + instrument
            + ", amountUsd >= thresholds.usd(\"" + limit + "\") )\n"
            + "    $investor : Company( id == $i.investor )\n";
        then = ".subjects($investor.id(), $i.investee())\n"
            + "        .message($investor.name() + \" put \" + Money.usd($i.amountUsd()) + \" into \" + $i.investee() + \".\")\n"
            + "        .evidence($i)\n"
            + "        .crossed(\"" + limit + "\", \"the investment\", $i.amountUsd(), thresholds.usd(\"" + limit + "\"), Unit.USD)\n";
      }
      case 1 -> {
        thresholds.append(limit).append(": ").append(usd).append('\n');
        description = "A live purchase of " + product.toLowerCase() + " of at least the " + limit + " threshold.";
        when = "    $d : SupplyDeal( isLive(), product == Product." + product
            + ", amountUsd != null, amountUsd >= thresholds.usd(\"" + limit + "\") )\n"
            + "    $buyer : Company( id == $d.buyer )\n";
        then = ".subjects($buyer.id(), $d.supplier())\n"
            + "        .message($buyer.name() + \" buys \" + Money.usd($d.amountUsd()) + \" from \" + $d.supplier() + \".\")\n"
            + "        .evidence($d)\n"
            + "        .crossed(\"" + limit + "\", \"the purchase\", $d.amountUsd(), thresholds.usd(\"" + limit + "\"), Unit.USD)\n";
      }
      case 2 -> {
        thresholds.append(limit).append(": ").append(usd).append('\n');
        description = "A vendor invests in a customer that buys " + product.toLowerCase() + " from it, the purchase at least " + limit + ".";
        when = "    $d : SupplyDeal( isLive(), product == Product." + product
            + ", amountUsd != null, amountUsd >= thresholds.usd(\"" + limit + "\") )\n"
            + "    $i : Investment( isLive(), investor == $d.supplier, investee == $d.buyer )\n";
        then = ".subjects($d.supplier(), $d.buyer())\n"
            + "        .message($d.supplier() + \" funds its customer \" + $d.buyer() + \".\")\n"
            + "        .evidence($i, $d)\n";
      }
      case 3 -> {
        int deals = 2 + i % 7;
        thresholds.append(limit).append(": ").append(deals).append('\n');
        description = "A company with the role " + role.toLowerCase() + " sells to at least " + limit + " live customers.";
        when = "    $c : Company( roles contains Role." + role + " )\n"
            + "    $n : Number( intValue >= thresholds.count(\"" + limit + "\") ) from accumulate(\n"
            + "        SupplyDeal( supplier == $c.id, isLive() ), count(1) )\n";
        then = ".subjects($c.id())\n"
            + "        .message($c.name() + \" has \" + $n + \" live customers.\")\n"
            + "        .crossed(\"" + limit + "\", \"live customers\", $n, thresholds.count(\"" + limit + "\"), Unit.NUMBER)\n";
      }
      default -> {
        int length = 2 + i % 3;
        thresholds.append(limit).append(": ").append(usd).append('\n');
        description = "A loop of " + length + " companies moving at least the " + limit + " threshold all the way round.";
        when = "    $loop : Loop( length == " + length + ", circulatingUsd() >= thresholds.usd(\"" + limit + "\") )\n";
        then = ".subjects($loop.companies())\n"
            + "        .message(Money.usd($loop.circulatingUsd()) + \" goes round \" + $loop.key() + \".\")\n"
            + "        .evidence($loop)\n";
      }
    }
    return "rule \"" + id + "\"\n"
        + "    @id(\"" + id + "\")\n"
        + "    @category(\"" + CATEGORIES[i % CATEGORIES.length] + "\")\n"
        + "    @severity(\"" + SEVERITIES[i % SEVERITIES.length] + "\")\n"
        + "    @description(\"Generated rule " + i + ": " + description + "\")\n"
        + "when\n" + when
        + "then\n"
        + "    insertLogical(Alerts.raise(kcontext)\n        " + then + "        .build());\n"
        + "end\n\n";
  }
}
