package dev.shades.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;

/** What holds for every command: --help works, and a mistyped option is a usage error (exit 2), not a crash. */
class EveryCommandTest {
  private static List<String> commands() {
    return new CommandLine(new Main()).getSubcommands().keySet().stream().filter(c -> !c.equals("help")).toList();
  }

  @TestFactory
  List<DynamicTest> helpDescribesEachCommand() {
    return commands().stream().map(c -> DynamicTest.dynamicTest(c, () -> {
      ShowCommandTest.Run r = ShowCommandTest.run(c, "--help");
      assertThat(r.exit()).isZero();
      assertThat(r.out()).contains("Usage: shades " + c).contains("-h, --help");
      assertThat(r.err()).isEmpty();
    })).toList();
  }

  @TestFactory
  List<DynamicTest> anUnknownOptionIsAUsageError() {
    return commands().stream().map(c -> DynamicTest.dynamicTest(c, () -> {
      ShowCommandTest.Run r = c.equals("convert") ? ShowCommandTest.run(c, "--to", "shades", "--no-such-option", "x")
          : ShowCommandTest.run(c, "--no-such-option", "x", "y");
      assertThat(r.exit()).isEqualTo(2);
      assertThat(r.err()).startsWith("error: Unknown option").contains("'--no-such-option'")
          .contains("Run 'shades " + c + " --help' for usage.").doesNotContain("\tat ");
      assertThat(r.out()).isEmpty();
    })).toList();
  }

  @TestFactory
  List<DynamicTest> missingArgumentsAreAUsageError() {
    return commands().stream().filter(c -> !List.of("licenses", "definitions").contains(c))
        .map(c -> DynamicTest.dynamicTest(c, () -> {
          ShowCommandTest.Run r = ShowCommandTest.run(c);
          assertThat(r.exit()).isEqualTo(2);
          assertThat(r.err()).startsWith("error: Missing required").doesNotContain("\tat ");
        })).toList();
  }
}
