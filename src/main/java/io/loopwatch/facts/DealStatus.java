package io.loopwatch.facts;

/**
 * How far a deal has come, from rumour to money moved. Only the later stages bind anyone, so rules
 * weigh links by {@link #bindingWeight()} rather than treating every announcement as real.
 */
public enum DealStatus implements Labeled {
  RUMORED(0.10),
  REPORTED(0.25),
  LOI(0.40),
  TERM_SHEET(0.60),
  SIGNED(0.90),
  CLOSED(1.00),
  CANCELLED(0.00);

  private final double bindingWeight;

  DealStatus(double bindingWeight) {
    this.bindingWeight = bindingWeight;
  }

  /** Signed or closed: the parties are legally committed. */
  public boolean isBinding() {
    return this == SIGNED || this == CLOSED;
  }

  /** Anything not cancelled still counts as a link between companies. */
  public boolean isLive() {
    return this != CANCELLED;
  }

  /** Announced but not yet binding: a pledge that can still shrink or vanish. */
  public boolean isPledge() {
    return isLive() && !isBinding();
  }

  /** 0 for cancelled, 1 for closed; how much weight a link of this status deserves. */
  public double bindingWeight() {
    return bindingWeight;
  }
}
