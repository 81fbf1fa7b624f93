package dev.shades.cli;

import dev.shades.core.diagnostic.Diagnostic;
import dev.shades.dsl.Builtins;
import dev.shades.dsl.compile.CompileResult;
import dev.shades.dsl.compile.PolicyCompiler;
import dev.shades.formats.json.DiagnosticsJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code shades check POLICY...}: static checks of policy files, before any evaluation. */
@Command(
    name = "check",
    header = "Checks policy files without evaluating anything.",
    mixinStandardHelpOptions = true,
    description =
        "Checks policy files without evaluating anything: syntax, names (with 'did you mean' hints), "
            + "types, imports and extends, requirements that can never hold, tiers that can never be reached. "
            + "Exit 0 when there are no errors (warnings allowed), 2 when there are errors.")
final class CheckCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "POLICY", description = "Policy files (.shade).")
  List<Path> files = new ArrayList<>();

  @Option(names = "--format", defaultValue = "text", description = "text or json (for editors and CI).")
  String format;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Formats.require(spec, format, "text", "json");
    PolicyCompiler compiler = Builtins.compiler();
    List<Diagnostic> all = new ArrayList<>();
    int definitions = 0;
    for (Path file : files) {
      CompileResult r = compiler.compile(file);
      all.addAll(r.diagnostics());
      definitions += r.definitions().size();
    }
    boolean errors = all.stream().anyMatch(Diagnostic::isError);
    if (format.equals("json")) {
      out.println(DiagnosticsJson.toJson(all));
    } else {
      all.forEach(d -> out.println(d.render()));
      long errorCount = all.stream().filter(Diagnostic::isError).count();
      out.println(errors ? errorCount + " error" + (errorCount == 1 ? "" : "s") + " in " + files.size() + " file"
          + (files.size() == 1 ? "" : "s")
          : "ok: " + definitions + " definition" + (definitions == 1 ? "" : "s") + " in " + files.size() + " file"
              + (files.size() == 1 ? "" : "s"));
    }
    out.flush();
    return errors ? Main.INVALID : Main.OK;
  }
}
