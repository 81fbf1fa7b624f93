package dev.shades.cli;

import dev.shades.core.diagnostic.Diagnostic;
import dev.shades.dsl.Builtins;
import dev.shades.dsl.compile.CompileResult;
import dev.shades.dsl.compile.PolicyCompiler;
import dev.shades.dsl.testing.PolicyTestRunner;
import dev.shades.dsl.testing.TestResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code shades test POLICY...}: runs the test blocks of policy files. */
@Command(
    name = "test",
    header = "Runs the test blocks of policy files.",
    mixinStandardHelpOptions = true,
    description =
        "Runs the test blocks of policy files and prints a summary line 'N passed, N failed'. Exit 0 when "
            + "all passed, 1 when some failed, 2 when a policy file is invalid.")
final class TestCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "POLICY", description = "Policy files (.shade).")
  List<Path> files = new ArrayList<>();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PolicyCompiler compiler = Builtins.compiler();
    PolicyTestRunner runner = new PolicyTestRunner();
    int passed = 0;
    int failed = 0;
    boolean invalid = false;
    for (Path file : files) {
      CompileResult r = compiler.compile(file);
      if (!r.ok()) {
        invalid = true;
        r.diagnostics().stream().filter(Diagnostic::isError).forEach(d -> err.println(d.render()));
        continue;
      }
      for (TestResult t : runner.run(r.definitions())) {
        out.println(t.describe());
        if (t.passed()) {
          passed++;
        } else {
          failed++;
        }
      }
    }
    out.println(passed + " passed, " + failed + " failed");
    out.flush();
    err.flush();
    return invalid ? Main.INVALID : failed > 0 ? Main.FAILED : Main.OK;
  }
}
