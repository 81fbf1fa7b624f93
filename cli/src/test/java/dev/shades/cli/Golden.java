package dev.shades.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: expected outputs kept beside the tests. {@code -Dshades.updateGoldens=true} (or the project's
 * older {@code -Dshades.golden.update=true}) rewrites them from the actual output; review the diff.
 */
final class Golden {
  private Golden() {}

  static boolean updating() {
    return Boolean.getBoolean("shades.updateGoldens") || Boolean.getBoolean("shades.golden.update");
  }

  /** Asserts that the text is the golden file's content, after rewriting the file when updating. */
  static void check(Path golden, String actual) throws IOException {
    if (updating()) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(golden)).as(golden + " exists (run with -Dshades.updateGoldens=true to create it)")
        .isTrue();
    assertThat(actual).as("output against " + golden).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
