package dev.shades.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code shades} command. Exit codes: 0 success; 1 a verdict failed where asked to fail; 2 invalid input
 * (unreadable or malformed files, bad options); 3 an internal error (a defect in Shades).
 */
@Command(
    name = "shades",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Decides how open an AI system is, by any definition of \"open\", and explains why.",
    subcommands = {EvaluateCommand.class, CompareCommand.class, ExplainCommand.class, DiffCommand.class,
        WhyCommand.class, ShowCommand.class, CheckCommand.class, TestCommand.class, FmtCommand.class,
        ConvertCommand.class, LicensesCommand.class, DefinitionsCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  /** Success. */
  public static final int OK = 0;
  /** A verdict failed where the user asked to fail. */
  public static final int FAILED = 1;
  /** Invalid input. */
  public static final int INVALID = 2;
  /** A defect in Shades. */
  public static final int INTERNAL = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the command and exits with its code. */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command with the given streams and returns its exit code (for tests and embedding). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> INTERNAL);
    cli.setParameterExceptionHandler((e, a) -> {
      err.println("error: " + e.getMessage());
      err.println("Run 'shades " + String.join(" ", e.getCommandLine().getCommandName()).replace("shades", "")
          .strip() + " --help' for usage.");
      return INVALID;
    });
    cli.setExecutionExceptionHandler((e, c, r) -> {
      err.println("internal error: " + e + " (this is a defect in Shades; please report it)");
      return INTERNAL;
    });
    try {
      return cli.execute(args);
    } catch (StackOverflowError | OutOfMemoryError e) {
      err.println("internal error: " + e + " (this is a defect in Shades; please report it)");
      return INTERNAL;
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** The version from the jar's manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"shades " + (v == null ? "(development build)" : v)};
    }
  }
}
