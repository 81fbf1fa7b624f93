package dev.shades.cli;

import dev.shades.core.model.Release;
import dev.shades.core.read.Descriptions;
import dev.shades.core.read.ReadResult;
import dev.shades.formats.shades.DescriptionWriter;
import dev.shades.formats.shades.WriteResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code shades convert --to shades FILE...}: descriptions of any readable format in Shades' own format. */
@Command(
    name = "convert",
    header = "Converts descriptions to Shades' own format, noting what it cannot hold.",
    mixinStandardHelpOptions = true,
    description =
        "Converts descriptions to Shades' own description format. Reads every format Shades reads (Model "
            + "Openness Tool, European Open Source AI Index, Opening up ChatGPT, Shades' own) and loses nothing "
            + "the format can hold; what it cannot hold is a note on stderr and a comment atop the output. "
            + "Licence text that is not an SPDX expression is written as its canonical id when it is a known "
            + "alias ('Apache 2.0' as Apache-2.0), else as a LicenseRef- made of the text. One FILE without "
            + "--output-dir is printed; with --output-dir DIR each FILE is written to DIR/NAME.yaml (never over "
            + "an input). Directories are read for *.yaml, *.yml and *.json files. Exit 0 when every file was "
            + "converted, 2 when any is invalid or unwritable.")
final class ConvertCommand implements Callable<Integer> {
  /** The formats descriptions can be converted to. */
  static final List<String> TARGETS = List.of("shades");

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Description files or directories.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--to", required = true, paramLabel = "FORMAT", description = "The format to write: shades.")
  String target;

  @Option(names = "--output-dir", paramLabel = "DIR", description = "Write each converted file into DIR "
      + "(created if needed) as the input's name with the extension .yaml.")
  Optional<Path> outputDir = Optional.empty();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!TARGETS.contains(target)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "cannot convert to '" + target
          + "'; supported: " + String.join(", ", TARGETS));
    }
    // A directory that cannot be listed, or has no descriptions, is reported by Inputs and is invalid input.
    Inputs found = Inputs.of(files, err);
    if (found.invalid() > 0) {
      return Main.INVALID;
    }
    List<Path> inputs = found.files();
    if (outputDir.isEmpty() && inputs.size() > 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), inputs.size() + " files to convert; give "
          + "--output-dir DIR to write them into");
    }
    Map<Path, Path> targets = new LinkedHashMap<>();
    if (outputDir.isPresent()) {
      Optional<String> problem = plan(inputs, outputDir.get(), targets);
      if (problem.isPresent()) {
        err.println("error: " + problem.get());
        err.flush();
        return Main.INVALID;
      }
    }

    DescriptionWriter writer = DescriptionWriter.create();
    boolean invalid = false;
    for (Path input : inputs) {
      ReadResult read = Descriptions.read(input);
      read.diagnostics().forEach(d -> err.println(d.render()));
      if (!read.ok()) {
        invalid = true;
        continue;
      }
      Release release = read.release().get();
      WriteResult written = writer.write(release);
      for (WriteResult.Omission o : written.omissions()) {
        err.println("note: " + input + ": " + o.describe() + " [not-converted]");
      }
      Path target = targets.get(input);
      if (target == null) {
        out.print(written.text());
        continue;
      }
      try {
        Files.createDirectories(target.getParent());
        AtomicFiles.write(target, written.text().getBytes(StandardCharsets.UTF_8));
      } catch (IOException | SecurityException e) {
        invalid = true;
        err.println("error: " + target + ": cannot write the file: " + e.getMessage());
        continue;
      }
      out.println(input + " -> " + target);
      warnOfBaseFile(release, target, targets, err);
    }
    out.flush();
    err.flush();
    return invalid ? Main.INVALID : Main.OK;
  }

  /**
   * The output of each input in the directory; a problem when two inputs would be written to one file, or an output
   * would replace an input.
   */
  private static Optional<String> plan(List<Path> inputs, Path dir, Map<Path, Path> targets) {
    Set<Path> inputPaths = new HashSet<>();
    inputs.forEach(i -> inputPaths.add(i.toAbsolutePath().normalize()));
    Map<Path, Path> byTarget = new LinkedHashMap<>();
    for (Path input : inputs) {
      Path target;
      try {
        target = dir.resolve(baseName(input) + ".yaml");
      } catch (InvalidPathException e) {
        return Optional.of(dir + ": not a valid path: " + e.getMessage());
      }
      Path key = target.toAbsolutePath().normalize();
      Path other = byTarget.put(key, input);
      if (other != null) {
        return Optional.of(other + " and " + input + " would both be written to " + target
            + "; convert them into different directories");
      }
      if (inputPaths.contains(key) || inputs.stream().anyMatch(i -> sameFile(i, target))) {
        return Optional.of(target + " is one of the files to convert; refusing to overwrite it (choose another "
            + "--output-dir)");
      }
      targets.put(input, target);
    }
    return Optional.empty();
  }

  private static String baseName(Path file) {
    String name = String.valueOf(file.getFileName());
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException | SecurityException e) {
      return false;
    }
  }

  /** A base written as a reference to its own file must find that file beside the output too. */
  private static void warnOfBaseFile(Release release, Path target, Map<Path, Path> targets, PrintWriter err) {
    Optional<String> file = release.base().flatMap(b -> b.file());
    if (file.isEmpty()) {
      return;
    }
    try {
      Path wanted = target.getParent().resolve(file.get()).toAbsolutePath().normalize();
      boolean converted = targets.values().stream().anyMatch(t -> t.toAbsolutePath().normalize().equals(wanted));
      if (!converted && !Files.exists(wanted)) {
        err.println("warning: " + target + ": the base release is the separate description '" + file.get()
            + "', which is not beside the output; convert it into the same directory or copy it there "
            + "[base-not-beside]");
      }
    } catch (InvalidPathException e) {
      err.println("warning: " + target + ": the base description '" + file.get() + "' is not a valid path "
          + "[base-not-beside]");
    }
  }
}
