package dev.shades.cli;

import java.util.List;
import picocli.CommandLine;

/** The check every command makes of its {@code --format} option. */
final class Formats {
  private Formats() {}

  /** Throws a usage error (exit 2) unless the format is one of those allowed. */
  static void require(CommandLine.Model.CommandSpec spec, String format, String... allowed) {
    if (!List.of(allowed).contains(format)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format must be "
          + String.join(", ", List.of(allowed).subList(0, allowed.length - 1)) + " or " + allowed[allowed.length - 1]
          + ", not '" + format + "'");
    }
  }

  /**
   * The exit code once the output is written: {@code code}, or 2 with a message when the output could not be written
   * (a full disk, a closed pipe).
   */
  static int written(java.io.PrintWriter out, java.io.PrintWriter err, int code) {
    if (out.checkError()) {
      err.println("error: the output could not be written (a full disk, a closed pipe?) [output-failed]");
      err.flush();
      return Main.INVALID;
    }
    return code;
  }
}
