package dev.shades.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** ANTLR types never leave the parser package: no other source file of the module mentions them. */
class AntlrStaysInsideTest {
  @Test
  void onlyTheParserPackageUsesAntlr() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      List<Path> offenders = files.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> !p.toString().contains("/dsl/parser/"))
          .filter(p -> {
            try {
              return Files.readString(p).contains("org.antlr");
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          })
          .toList();
      assertThat(offenders).isEmpty();
    }
  }
}
