package dev.shades.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shades.core.license.LicenseKnowledge;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LicensesCommandTest {
  private static final Path DIR = Path.of("src/test/resources/licenses");

  private static ShowCommandTest.Run ok(String... args) {
    ShowCommandTest.Run r = ShowCommandTest.run(args);
    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isEqualTo(0);
    return r;
  }

  @Test
  void listsEveryLicenceWithTraits() throws IOException {
    ShowCommandTest.Run r = ok("licenses");
    Golden.check(DIR.resolve("list.expected.txt"), r.out());
    long withTraits = LicenseKnowledge.standard().licenses().stream().filter(i -> i.traits().isPresent()).count();
    assertThat(r.out().lines().count()).isEqualTo(withTraits + 2);
    assertThat(r.out()).contains(withTraits + " licences with traits");
  }

  @Test
  void listsAsJson() throws IOException {
    ShowCommandTest.Run r = ok("licenses", "--format", "json");
    Golden.check(DIR.resolve("list.expected.json"), r.out());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("licenses").size()).isEqualTo(json.get("count").asInt());
  }

  @Test
  void showsALicence() throws IOException {
    Golden.check(DIR.resolve("llama-3.1.expected.txt"), ok("licenses",
        "LicenseRef-scancode-llama-3.1-license-2024").out());
    Golden.check(DIR.resolve("gpl-2.0.expected.txt"), ok("licenses", "GPL-2.0").out());
    Golden.check(DIR.resolve("cc-by-nc-4.0.expected.json"), ok("licenses", "--format", "json", "CC-BY-NC-4.0")
        .out());
  }

  @Test
  void anAliasShowsTheLicenceItStandsFor() throws IOException {
    Golden.check(DIR.resolve("apache-2.0-alias.expected.txt"), ok("licenses", "Apache 2.0").out());
    // The words of an unquoted alias are read as one.
    assertThat(ok("licenses", "Apache", "2.0").out()).isEqualTo(ok("licenses", "Apache 2.0").out());
    assertThat(ok("licenses", "llama3.1").out()).startsWith("""
        LicenseRef-scancode-llama-3.1-license-2024: Llama 3.1 Community License Agreement
          'llama3.1' is an alias of LicenseRef-scancode-llama-3.1-license-2024;""");
    assertThat(ok("licenses", "mit").out()).startsWith("MIT: MIT License\n  'mit' is an alias of MIT;");
    assertThat(ok("licenses", "other").out()).startsWith("other: a spelling Shades knows that names no particular "
        + "licence");
  }

  @Test
  void anExpressionIsJudgedTermByTermAndAsAWhole() throws IOException {
    Golden.check(DIR.resolve("or.expected.txt"), ok("licenses", "MIT OR CC-BY-NC-4.0").out());
    Golden.check(DIR.resolve("with.expected.txt"), ok("licenses", "GPL-2.0-only WITH Classpath-exception-2.0")
        .out());
    Golden.check(DIR.resolve("and.expected.json"), ok("licenses", "--format", "json",
        "Apache-2.0 AND LicenseRef-scancode-llama-3.1-license-2024").out());
    assertThat(ok("licenses", "apache-2.0 or mit").out()).startsWith("Apache-2.0 OR MIT: an SPDX licence "
        + "expression\n  read as Apache-2.0 OR MIT (aliases and letter case made canonical)\n");
  }

  @Test
  void exceptionsAndNoneAreExplained() {
    assertThat(ok("licenses", "Classpath-exception-2.0").out())
        .startsWith("Classpath-exception-2.0: an SPDX licence exception, written after WITH");
    assertThat(ok("licenses", "none").out()).startsWith("none: in a description, the component was released "
        + "without any licence");
  }

  @Test
  void anUnknownLicenceIsInvalidInputWithAHint() {
    ShowCommandTest.Run r = ShowCommandTest.run("licenses", "Apache-2.1");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("error: unknown licence 'Apache-2.1'; did you mean 'Apache-1.1'?\n");
    assertThat(ShowCommandTest.run("licenses", "Foo").err()).isEqualTo("error: unknown licence 'Foo'\n");
    ShowCommandTest.Run inside = ShowCommandTest.run("licenses", "MIT OR Apache-2.1");
    assertThat(inside.exit()).isEqualTo(2);
    assertThat(inside.err()).isEqualTo("""
        error: at column 8: unknown licence 'Apache-2.1'; did you mean 'Apache-1.1'? (licences not on the SPDX list \
        are written LicenseRef-…)
          MIT OR Apache-2.1
                 ^~~~~~~~~~
        """);
  }

  @Test
  void aMalformedExpressionPointsAtTheColumn() {
    ShowCommandTest.Run r = ShowCommandTest.run("licenses", "MIT OR (Apache-2.0");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("error: at column ").contains("malformed licence expression 'MIT OR (Apache-2.0'")
        .contains("\n  MIT OR (Apache-2.0\n  ").doesNotContain("\tat ");
    ShowCommandTest.Run dangling = ShowCommandTest.run("licenses", "MIT OR");
    assertThat(dangling.err()).isEqualTo("""
        error: at column 7: malformed licence expression 'MIT OR': expected a licence id, found the end of the \
        expression
          MIT OR
                ^
        """);
  }

  @Test
  void badOptionsAndHelp() {
    ShowCommandTest.Run r = ShowCommandTest.run("licenses", "--format", "xml");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: --format must be text or json, not 'xml'");
    assertThat(ok("licenses", "--help").out()).contains("Usage: shades licenses [-hV] [--format=<format>] "
        + "[ID|ALIAS|EXPRESSION...]");
  }
}
