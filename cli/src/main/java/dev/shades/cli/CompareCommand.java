package dev.shades.cli;

import dev.shades.core.definition.Definition;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code shades compare}: the matrix of releases × definitions. */
@Command(
    name = "compare",
    header = "Prints the matrix of releases × definitions (text, Markdown, HTML, JSON) and badges.",
    mixinStandardHelpOptions = true,
    description =
        "Prints the matrix of releases × definitions, one cell per verdict: passed, failed or "
            + "undetermined; the tier reached; the score; the category. As text (coloured on a terminal), "
            + "Markdown (a table for an issue or a model card), HTML (one self-contained page: a heat map, "
            + "filters, and per cell every requirement with its evidence and the path to the next verdict), or "
            + "JSON. Optionally writes an SVG badge per cell.")
final class CompareCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Description files or directories.")
  List<Path> files = new ArrayList<>();

  @Mixin DefinitionOptions definitions;

  @Option(names = "--format", defaultValue = "text", description = "text, markdown, html, json or jsonl (one row "
      + "per line).")
  String format;

  @Option(names = "--sort", paramLabel = "COLUMN", description = "Sort the rows by release, producer, source or a "
      + "definition id (most open first with --desc). Equal scores go by file name in the same direction, as the "
      + "European Open Source AI Index ranks them; other ties keep input order. Default: input order.")
  Optional<String> sort;

  @Option(names = "--desc", description = "Sort in descending order.")
  boolean descending;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to this file instead of "
      + "standard output.")
  Optional<Path> output;

  @Option(names = "--badges", paramLabel = "DIR", description = "Also write an SVG badge per release and definition: "
      + "DIR/<description file name>/<definition id>.svg.")
  Optional<Path> badges;

  @Option(names = "--no-color", description = "No colour in text output (it is coloured only on a terminal).")
  boolean noColour;

  @Mixin CiOptions ci;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    return run(spec, files, definitions, format, sort, descending, output, badges, noColour, ci,
        List.of("text", "markdown", "html", "json", "jsonl"));
  }

  /** What went wrong, in words: the JDK's file exceptions carry only the path as their message. */
  static String why(Exception e) {
    Throwable t = e instanceof java.io.UncheckedIOException u ? u.getCause() : e;
    if (t instanceof java.nio.file.FileAlreadyExistsException f) {
      return f.getFile() + " exists and is not a directory";
    }
    if (t instanceof java.nio.file.AccessDeniedException a) {
      return "permission denied: " + a.getFile();
    }
    if (t instanceof java.nio.file.NoSuchFileException n) {
      return "no such file or directory: " + n.getFile();
    }
    if (t instanceof java.nio.file.FileSystemException f) {
      return f.getFile() + (f.getReason() == null ? "" : ": " + f.getReason());
    }
    return String.valueOf(t.getMessage());
  }

  /** Runs a report over the batch; shared with {@code evaluate --format markdown|html}. */
  static int run(CommandLine.Model.CommandSpec spec, List<Path> files, DefinitionOptions definitions, String format,
      Optional<String> sort, boolean descending, Optional<Path> output, Optional<Path> badges, boolean noColour,
      CiOptions ci, List<String> formats) throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Formats.require(spec, format, formats.toArray(String[]::new));
    Optional<List<Definition>> selected = definitions.select(err);
    if (selected.isEmpty()) {
      return Main.INVALID;
    }
    List<String> columns = ReportSink.columns(selected.get());
    if (sort.isPresent() && !columns.contains(sort.get())) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--sort " + sort.get() + ": no such column"
          + DefinitionOptions.hint(sort.get(), columns) + " (columns: " + String.join(", ", columns) + ")");
    }
    Optional<List<FailOn>> failOn = Batch.failOn(ci.failOn, selected.get(), err);
    if (failOn.isEmpty()) {
      return Main.INVALID;
    }
    try {
      if (badges.isPresent()) {
        Files.createDirectories(badges.get());
      }
      Inputs inputs = Inputs.of(files, err);
      if (output.isEmpty()) {
        PrintWriter out = spec.commandLine().getOut();
        return Batch.run(inputs, selected.get(), new ReportSink(format, out, selected.get(), sort, descending,
            Terminal.colour(noColour), badges, inputs.files().size()), failOn.get(), ci.allowUndetermined, err);
      }
      if (Files.isDirectory(output.get())) {
        err.println("error: " + output.get() + ": is a directory; -o names the report file to write "
            + "[output-failed]");
        return Main.INVALID;
      }
      Files.createDirectories(output.get().toAbsolutePath().getParent());
      // Written beside the target and moved over it only when complete: a run that fails leaves the old report.
      int[] exit = new int[1];
      AtomicFiles.write(output.get(), stream -> {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        exit[0] = Batch.run(inputs, selected.get(), new ReportSink(format, out, selected.get(), sort, descending,
            false, badges, inputs.files().size()), failOn.get(), ci.allowUndetermined, err);
        out.flush();
        if (out.checkError()) {
          throw new IOException("the report could not be written");
        }
      });
      return exit[0];
    } catch (IOException | java.io.UncheckedIOException e) {
      err.println("error: cannot write " + output.map(Path::toString).or(() -> badges.map(Path::toString))
          .orElse("the output") + ": " + why(e) + " [output-failed]");
      err.flush();
      return Main.INVALID;
    }
  }
}
