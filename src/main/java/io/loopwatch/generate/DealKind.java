package io.loopwatch.generate;

import static io.loopwatch.generate.Roster.Pool.AI_LABS;
import static io.loopwatch.generate.Roster.Pool.CHIP_VENDORS;
import static io.loopwatch.generate.Roster.Pool.CLOUDS;
import static io.loopwatch.generate.Roster.Pool.COMPUTE_SELLERS;
import static io.loopwatch.generate.Roster.Pool.CUSTOMERS;
import static io.loopwatch.generate.Roster.Pool.DATACENTER_DEVELOPERS;
import static io.loopwatch.generate.Roster.Pool.FOUNDRIES;
import static io.loopwatch.generate.Roster.Pool.HYPERSCALERS;
import static io.loopwatch.generate.Roster.Pool.INVESTORS;
import static io.loopwatch.generate.Roster.Pool.NEOCLOUDS;
import static io.loopwatch.generate.Roster.Pool.NETWORKING_VENDORS;
import static io.loopwatch.generate.Roster.Pool.STARTUPS;
import static io.loopwatch.generate.Roster.Pool.STRATEGIC_INVESTORS;

import io.loopwatch.facts.Instrument;
import io.loopwatch.facts.Product;
import io.loopwatch.generate.Roster.Pool;
import java.util.List;

/**
 * The kinds of background deal, with who pays whom, what for, how much and how often. Most money
 * flows one way, from investors to labs to clouds to vendors to foundries, so chance loops need one
 * of the rarer deals against the flow (a vendor or cloud investing in a customer, a cloud buying a
 * lab's models): the data has loops, but is not trivially dense with them.
 */
enum DealKind {
  VENTURE_INVESTMENT(INVESTORS, STARTUPS, 300, 7.7, List.of(Instrument.EQUITY, Instrument.EQUITY,
      Instrument.EQUITY, Instrument.EQUITY, Instrument.CONVERTIBLE, Instrument.DEBT), List.of()),
  STRATEGIC_INVESTMENT(STRATEGIC_INVESTORS, CUSTOMERS, 40, 8.7, List.of(Instrument.EQUITY, Instrument.EQUITY,
      Instrument.WARRANT, Instrument.CAPACITY_BACKSTOP, Instrument.CONVERTIBLE, Instrument.GUARANTEE,
      Instrument.REVENUE_SHARE), List.of()),
  LAB_BUYS_CLOUD(AI_LABS, COMPUTE_SELLERS, 250, 8.3, List.of(),
      List.of(Product.CLOUD, Product.CLOUD, Product.CAPACITY)),
  CLOUD_BUYS_CHIPS(COMPUTE_SELLERS, CHIP_VENDORS, 150, 8.5, List.of(),
      List.of(Product.GPU, Product.GPU, Product.GPU, Product.ASIC, Product.ACCELERATOR)),
  CLOUD_BUYS_NETWORKING(COMPUTE_SELLERS, NETWORKING_VENDORS, 40, 7.8, List.of(), List.of(Product.NETWORKING)),
  CLOUD_LEASES_DATACENTERS(COMPUTE_SELLERS, DATACENTER_DEVELOPERS, 80, 8.8, List.of(),
      List.of(Product.DATACENTER, Product.DATACENTER, Product.POWER)),
  DATACENTER_BUYS_CHIPS(DATACENTER_DEVELOPERS, CHIP_VENDORS, 20, 8.4, List.of(), List.of(Product.GPU)),
  DATACENTER_BUYS_NETWORKING(DATACENTER_DEVELOPERS, NETWORKING_VENDORS, 10, 7.6, List.of(),
      List.of(Product.NETWORKING)),
  LAB_BUYS_CHIPS(AI_LABS, CHIP_VENDORS, 40, 8.6, List.of(),
      List.of(Product.ASIC, Product.GPU, Product.ACCELERATOR)),
  VENDOR_BUYS_FROM_FOUNDRY(CHIP_VENDORS, FOUNDRIES, 30, 8.5, List.of(), List.of(Product.ASIC, Product.MEMORY)),
  NETWORKING_BUYS_FROM_FOUNDRY(NETWORKING_VENDORS, FOUNDRIES, 10, 8.0, List.of(), List.of(Product.ASIC)),
  HYPERSCALER_BUYS_CAPACITY(HYPERSCALERS, NEOCLOUDS, 20, 9.0, List.of(), List.of(Product.CAPACITY)),
  CLOUD_BUYS_MODELS(CLOUDS, AI_LABS, 10, 7.8, List.of(), List.of(Product.SOFTWARE));

  final Pool payers;
  final Pool payees;
  /** How often, per mille of background deals. */
  final int weight;
  final double log10Median;
  /** Investments: the instruments to draw from (repeats make one likelier); empty for purchases. */
  final List<Instrument> instruments;
  final List<Product> products;

  DealKind(Pool payers, Pool payees, int weight, double log10Median, List<Instrument> instruments,
      List<Product> products) {
    this.payers = payers;
    this.payees = payees;
    this.weight = weight;
    this.log10Median = log10Median;
    this.instruments = instruments;
    this.products = products;
  }

  boolean isInvestment() {
    return !instruments.isEmpty();
  }

  /** Whether this roster can make such a deal between two different companies. */
  boolean possibleIn(Roster roster) {
    int payerCount = roster.poolSize(payers);
    int payeeCount = roster.poolSize(payees);
    return payerCount > 0 && payeeCount > 0
        && (payerCount > 1 || payeeCount > 1 || roster.member(payers, 0) != roster.member(payees, 0));
  }
}
