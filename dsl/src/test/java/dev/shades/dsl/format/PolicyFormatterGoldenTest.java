package dev.shades.dsl.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shades.core.diagnostic.SourceSpan;
import dev.shades.core.diagnostic.SourceText;
import dev.shades.dsl.ast.Ast;
import dev.shades.dsl.ast.Pos;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Small inputs and their exact canonical text. */
class PolicyFormatterGoldenTest {
  private static String format(String text) {
    return PolicyFormatter.format(SourceText.of("golden.shade", text))
        .orElseThrow(() -> new AssertionError("does not parse:\n" + text));
  }

  @Test
  void theSmallestFile() {
    assertThat(format("shades   1")).isEqualTo("shades 1\n");
    assertThat(format("\n\n  shades 1   # the version\n\n\n")).isEqualTo("shades 1 # the version\n");
  }

  @Test
  void textThatDoesNotParseGivesNothing() {
    assertThat(PolicyFormatter.format(SourceText.of("bad.shade", "definition x {}"))).isEmpty();
    assertThat(PolicyFormatter.format(SourceText.of("bad.shade", "shades 1\ndefinition x {"))).isEmpty();
    assertThat(PolicyFormatter.format(SourceText.of("bad.shade", "shades 2\n"))).isEmpty();
  }

  @Test
  void topLevelLayout() {
    String input = """
        shades 1 import "a.shade" kind eval "Eval" is document license LicenseRef-x "X" { url "https://x"
        kind permissive suited to code,data traits attribution users 700000000 excluded EU osi-approved-by-declaration }
        import "b.shade"
        definition d "D" extends osi { version "1" require model-parameters is open }
        definition e {}
        """;
    assertThat(format(input)).isEqualTo("""
        shades 1

        import "a.shade"
        import "b.shade"

        kind eval "Eval" is document

        license LicenseRef-x "X" {
          url "https://x"
          kind permissive
          suited to code, data
          traits attribution
          users 700000000
          excluded EU
          osi-approved-by-declaration
        }

        definition d "D" extends osi {
          version "1"

          require model-parameters is open
        }

        definition e {
        }
        """);
  }

  @Test
  void definitionBodyLayout() {
    String input = """
        shades 1
        definition d {
          licenses s = osi-approved version "1" source "https://s" description "about"
          unknown as 0.50 progress gated licenses t = in [MIT, "Apache 2.0", BSD-3-Clause]
          drop inherited require r: model-parameters is open when has base remedy "open them" because "needed"
          warn w: unless model-card is released because "no card" warn unless true
          category "open" when model-parameters is open because "weights" category "closed"
          tier "B" { require model-parameters is listed } tier "S" extends "B" { warn unless has base }
          score { group "G" { dimension a "A" weight 2.0 = grade of model-parameters }
            dimension b = 1 when model-card is open, 0.5 when model-card is gated, else 0 dimension c = 3 }
          test "t" { expect passed release "r.yaml" expect satisfied r, q }
          test "u" { release { name "N" licenses default "MIT" fact users 700 fact region "EU" fact x true
            model-parameters gated license "MIT" grade full } expect tier none expect score 1e2
            expect category "open" expect violated r expect unknown r expect warning w expect failed
            expect undetermined expect tier "B" expect category none }
        }
        """;
    assertThat(format(input)).isEqualTo("""
        shades 1

        definition d {
          licenses s = osi-approved

          version "1"
          source "https://s"
          description "about"
          unknown as 0.50
          progress gated

          licenses t = in [MIT, "Apache 2.0", BSD-3-Clause]

          drop inherited
          require r: model-parameters is open when has base
              because "needed"
              remedy "open them"
          warn w: unless model-card is released
              because "no card"
          warn unless true

          category "open" when model-parameters is open
              because "weights"
          category "closed"

          tier "B" {
            require model-parameters is listed
          }

          tier "S" extends "B" {
            warn unless has base
          }

          score {
            group "G" {
              dimension a "A" weight 2.0 = grade of model-parameters
            }
            dimension b = 1 when model-card is open, 0.5 when model-card is gated, else 0
            dimension c = 3
          }

          test "t" {
            release "r.yaml"
            expect passed
            expect satisfied r, q
          }

          test "u" {
            release {
              name "N"
              licenses default "MIT"
              fact users 700
              fact region "EU"
              fact x true
              model-parameters gated license "MIT" grade full
            }
            expect tier none
            expect score 1e2
            expect category "open"
            expect violated r
            expect unknown r
            expect warning w
            expect failed
            expect undetermined
            expect tier "B"
            expect category none
          }
        }
        """);
  }

