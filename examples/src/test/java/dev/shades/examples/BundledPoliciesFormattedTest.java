package dev.shades.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shades.core.diagnostic.SourceText;
import dev.shades.dsl.format.PolicyFormatter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every bundled policy file (the built-in definitions and the example policies) is already in the canonical layout:
 * {@code shades fmt --check} passes on it, so formatting it changes nothing. When this fails, run {@code shades fmt}
 * on the file (and regenerate the goldens holding the built-ins' source hashes).
 */
class BundledPoliciesFormattedTest {
  static final Path BUILTINS = Path.of("..", "dsl", "src", "main", "resources", "dev", "shades", "dsl", "builtin");

  private static List<Path> files() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path dir : List.of(BUILTINS, PolicyExamplesTest.POLICIES)) {
      try (Stream<Path> s = Files.list(dir)) {
        s.filter(p -> p.toString().endsWith(".shade")).sorted().forEach(files::add);
      }
    }
    return files;
  }

  @Test
  void theFilesAreFound() throws IOException {
    List<String> names = files().stream().map(p -> p.getFileName().toString()).toList();
    List<String> index = Files.readAllLines(BUILTINS.resolve("INDEX")).stream()
        .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    assertThat(names).containsAll(index).contains("procurement.shade", "strict-osaid.shade", "our-score.shade");
  }

  @TestFactory
  Stream<DynamicTest> everyBundledPolicyIsFormatted() throws IOException {
    return files().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
      String text = Files.readString(f);
      assertThat(PolicyFormatter.format(SourceText.of(f.toString(), text)))
          .as("%s is not formatted: run 'shades fmt %s'", f, f).contains(text);
    }));
  }
}
