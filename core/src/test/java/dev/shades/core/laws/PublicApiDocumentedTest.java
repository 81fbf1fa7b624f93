package dev.shades.core.laws;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shades.core.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public type in every module's main sources has a Javadoc comment. (Javadoc's own "missing" check is off
 * because it also demands {@code @param} and {@code @return} tags that would only repeat the sentence.)
 */
class PublicApiDocumentedTest {
  private static final Pattern PUBLIC_TYPE = Pattern.compile(
      "^\\s*public\\s+(?:(?:final|abstract|static|sealed|non-sealed)\\s+)*(class|interface|record|enum|@interface)"
          + "\\s+(\\w+)");

  @Test
  void everyPublicTypeHasJavadoc() throws IOException {
    List<String> undocumented = new ArrayList<>();
    Path root = SharedData.repositoryRoot();
    int checked = 0;
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> p.toString().contains("/src/main/java/")).toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          var m = PUBLIC_TYPE.matcher(lines.get(i));
          if (!m.find()) {
            continue;
          }
          checked++;
          // Walk back over annotations (which may span lines) to the comment that should end just above them.
          int j = i - 1;
          while (j >= 0 && !lines.get(j).strip().endsWith("*/") && !endsDeclaration(lines.get(j).strip())) {
            j--;
          }
          if (j < 0 || !lines.get(j).strip().endsWith("*/")) {
            undocumented.add(root.relativize(file) + ":" + (i + 1) + " " + m.group(2));
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(40);
    assertThat(undocumented).isEmpty();
  }

  private static boolean endsDeclaration(String line) {
    return line.isEmpty() || line.endsWith(";") || line.equals("}") || line.equals("{");
  }
}
