package dev.shades.core.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the conformance data in {@code ../shared/data} beside the repository. Tests that need it skip, with the
 * reason printed, when it is absent (so that users outside this repository can still build), except under CI,
 * where its absence fails the test.
 */
public final class SharedData {
  private SharedData() {}

  /** The repository root, from the {@code shades.root} property the parent POM sets. */
  public static Path repositoryRoot() {
    String root = System.getProperty("shades.root");
    return root == null ? Path.of("..").toAbsolutePath().normalize() : Path.of(root);
  }

  /** A folder under the shared data, or the test is skipped when the data is absent. */
  public static Path folder(String relative) {
    String configured = System.getProperty("shades.shared.data");
    Path base = configured == null ? repositoryRoot().resolve("../shared/data") : Path.of(configured);
    Path folder = base.resolve(relative).normalize();
    boolean present = Files.isDirectory(folder);
    if (!present) {
      String reason = "skipped: conformance data not found at " + folder;
      if (System.getenv("CI") != null) {
        throw new AssertionError(reason + " (CI is set, so the data must be present)");
      }
      System.out.println(reason);
    }
    assumeTrue(present, "conformance data not found at " + folder);
    return folder;
  }
}
