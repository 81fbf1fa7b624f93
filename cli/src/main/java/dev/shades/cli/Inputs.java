package dev.shades.cli;

import dev.shades.core.model.Release;
import dev.shades.core.read.Descriptions;
import dev.shades.core.read.ReadResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The descriptions a command reads: files as given, directories walked for {@code *.yaml}, {@code *.yml} and
 * {@code *.json} files (sorted). Each is read only when its turn comes, so that memory stays bounded however many
 * there are; an invalid one is reported on standard error with its diagnostics and counted.
 *
 * <p>A directory is often a clone of a catalogue's repository, with files beside the descriptions that are not
 * descriptions (a parameter registry, CI workflows, metadata). So a walk leaves out hidden files and directories
 * ({@code .github}, {@code .git}), and a file found by the walk that no reader recognises is skipped with a note
 * rather than counted invalid. A file named on the command line is always read, and a directory in which nothing
 * turns out to be a description is still an error: an empty or mistyped directory must not pass a CI check.
 */
final class Inputs {
  private final List<Path> files;
  private final PrintWriter err;
  private int invalid;
  private int skipped;
  /** For each file found by walking a directory: that directory's walk. */
  private final Map<Path, Walk> walked;
  private Runnable beforeReport = () -> { };

  /** One directory's walk: how many files it found, and how many have been read or skipped. */
  private static final class Walk {
    final Path directory;
    final int found;
    int read;
    int skipped;

    Walk(Path directory, int found) {
      this.directory = directory;
      this.found = found;
    }
  }

  private Inputs(List<Path> files, PrintWriter err, int invalid, Map<Path, Walk> walked) {
    this.files = files;
    this.err = err;
    this.invalid = invalid;
    this.walked = walked;
  }

  /** The files named or found under the directories named; a missing path is kept (it reads as an error). */
  static Inputs of(List<Path> paths, PrintWriter err) {
    List<Path> out = new ArrayList<>();
    Map<Path, Walk> walked = new HashMap<>();
    int invalid = 0;
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        List<Path> found;
        try {
          found = walk(p);
        } catch (IOException | java.io.UncheckedIOException e) {
          err.println("error: " + p + ": cannot read the directory: " + e.getMessage() + " [file-unreadable]");
          invalid++;
          continue;
        }
        if (found.isEmpty()) {
          err.println("error: " + p + ": no description files (*.yaml, *.yml, *.json) in this directory "
              + "[no-descriptions]");
          invalid++;
        }
        Walk walk = new Walk(p, found.size());
        found.forEach(f -> walked.put(f, walk));
        out.addAll(found);
      } else {
        out.add(p);
      }
    }
    err.flush();
    return new Inputs(out, err, invalid, walked);
  }

  /** The description files below a directory, sorted, leaving out hidden files and directories below it. */
  private static List<Path> walk(Path root) throws IOException {
    List<Path> found = new ArrayList<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        String n = file.getFileName().toString();
        if (attrs.isRegularFile() && !hidden(file)
            && (n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json"))) {
          found.add(file);
        }
        return FileVisitResult.CONTINUE;
      }
    });
    found.sort(null);
    return found;
  }

  private static boolean hidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  /** Runs before each report of an invalid description (a progress bar erases itself). */
  void beforeReport(Runnable action) {
    beforeReport = action;
  }

  /** The files, in order. */
  List<Path> files() {
    return files;
  }

  /** Reads one description; empty (and reported) when it is invalid or, found in a directory, not a description. */
  Optional<Release> read(Path file) {
    ReadResult r = Descriptions.read(file);
    Walk walk = walked.get(file);
    Optional<Release> release = r.ok() ? r.release() : Optional.empty();
    if (!r.ok()) {
      beforeReport.run();
      if (walk != null && notADescription(r)) {
        skipped++;
        walk.skipped++;
        err.println("note: " + file + ": skipped: no reader recognises it (found in " + walk.directory
            + "; name the file to read it anyway) [not-a-description]");
      } else {
        invalid++;
        r.diagnostics().forEach(d -> err.println(d.render()));
      }
      err.flush();
    }
    if (walk != null && ++walk.read == walk.found && walk.skipped == walk.found) {
      // Every file the walk found was something else: as good as an empty directory.
      beforeReport.run();
      err.println("error: " + walk.directory + ": none of its " + walk.found + " *.yaml, *.yml or *.json files is a "
          + "description [no-descriptions]");
      err.flush();
      invalid++;
    }
    return release;
  }

  private static boolean notADescription(ReadResult r) {
    return r.format().isEmpty() && !r.diagnostics().isEmpty()
        && r.diagnostics().stream().allMatch(d -> d.code().equals(Descriptions.UNKNOWN_FORMAT));
  }

  /** How many descriptions were invalid so far. */
  int invalid() {
    return invalid;
  }

  /** How many files found in directories were skipped so far, as not descriptions. */
  int skipped() {
    return skipped;
  }
}
