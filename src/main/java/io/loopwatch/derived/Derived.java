package io.loopwatch.derived;

/**
 * A fact the engine derives and inserts for the rules. Its key names what it is about (a
 * company, a pair of companies, a deal), so that a change replaces it rather than adding another.
 */
public sealed interface Derived
    permits Superseded, Spend, Sales, FundedCustomer, CustomerFunding, CustomerGroup, ChipHubCustomer, ChipHubMembers,
        LoopMember, ChipRivals, Subject {

  /** Unique among the derived facts: the kind, then what it is about. */
  String key();
}
