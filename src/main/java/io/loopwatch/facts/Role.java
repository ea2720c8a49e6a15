package io.loopwatch.facts;

/** What a company does in the AI supply chain; a company may have several roles. */
public enum Role implements Labeled {
  CHIP_VENDOR,
  AI_LAB,
  CLOUD_PROVIDER,
  HYPERSCALER,
  NEOCLOUD,
  INVESTOR,
  FOUNDRY,
  DATACENTER_DEVELOPER,
  NETWORKING_VENDOR
}
