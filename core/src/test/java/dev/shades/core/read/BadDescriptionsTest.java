package dev.shades.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shades.core.diagnostic.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One folder per case under {@code src/test/resources/descriptions/bad}: a {@code description.yaml} and the exact
 * diagnostics it must produce in {@code expected.txt} (rendered: headline, source line, caret). Run with
 * {@code -Dshades.golden.update=true} to rewrite the expected files after a deliberate change, then review the diff.
 */
class BadDescriptionsTest {
  private static final Path CASES = Path.of("src/test/resources/descriptions/bad");

  @TestFactory
  Stream<DynamicTest> everyBadDescriptionGivesItsExactDiagnostics() throws IOException {
    List<Path> cases;
    try (Stream<Path> s = Files.list(CASES)) {
      cases = s.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(cases).hasSizeGreaterThanOrEqualTo(25);
    return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
      ReadResult result = Descriptions.read(dir.resolve("description.yaml"));
      String actual = Diagnostics.render(result.diagnostics()) + "\n";
      Path expected = dir.resolve("expected.txt");
      if (Boolean.getBoolean("shades.golden.update")) {
        Files.writeString(expected, actual, StandardCharsets.UTF_8);
      }
      assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
      boolean warningOnly = dir.getFileName().toString().endsWith("-is-a-warning");
      assertThat(result.ok()).as("reads without errors").isEqualTo(warningOnly);
      assertThat(result.diagnostics()).isNotEmpty();
    }));
  }
}
