package dev.shades.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShowCommandTest {
  private static final Path DIR = Path.of("src/test/resources/show");

  /** What a run printed and returned. */
  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void printsTheReleaseAsShadesUnderstandsIt() throws IOException {
    Run r = run("show", DIR.resolve("release.yaml").toString());
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.err()).isEmpty();
    Path expected = DIR.resolve("release.expected.txt");
    if (Boolean.getBoolean("shades.golden.update")) {
      Files.writeString(expected, r.out(), StandardCharsets.UTF_8);
    }
    assertThat(r.out()).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  @Test
  void invalidInputExitsTwoWithDiagnosticsAndNoStackTrace() {
    Run r = run("show", DIR.resolve("broken.yaml").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("""
        error: src/test/resources/show/broken.yaml:4:3: unknown component kind 'model-weights'; did you mean \
        'model-parameters'? [unknown-component]
            model-weights:
            ^~~~~~~~~~~~~
        """);
  }

  @Test
  void aMissingFileOrDirectoryIsInvalidInput(@TempDir Path dir) {
    Run missing = run("show", dir.resolve("nope.yaml").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.yaml:1:1: no such file [file-unreadable]");
    Run directory = run("show", dir.toString());
    assertThat(directory.exit()).isEqualTo(2);
    assertThat(directory.err()).contains(": no description files (*.yaml, *.yml, *.json) in this directory "
        + "[no-descriptions]");
  }

  @Test
  void readsTheValidFilesAndStillFailsWhenOneIsInvalid() {
    Run r = run("show", DIR.resolve("release.yaml").toString(), DIR.resolve("broken.yaml").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).startsWith("Example LM 7B");
    assertThat(r.err()).contains("[unknown-component]").doesNotContain("\tat ");
  }

  @Test
  void strictModeRefusesAliases() {
    Run r = run("show", "--strict-licenses", DIR.resolve("release.yaml").toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("'Apache 2.0' is not a canonical licence id; write 'Apache-2.0' (strict mode "
        + "refuses aliases) [alias-refused]");
  }

  @Test
  void badOptionsAreInvalidInputWithUsageHint() {
    Run r = run("show", "--no-such-option", "x.yaml");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).startsWith("error: Unknown option: '--no-such-option'");
    Run none = run("show");
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).contains("Missing required parameter");
  }
}