  @Test
  void conditionsArePrintedAsWrittenWithTheirParenthesesVerbsAndOrder() {
    String input = """
        shades 1
        definition d {
          require ((model-parameters is open))   and(training-code  has license(has attribution or not kind copyleft))
          require not model-parameters open or model-card are released
          require all of [a,b] have license in ["Apache 2.0",MIT,  "BSD"]  with  availability in [open,gated]
          require any listed components released with grade at least partial with discloses [provenance,scope]
          require at least 2 of [a, b, c] (open or gated with not released)
          require at least 1 code components are open
          require base(has base and fact users>=1e6) or fact monetized is known or fact region is "E\\"U"
          require fact flag and fact kind is restricted and fact n != 0.50 and false or true
          require model-parameters is license not (suited to data and kind in [permissive]) with license suited
        }
        """;
    assertThat(format(input)).isEqualTo("""
        shades 1

        definition d {
          require ((model-parameters is open)) and (training-code has license (has attribution or not kind copyleft))
          require not model-parameters open or model-card are released
          require all of [a, b] have license in ["Apache 2.0", MIT, "BSD"] with availability in [open, gated]
          require any listed components released with grade at least partial with discloses [provenance, scope]
          require at least 2 of [a, b, c] (open or gated with not released)
          require at least 1 code components are open
          require base (has base and fact users >= 1e6) or fact monetized is known or fact region is "E\\"U"
          require fact flag and fact kind is restricted and fact n != 0.50 and false or true
          require model-parameters is license not (suited to data and kind in [permissive]) with license suited
        }
        """);
  }

  @Test
  void stringsAreReEscaped() {
    String input = "shades 1\nkind k \"a \\\"quoted\\\" \\\\ back\\nslash\\ttab\" is code \"plain\"\n";
    assertThat(format(input))
        .isEqualTo("shades 1\n\nkind k \"a \\\"quoted\\\" \\\\ back\\nslash\\ttab\" is code \"plain\"\n");
    assertThat(PolicyFormatter.quote("a\"b\\c\nd\te")).isEqualTo("\"a\\\"b\\\\c\\nd\\te\"");
  }

  @Test
  void commentsStayWhereTheyWere() {
    String input = """
        # Licence header of the file.
        shades 1 # version
        # about the kind
        kind k "K" is code # trailing on the kind

        # about the definition
        # (two lines)
        definition d { # after the brace
          version "1"
          # before the rule
          require r: model-parameters is open # after the rule
            because "why" # after because
          require model-parameters is open and
            # in the middle of a condition
            training-code is open
          tier "T" {
            require model-card is open
            # before the closing brace of the tier
          } # after the tier
          # before the closing brace of the definition
        }
        # at the end
        # really the end
        """;
    assertThat(format(input)).isEqualTo("""
        # Licence header of the file.
        shades 1 # version

        # about the kind
        kind k "K" is code # trailing on the kind

        # about the definition
        # (two lines)
        definition d { # after the brace
          version "1"

          # before the rule
          require r: model-parameters is open # after the rule
              because "why" # after because
          # in the middle of a condition
          require model-parameters is open and training-code is open

          tier "T" {
            require model-card is open
            # before the closing brace of the tier
          } # after the tier
          # before the closing brace of the definition
        }

        # at the end
        # really the end
        """);
  }

