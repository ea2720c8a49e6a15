package io.loopwatch.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, or "development" when run from classes. */
final class Version implements IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {"loopwatch " + number()};
  }

  String number() {
    String version = Main.class.getPackage().getImplementationVersion();
    return version == null ? "0.0.0-development" : version;
  }
}
