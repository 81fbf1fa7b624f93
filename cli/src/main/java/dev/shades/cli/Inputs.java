package dev.shades.cli;

import dev.shades.core.model.Release;
import dev.shades.core.read.Descriptions;
import dev.shades.core.read.ReadResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The descriptions a command reads: files as given, directories walked for {@code *.yaml}, {@code *.yml} and
 * {@code *.json} files (sorted). Each is read only when its turn comes, so that memory stays bounded however many
 * there are; an invalid one is reported on standard error with its diagnostics and counted.
 */
final class Inputs {
  private final List<Path> files;
  private final PrintWriter err;
  private int invalid;
  private Runnable beforeReport = () -> { };

  private Inputs(List<Path> files, PrintWriter err, int invalid) {
    this.files = files;
    this.err = err;
    this.invalid = invalid;
  }

  /** The files named or found under the directories named; a missing path is kept (it reads as an error). */
  static Inputs of(List<Path> paths, PrintWriter err) {
    List<Path> out = new ArrayList<>();
    int invalid = 0;
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        int before = out.size();
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(Files::isRegularFile).filter(f -> {
            String n = f.getFileName().toString();
            return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
          }).sorted().forEach(out::add);
        } catch (IOException | java.io.UncheckedIOException e) {
          err.println("error: " + p + ": cannot read the directory: " + e.getMessage() + " [file-unreadable]");
          invalid++;
          continue;
        }
        if (out.size() == before) {
          // An empty or mistyped directory must not pass a CI check by evaluating nothing.
          err.println("error: " + p + ": no description files (*.yaml, *.yml, *.json) in this directory "
              + "[no-descriptions]");
          invalid++;
        }
      } else {
        out.add(p);
      }
    }
    err.flush();
    return new Inputs(out, err, invalid);
  }

  /** Runs before each report of an invalid description (a progress bar erases itself). */
  void beforeReport(Runnable action) {
    beforeReport = action;
  }

  /** The files, in order. */
  List<Path> files() {
    return files;
  }

  /** Reads one description; empty (and reported) when it is invalid. */
  Optional<Release> read(Path file) {
    ReadResult r = Descriptions.read(file);
    if (!r.ok()) {
      invalid++;
      beforeReport.run();
      r.diagnostics().forEach(d -> err.println(d.render()));
      err.flush();
      return Optional.empty();
    }
    return r.release();
  }

  /** How many descriptions were invalid so far. */
  int invalid() {
    return invalid;
  }
}
