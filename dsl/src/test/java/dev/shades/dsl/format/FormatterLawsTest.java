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
import java.util.Random;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The formatter's laws, over every {@code .shade} file in the repository (files that do not parse are skipped:
 * some test resources are broken on purpose): (a) formatting twice changes nothing; (b) parse, format, parse gives
 * an equal tree and the same comments; (c) no comment is lost; and the output is tidy. Each law runs on each file as
 * written, on a copy with a comment at the end of every line and on its own line before every line, and on five
 * copies with the white space between tokens randomly replaced by line breaks and comments (so that constructs
 * written over several lines, with comments inside them, are exercised).
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
      if (reordersNodes(original)) {
        // The layout moves some nodes, and their comments move with them: the same comments, perhaps reordered.
        assertThat(texts(reparsed.comments())).containsExactlyInAnyOrderElementsOf(texts(original.comments()));
      } else {
        assertThat(texts(reparsed.comments())).isEqualTo(texts(original.comments()));
      }
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
      tests.add(DynamicTest.dynamicTest(law + " with comments on every line: " + name, () -> {
        Optional<Ast.PolicyFile> parsed = parse(name, commentEveryLine(read(file)));
        Assumptions.assumeTrue(parsed.isPresent(), name + " does not parse (deliberately broken?)");
        check.accept(name + " (comments on every line)", parsed.get());
      }));
      tests.add(DynamicTest.dynamicTest(law + " with line breaks and comments between tokens: " + name, () -> {
        String text = read(file);
        Assumptions.assumeTrue(parse(name, text).isPresent(), name + " does not parse (deliberately broken?)");
        for (long seed = 1; seed <= 5; seed++) {
          String exploded = explode(text, new Random(seed * 31 + name.hashCode()));
          PolicyParser.Result r = PARSER.parse(SourceText.of(name, exploded));
          assertThat(r.file()).as("%s with seed %d parses:%n%s%n%s", name, seed,
              Diagnostics.render(r.diagnostics()), exploded).isPresent();
          assertThat(r.file().get().items()).as("breaking lines changes no tree")
              .isEqualTo(parse(name, text).orElseThrow().items());
          check.accept(name + " (exploded, seed " + seed + ")", r.file().get());
        }
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

  /**
   * Whether the canonical layout puts some nodes of the file in another order than written: an import after an
   * item, a {@code remedy} before its {@code because}, a test's release after one of its expectations.
   */
  static boolean reordersNodes(Ast.PolicyFile file) {
    int firstItem = file.items().stream().mapToInt(i -> i.pos().span().line()).min().orElse(Integer.MAX_VALUE);
    if (file.imports().stream().anyMatch(i -> i.pos().span().line() >= firstItem)) {
      return true;
    }
    for (Ast.Item item : file.items()) {
      if (item instanceof Ast.DefinitionDecl d && d.items().stream().anyMatch(FormatterLawsTest::reorders)) {
        return true;
      }
    }
    return false;
  }

  private static boolean reorders(Ast.DefItem item) {
    if (item instanceof Ast.Require r && r.because().isPresent() && r.remedy().isPresent()) {
      return line(r.remedy().get().pos()) <= line(r.because().get().pos());
    } else if (item instanceof Ast.TierDecl t) {
      return t.rules().stream().anyMatch(FormatterLawsTest::reorders);
    } else if (item instanceof Ast.TestDecl t && t.release().isPresent() && !t.expectations().isEmpty()) {
      int release = t.release().get() instanceof Ast.ReleaseFile f ? line(f.path().pos())
          : line(((Ast.InlineRelease) t.release().get()).pos());
      return release >= line(t.expectations().get(0).pos());
    }
    return false;
  }

  private static int line(dev.shades.dsl.ast.Pos pos) {
    return pos.span().line();
  }

  /**
   * The text with the white space between tokens replaced, at random, by a space, a line break, a comment on its
   * own line or a comment ending the line, and the same inserted at random next to brackets, commas and colons.
   * Strings and comments are left as they are, so the result has the same tokens (and tree) as the original.
   */
  static String explode(String text, Random random) {
    StringBuilder out = new StringBuilder();
    int n = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"') {
        int j = i + 1;
        while (j < text.length() && text.charAt(j) != '"' && text.charAt(j) != '\n') {
          j += text.charAt(j) == '\\' ? 2 : 1;
        }
        out.append(text, i, Math.min(text.length(), j + 1));
        i = j + 1;
      } else if (c == '#') {
        int j = text.indexOf('\n', i);
        j = j < 0 ? text.length() : j;
        out.append(text, i, j).append('\n');
        i = j + 1;
      } else if (Character.isWhitespace(c)) {
        int j = i;
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
          j++;
        }
        out.append(separator(random, ++n, false));
        i = j;
      } else if ("(){}[],:".indexOf(c) >= 0) {
        out.append(separator(random, ++n, true)).append(c).append(separator(random, ++n, true));
        i++;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static String separator(Random random, int n, boolean mayBeEmpty) {
    return switch (random.nextInt(mayBeEmpty ? 6 : 4)) {
      case 0 -> " ";
      case 1 -> "\n  ";
      case 2 -> "\n# x" + n + "\n";
      case 3 -> " # y" + n + "\n";
      default -> "";
    };
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
