package dev.shades.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The options for continuous integration: fail the run when a verdict falls short. */
final class CiOptions {
  @Option(names = "--fail-on", paramLabel = "ID[:LEVEL]", description =
        "Exit 1 when a verdict falls short (repeatable): ID (yes/no: unless passed), ID:TIER (below the "
            + "tier), ID:0.7 (a score below), ID:CATEGORY (below the category, in the definition's order). Tier "
            + "and category names match ignoring case, or by a unique prefix.")
  List<String> failOn = new ArrayList<>();

  @Option(names = "--allow-undetermined", description = "With --fail-on: accept a verdict that hangs on unknown "
      + "facts (by default it fails).")
  boolean allowUndetermined;
}