  @Test
  void commentsOnAWrittenLineOfSeveralNodesGoWithTheLastOfThem() {
    String input = """
        shades 1
        definition d { version "1" source "s" # on the source
          tier "T" { require model-card is open } # on the tier's brace
        }
        """;
    assertThat(format(input)).isEqualTo("""
        shades 1

        definition d {
          version "1"
          source "s" # on the source

          tier "T" {
            require model-card is open
          } # on the tier's brace
        }
        """);
  }

  @Test
  void aCommentInsideABlockHeaderGoesBeforeTheBlock() {
    String input = """
        shades 1
        definition d # the id
          "Title" # the title
          extends osi
        { # the brace on its own line
          version "1"
        }
        """;
    assertThat(format(input)).isEqualTo("""
        shades 1

        # the id
        # the title
        definition d "Title" extends osi {
          # the brace on its own line
          version "1"
        }
        """);
  }

  @Test
  void reorderedNodesTakeTheirCommentsWithThem() {
    String input = """
        shades 1
        kind k "K" is code # on the kind
        # before the import
        import "x.shade" # on the import
        definition d {
          require r: model-parameters is open
            remedy "publish" # on the remedy
            because "needed" # on because
          test "t" {
            expect passed # on the expectation
            # before the release
            release "r.yaml" # on the release
          }
        }
        """;
    assertThat(format(input)).isEqualTo("""
        shades 1

        # before the import
        import "x.shade" # on the import

        kind k "K" is code # on the kind

        definition d {
          require r: model-parameters is open
              because "needed" # on because
              remedy "publish" # on the remedy

          test "t" {
            # before the release
            release "r.yaml" # on the release
            expect passed # on the expectation
          }
        }
        """);
  }

  @Test
  void longLinesBreakAtTheOutermostOperatorsAndInListsWithinTheWidth() {
    String expected = """
        shades 1

        definition d {
          licenses free = has field-of-use
              or has non-commercial
              or has research-only
              or has non-production
              or has no-derivatives

          require r: model-parameters is released with license free
                      and training-code is released with license free
                      and datasets is open
                  or (model-card is open or data-card is open) and fact monetized is false
              when fact general-purpose
              because "a reason that is long enough to go past the margin of one hundred and twenty columns without being split at all"

          category "c" when all of [model-parameters, training-code, inference-code, datasets, model-card, data-card,
              technical-report] are open

          score {
            dimension x "X" =
                1 when model-parameters is open and training-code is open and datasets is open,
                0.5 when model-parameters is released,
                else 0
          }
        }
        """;
    assertThat(format("""
        shades 1

        definition d {
          licenses free = has field-of-use or has non-commercial or has research-only or has non-production or has no-derivatives
          require r: model-parameters is released with license free and training-code is released with license free and datasets is open or (model-card is open or data-card is open) and fact monetized is false when fact general-purpose
            because "a reason that is long enough to go past the margin of one hundred and twenty columns without being split at all"
          category "c" when all of [model-parameters, training-code, inference-code, datasets, model-card, data-card, technical-report] are open
          score {
            dimension x "X" = 1 when model-parameters is open and training-code is open and datasets is open, 0.5 when model-parameters is released, else 0
          }
        }
        """)).isEqualTo(expected);
    assertThat(format(expected)).isEqualTo(expected);
    assertThat(expected.lines().filter(l -> !l.contains("because"))).allMatch(l -> l.length() <= 120);
  }

