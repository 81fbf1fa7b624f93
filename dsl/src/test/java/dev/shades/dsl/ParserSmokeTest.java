package dev.shades.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shades.core.diagnostic.Diagnostics;
import dev.shades.core.diagnostic.SourceText;
import dev.shades.dsl.parser.PolicyParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ParserSmokeTest {
  @Test
  void parsesTheSample() throws Exception {
    String text = Files.readString(Path.of("src/test/resources/sample.shade"));
    PolicyParser.Result r = PolicyParser.create().parse(SourceText.of("sample.shade", text));
    assertThat(r.diagnostics()).as(Diagnostics.render(r.diagnostics())).isEmpty();
    assertThat(r.file()).isPresent();
    System.out.println(r.file().get().items().size() + " items");
  }
}
