package io.loopwatch.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.loopwatch.stress.CompanyStress;
import io.loopwatch.stress.StressResult;
import io.loopwatch.stress.SweepResult;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** A stress test or a sweep for scripts: amounts in whole dollars, shares to six decimals. */
public final class StressJsonReport {
  private StressJsonReport() {}

  public static void write(StressResult result, PrintWriter out) {
    ObjectNode root = JsonOutput.object();
    root.put("asOf", result.asOf().toString());
    root.put("model", result.model().word());
    root.put("scenario", result.scenario());
    ArrayNode shocks = root.putArray("shocks");
    result.shocks().forEach(shocks::add);
    root.put("horizonYears", result.rule().horizonYears());
    root.put("systemicImpact", share(result.systemicImpact()));
    root.put("totalLossUsd", usd(result.totalLossUsd()));
    root.put("defaults", result.defaults());
    root.put("rounds", result.rounds());
    ArrayNode companies = root.putArray("companies");
    for (CompanyStress company : result.companies()) {
      ObjectNode node = companies.addObject();
      node.put("company", company.company());
      node.put("name", company.name());
      node.put("shocked", company.shocked());
      node.put("lossUsd", usd(company.lossUsd()));
      if (company.hasRevenue()) {
        node.put("revenueUsd", usd(company.revenueUsd()));
        node.put("lossToRevenue", share(company.lossToRevenue()));
      }
      if (company.distressMeasured()) {
        node.put("distress", share(company.distress()));
      } else {
        node.putNull("distress"); // no revenue on file to measure it against
      }
      node.put("defaulted", company.defaulted());
      if (company.defaulted()) {
        node.put("defaultRound", company.defaultRound());
      }
      node.put("owesUsd", usd(company.owesUsd()));
      node.put("shortfallUsd", usd(company.shortfallUsd()));
      node.put("forgoneUsd", usd(company.forgoneUsd()));
      ArrayNode path = node.putArray("path");
      company.path().forEach(path::add);
    }
    JsonOutput.write(root, out);
  }

  public static void write(SweepResult sweep, PrintWriter out) {
    ObjectNode root = JsonOutput.object();
    root.put("asOf", sweep.asOf().toString());
    root.put("model", sweep.model().word());
    root.put("shock", sweep.shock());
    ArrayNode ranking = root.putArray("ranking");
    for (SweepResult.Entry entry : sweep.ranking()) {
      ObjectNode node = ranking.addObject();
      node.put("company", entry.company());
      node.put("name", entry.name());
      node.put("systemicImpact", share(entry.systemicImpact()));
      node.put("totalLossUsd", usd(entry.totalLossUsd()));
      node.put("companiesHurt", entry.companiesHurt());
      node.put("defaults", entry.defaults());
      if (entry.mostHurt() != null) {
        node.put("mostHurt", entry.mostHurt());
      }
    }
    JsonOutput.write(root, out);
  }

  private static BigDecimal usd(double amount) {
    return BigDecimal.valueOf(amount).setScale(0, RoundingMode.HALF_UP);
  }

  private static BigDecimal share(double value) {
    return BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP);
  }
}