  @Test
  void longChainsPrintQuicklyAndWithoutDeepRecursion() {
    Pos at = Pos.of(new SourceSpan("long.shade", 1, 1, 1, 2));
    Ast.Cond open = new Ast.ComponentCond(new Ast.Selection("one", 0, List.of(new Ast.Name("model-parameters", at)),
        Optional.empty(), Optional.of("is"), at), new Ast.WordTest(new Ast.Name("open", at)), at);
    Ast.Cond cond = open;
    Ast.Cond nots = open;
    Ast.Lic lic = new Ast.NamedLic(new Ast.Name("osi-approved", at));
    Ast.CompTest test = new Ast.WordTest(new Ast.Name("released", at));
    int n = 200_000;
    for (int i = 0; i < n; i++) {
      cond = i % 2 == 0 ? new Ast.AndCond(cond, open, at) : new Ast.OrCond(cond, new Ast.NotCond(open, at), at);
      nots = new Ast.NotCond(nots, at);
      lic = new Ast.AndLic(lic, new Ast.NamedLic(new Ast.Name("fsf-libre", at)), at);
      test = new Ast.WithTest(List.of(test, new Ast.WordTest(new Ast.Name("open", at))), at);
    }
    List<Ast.DefItem> items = List.of(new Ast.LicenseSet(new Ast.Name("s", at), lic, at),
        new Ast.Require(Optional.empty(), cond, Optional.empty(), Optional.empty(), Optional.empty(), at),
        new Ast.Require(Optional.empty(), new Ast.ComponentCond(new Ast.Selection("one", 0,
            List.of(new Ast.Name("model-card", at)), Optional.empty(), Optional.empty(), at),
            new Ast.ParenTest(test, at), at), Optional.empty(), Optional.empty(), Optional.empty(), at),
        new Ast.Require(Optional.empty(), nots, Optional.empty(), Optional.empty(), Optional.empty(), at));
    Ast.PolicyFile file = new Ast.PolicyFile(new Ast.Num("1", 1, at), List.of(), List.of(new Ast.DefinitionDecl(
        new Ast.Name("d", at), Optional.empty(), Optional.empty(), items, at)), List.of(), at);

    long started = System.nanoTime();
    String text = PolicyFormatter.format(file);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
    // Each chain is broken at its outermost operators: one line for each operand of the licence set's 'and', of the
    // condition's 'or' (each an 'and' of two that fits on its line) and of the component test's 'with'; a chain of
    // 'not's has nowhere to break.
    List<String> lines = text.lines().toList();
    assertThat(lines).hasSize(3 + (n + 1) + 1 + (n / 2 + 1) + (n + 1) + 1 + 1);
    int row = 3;
    assertThat(lines.get(row++)).isEqualTo("  licenses s = osi-approved");
    for (int i = 0; i < n; i++) {
      assertThat(lines.get(row++)).isEqualTo("      and fsf-libre");
    }
    assertThat(lines.get(row++)).isEmpty();
    assertThat(lines.get(row++)).isEqualTo("  require model-parameters is open and model-parameters is open");
    for (int i = 1; i < n / 2; i++) {
      assertThat(lines.get(row++)).isEqualTo("      or not model-parameters is open and model-parameters is open");
    }
    assertThat(lines.get(row++)).isEqualTo("      or not model-parameters is open");
    assertThat(lines.get(row++)).isEqualTo("  require model-card (released");
    for (int i = 1; i < n; i++) {
      assertThat(lines.get(row++)).isEqualTo("      with open");
    }
    assertThat(lines.get(row++)).isEqualTo("      with open)");
    assertThat(lines.get(row++)).startsWith("  require not not not").endsWith("not not model-parameters is open")
        .hasSize("  require model-parameters is open".length() + n * "not ".length());
    assertThat(lines.get(row)).isEqualTo("}");
  }

  @Test
  void theUntidyResourceFormatsToItsGolden() throws Exception {
    Path dir = FormatterLawsTest.root().resolve("dsl/src/test/resources/format");
    String input = Files.readString(dir.resolve("messy.shade"));
    String expected = Files.readString(dir.resolve("messy.expected.shade"));
    assertThat(format(input)).isEqualTo(expected);
    assertThat(format(expected)).isEqualTo(expected);
  }
}
