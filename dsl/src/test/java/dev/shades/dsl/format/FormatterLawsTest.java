package dev.shades.dsl.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shades.core.diagnostic.Diagnostics;
import dev.shades.core.diagnostic.SourceText;
import dev.shades.dsl.ast.Ast;
import dev.shades.dsl.parser.PolicyParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The formatter's laws, over every {@code .shade} file in the repository (files that do not parse are skipped:
 * some test resources are broken on purpose). Each law also runs on a copy of each file with a comment added at
 * the end of every line and on its own line between every two lines, so that comments in every position are
 * exercised.
 */
class FormatterLawsTest {
  private static final PolicyParser PARSER = PolicyParser.create();

  /** The repository root: {@code shades.root} (set by the build), else the parent of the module. */
  static Path root() {
    String property = System.getProperty("shades.root");
    return Path.of(property == null || property.isBlank() ? ".." : property).toAbsolutePath().normalize();
  }

  /** Every {@code .shade} file under the root, outside build output and version control. */
  static List<Path> shadeFiles() {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(root(), new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
          return name.equals("target") || name.equals(".git") || name.equals("node_modules")
              ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (file.toString().endsWith(".shade")) {
            found.add(file);
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    found.sort(null);
    return found;
  }

  @Test
  void findsTheRepositorysPolicyFiles() {
    List<Path> files = shadeFiles();
    assertThat(files).anySatisfy(f -> assertThat(f.toString()).endsWith("dsl/src/test/resources/sample.shade"));
    assertThat(files).anySatisfy(f -> assertThat(f.toString()).contains("/format/"));
    assertThat(files.stream().filter(f -> parse(name(f), read(f)).isPresent())).hasSizeGreaterThanOrEqualTo(3);
  }

  /** (a) Formatting is idempotent: formatting the formatted text changes nothing. */
  @TestFactory
  Stream<DynamicTest> formattingTwiceChangesNothing() {
    return lawOverEveryFile("idempotent", (name, original) -> {
      String once = PolicyFormatter.format(original);
      Ast.PolicyFile reparsed = parseOrFail(name, once);
      assertThat(PolicyFormatter.format(reparsed)).as("formatting the formatted text of %s", name)
          .isEqualTo(once);
    });
  }

  /** (b) Parse, format and parse again gives an equal tree, and the comments in the same order. */
  @TestFactory
  Stream<DynamicTest> formattingKeepsTheTree() {
    return lawOverEveryFile("same tree", (name, original) -> {
      String once = PolicyFormatter.format(original);
      Ast.PolicyFile reparsed = parseOrFail(name, once);
      assertThat(reparsed.version()).isEqualTo(original.version());
      assertThat(reparsed.imports()).isEqualTo(original.imports());
      assertThat(reparsed.items()).isEqualTo(original.items());
      assertThat(texts(reparsed.comments())).isEqualTo(texts(original.comments()));
    });
  }

  /** (c) No comment is lost: every comment's text is in the output, as many times as it was in the input. */
  @TestFactory
  Stream<DynamicTest> formattingKeepsEveryComment() {
    return lawOverEveryFile("comments kept", (name, original) -> {
      String once = PolicyFormatter.format(original);
      for (Ast.Comment c : original.comments()) {
        assertThat(once).as("comment on line %d of %s", c.line(), name).contains(c.text());
        long written = original.comments().stream().filter(o -> o.text().equals(c.text())).count();
        assertThat(occurrences(once, c.text())).as("copies of '%s' in %s", c.text(), name)
            .isGreaterThanOrEqualTo(written);
      }
    });
  }

  /** The canonical text has no trailing white space, no tab indentation, no doubled blank line, one final break. */
  @TestFactory
  Stream<DynamicTest> outputIsTidy() {
    return lawOverEveryFile("tidy", (name, original) -> {
      String once = PolicyFormatter.format(original);
      assertThat(once).endsWith("\n").doesNotEndWith("\n\n").doesNotContain("\n\n\n").doesNotStartWith("\n");
      for (String line : once.split("\n", -1)) {
        assertThat(line).as("a line of the formatted %s", name).doesNotEndWith(" ").doesNotStartWith("\t");
        assertThat((line.length() - line.stripLeading().length()) % 2).as("indentation of '%s'", line)
            .isZero();
      }
    });
  }

  // ---- running a law ------------------------------------------------------------------------------------------

  private static Stream<DynamicTest> lawOverEveryFile(String law, BiConsumer<String, Ast.PolicyFile> check) {
    List<DynamicTest> tests = new ArrayList<>();
    Path root = root();
    for (Path file : shadeFiles()) {
      String name = root.relativize(file).toString();
      tests.add(DynamicTest.dynamicTest(law + ": " + name, () -> {
        Optional<Ast.PolicyFile> parsed = parse(name, read(file));
        Assumptions.assumeTrue(parsed.isPresent(), name + " does not parse (deliberately broken?)");
        check.accept(name, parsed.get());
      }));
      tests.add(DynamicTest.dynamicTest(law + " with comments everywhere: " + name, () -> {
        Optional<Ast.PolicyFile> parsed = parse(name, commentEveryLine(read(file)));
        Assumptions.assumeTrue(parsed.isPresent(), name + " does not parse (deliberately broken?)");
        check.accept(name + " (comments everywhere)", parsed.get());
      }));
    }
    return tests.stream();
  }

  /**
   * The text with {@code # tN} at the end of every line and {@code # oN} on its own line before every line. Strings
   * never span lines, so the result parses whenever the original does.
   */
  static String commentEveryLine(String text) {
    StringBuilder out = new StringBuilder();
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      out.append("# o").append(i + 1).append('\n');
      String line = lines.get(i);
      out.append(line).append(line.isBlank() ? "" : " # t" + (i + 1)).append('\n');
    }
    return out.append("# end\n").toString();
  }

  // ---- helpers ------------------------------------------------------------------------------------------------

  private static List<String> texts(List<Ast.Comment> comments) {
    return comments.stream().map(Ast.Comment::text).toList();
  }

  static Optional<Ast.PolicyFile> parse(String name, String text) {
    return PARSER.parse(SourceText.of(name, text)).file();
  }

  static Ast.PolicyFile parseOrFail(String name, String formatted) {
    PolicyParser.Result r = PARSER.parse(SourceText.of(name + " (formatted)", formatted));
    assertThat(r.file()).as("the formatted text of %s parses:%n%s%n%s", name, Diagnostics.render(r.diagnostics()),
        formatted).isPresent();
    return r.file().get();
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String name(Path file) {
    return root().relativize(file).toString();
  }

  private static long occurrences(String text, String part) {
    long n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
