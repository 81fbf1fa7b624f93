package dev.shades.cli;

import dev.shades.core.diagnostic.Diagnostic;
import dev.shades.core.diagnostic.SourceLocation;
import dev.shades.core.diagnostic.SourceText;
import dev.shades.dsl.format.PolicyFormatter;
import dev.shades.dsl.parser.PolicyParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code shades fmt [--check] POLICY...}: policy files in their canonical layout. */
@Command(
    name = "fmt",
    header = "Formats policy files in place, or lists those not formatted.",
    mixinStandardHelpOptions = true,
    description =
        "Formats policy files in place, in the canonical layout. Comments, line endings and file "
            + "permissions are kept; each file is replaced atomically. A file with syntax errors is left "
            + "untouched and its errors printed. With --check nothing changes: the files not formatted are "
            + "listed, one a line. Exit 0 when done (with --check: all formatted), 1 with --check when some "
            + "file is not formatted, 2 when a file cannot be read or has syntax errors.")
final class FmtCommand implements Callable<Integer> {
  /** The largest policy file read, as for the compiler. */
  private static final int MAX_BYTES = 1024 * 1024;

  @Parameters(arity = "1..*", paramLabel = "POLICY", description = "Policy files (.shade).")
  List<Path> files = new ArrayList<>();

  @Option(names = "--check", description = "Change nothing; list the files that are not formatted.")
  boolean check;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PolicyParser parser = PolicyParser.create();
    int changed = 0;
    int invalid = 0;
    for (Path file : files) {
      String name = file.toString();
      Optional<String> text = read(file, name, err);
      if (text.isEmpty()) {
        invalid++;
        continue;
      }
      // A byte-order mark is not policy text: set aside for parsing, kept in the file.
      boolean bom = text.get().startsWith("\ufeff");
      String body = bom ? text.get().substring(1) : text.get();
      PolicyParser.Result parsed = parser.parse(SourceText.of(name, body.replace("\r\n", "\n")));
      if (parsed.file().isEmpty()) {
        invalid++;
        parsed.diagnostics().stream().filter(Diagnostic::isError).forEach(d -> err.println(d.render()));
        continue;
      }
      String formatted = PolicyFormatter.format(parsed.file().get());
      if (usesCrLf(body)) {
        formatted = formatted.replace("\n", "\r\n");
      }
      formatted = (bom ? "\ufeff" : "") + formatted;
      if (formatted.equals(text.get())) {
        continue;
      }
      changed++;
      if (check) {
        out.println(name);
        continue;
      }
      try {
        AtomicFiles.write(file, formatted.getBytes(StandardCharsets.UTF_8));
      } catch (IOException | SecurityException e) {
        changed--;
        invalid++;
        err.println(Diagnostic.error("file-unwritable", "cannot write the file: " + e.getMessage(),
            SourceLocation.startOf(name), SourceText.empty(name)).render());
      }
    }
    if (!check) {
      out.println("formatted " + changed + " of " + files.size() + " file" + (files.size() == 1 ? "" : "s")
          + (invalid == 0 ? "" : "; " + invalid + " left as " + (invalid == 1 ? "it was" : "they were")
              + " because of errors"));
    }
    out.flush();
    err.flush();
    return invalid > 0 ? Main.INVALID : check && changed > 0 ? Main.FAILED : Main.OK;
  }

  /** Windows line endings when the first line ends with one; the formatter writes line feeds. */
  private static boolean usesCrLf(String text) {
    int lf = text.indexOf('\n');
    return lf > 0 && text.charAt(lf - 1) == '\r';
  }

  /** The file's text, or empty after printing why it cannot be read (the compiler's checks and messages). */
  private static Optional<String> read(Path file, String name, PrintWriter err) {
    String problem;
    String code = "file-unreadable";
    if (Files.isDirectory(file)) {
      problem = "is a directory, not a policy file";
    } else if (Files.exists(file) && !Files.isRegularFile(file)) {
      problem = "not a regular file";
    } else {
      try (InputStream in = Files.newInputStream(file)) {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length <= MAX_BYTES) {
          return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        }
        code = PolicyParser.TOO_LARGE;
        problem = "policy file is larger than the limit of " + MAX_BYTES + " bytes";
      } catch (CharacterCodingException e) {
        code = "not-utf8";
        problem = "is not UTF-8 text";
      } catch (NoSuchFileException e) {
        problem = "no such file";
      } catch (IOException | SecurityException e) {
        problem = "cannot read the file: " + e.getMessage();
      }
    }
    err.println(Diagnostic.error(code, problem, SourceLocation.startOf(name), SourceText.empty(name)).render());
    return Optional.empty();
  }
}
