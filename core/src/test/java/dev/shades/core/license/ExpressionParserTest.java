package dev.shades.core.license;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExpressionParserTest {

  private static LicenseExpression parse(String text) {
    ExpressionParser.Result r = ExpressionParser.parse(text);
    assertThat(r.error()).as("error for %s", text).isEmpty();
    return r.expression().orElseThrow();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "MIT | MIT",
      "  Apache-2.0  | Apache-2.0",
      "MIT OR Apache-2.0 | MIT OR Apache-2.0",
      "mit or apache-2.0 | mit OR apache-2.0",
      "CC-BY-4.0 AND ODC-By-1.0 | CC-BY-4.0 AND ODC-By-1.0",
      "(MIT OR Apache-2.0) AND BSD-3-Clause | (MIT OR Apache-2.0) AND BSD-3-Clause",
      "MIT OR Apache-2.0 AND BSD-3-Clause | MIT OR Apache-2.0 AND BSD-3-Clause",
      "((MIT)) | MIT",
      "(MIT OR ISC) OR Apache-2.0 | MIT OR ISC OR Apache-2.0",
      "GPL-2.0-only WITH Classpath-exception-2.0 | GPL-2.0-only WITH Classpath-exception-2.0",
      "GPL-2.0+ | GPL-2.0+",
      "LicenseRef-scancode-llama-2-license-2023 | LicenseRef-scancode-llama-2-license-2023",
      "DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2 | DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2",
  })
  void printsTheCanonicalForm(String text, String canonical) {
    assertThat(parse(text)).hasToString(canonical);
  }

  @Test
  void withBindsTighterThanAndWhichBindsTighterThanOr() {
    LicenseExpression e = parse("MIT OR GPL-2.0-only WITH Classpath-exception-2.0 AND BSD-2-Clause");
    assertThat(e).isEqualTo(new LicenseExpression.Or(List.of(
        LicenseExpression.Simple.of("MIT"),
        new LicenseExpression.And(List.of(
            new LicenseExpression.With(LicenseExpression.Simple.of("GPL-2.0-only"), "Classpath-exception-2.0"),
            LicenseExpression.Simple.of("BSD-2-Clause"))))));
  }

  @Test
  void plusMeansThisVersionOrLater() {
    assertThat(parse("LGPL-2.1+")).isEqualTo(new LicenseExpression.Simple("LGPL-2.1", true));
  }

  @Test
  void listsIdsWithTheirColumns() {
    ExpressionParser.Result r = ExpressionParser.parse("MIT OR (GPL-2.0+ WITH Classpath-exception-2.0)");
    assertThat(r.occurrences()).containsExactly(
        new ExpressionParser.IdOccurrence("MIT", 1, false, false),
        new ExpressionParser.IdOccurrence("GPL-2.0", 9, false, true),
        new ExpressionParser.IdOccurrence("Classpath-exception-2.0", 23, true, false));
    assertThat(r.expression().orElseThrow().licenseIds()).containsExactly("MIT", "GPL-2.0");
  }

  @ParameterizedTest(name = "{index}: [{0}]")
  @CsvSource(delimiter = '|', value = {
      "'' | 1 | empty licence expression",
      "'   ' | 1 | empty licence expression",
      "MIT OR | 7 | expected a licence id, found the end of the expression",
      "OR MIT | 1 | expected a licence id, found 'OR'",
      "MIT Apache-2.0 | 5 | expected AND, OR or WITH, found 'Apache-2.0'",
      "(MIT OR Apache-2.0 | 1 | '(' is not closed",
      "MIT OR Apache-2.0) | 18 | expected AND, OR or WITH, found ')'",
      "() | 2 | expected a licence id, found ')'",
      "MIT/Apache-2.0 | 4 | unexpected character '/' in licence expression; use AND or OR to combine licences",
      "MIT, Apache-2.0 | 4 | unexpected character ',' in licence expression; use AND or OR to combine licences",
      "MIT And Apache-2.0 | 5 | operator 'And' must be written in upper or lower case: AND",
      "GPL-2.0 WITH | 13 | expected an exception id after WITH, found the end of the expression",
      "GPL-2.0 WITH (Classpath-exception-2.0) | 14 | expected an exception id after WITH, found '('",
      "MIT WITH foo+ | 13 | '+' cannot follow an exception id",
      "LicenseRef-foo+ | 15 | '+' cannot follow a LicenseRef",
      "+ MIT | 1 | '+' must directly follow a licence id",
      "LicenseRef- | 1 | 'LicenseRef-' must be followed by an id",
      "Foo:LicenseRef-bar | 4 | ':' is only allowed after DocumentRef-<id>",
      "DocumentRef-x:MIT | 1 | expected DocumentRef-<id>:LicenseRef-<id>",
      "MIT OR Apache-2.0 \u00e9 | 19 | unexpected character '\u00e9' in licence expression",
      "MIT \uD83D\uDE00 | 5 | unexpected character '\uD83D\uDE00' in licence expression",
      "MIT WITH X WITH Y | 12 | a licence takes at most one exception (WITH)",
      "(MIT) WITH X | 7 | WITH must follow a single licence id, not a parenthesised expression",
      "DocumentRef-:LicenseRef-b | 1 | expected DocumentRef-<id>:LicenseRef-<id>",
  })
  void reportsTheColumnOfTheMistake(String text, int column, String message) {
    ExpressionParser.Result r = ExpressionParser.parse(text);
    assertThat(r.expression()).isEmpty();
    assertThat(r.error()).hasValueSatisfying(e -> {
      assertThat(e.message()).isEqualTo(message);
      assertThat(e.column()).isEqualTo(column);
    });
  }

  @Test
  void refusesDeepNestingAndHugeInputWithoutThrowing() {
    String deep = "(".repeat(100) + "MIT" + ")".repeat(100);
    assertThat(ExpressionParser.parse(deep).error()).hasValueSatisfying(
        e -> assertThat(e.message()).isEqualTo("licence expression nests deeper than 64"));
    String huge = "MIT OR ".repeat(1000) + "MIT";
    assertThat(ExpressionParser.parse(huge).error()).hasValueSatisfying(
        e -> assertThat(e.message()).isEqualTo("licence expression is longer than 4096 characters"));
  }

  @Test
  void parsingThePrintedFormGivesTheSameTree() {
    for (String text : List.of("MIT OR Apache-2.0 AND (BSD-2-Clause OR ISC)",
        "(MIT OR Apache-2.0) AND (GPL-2.0+ WITH Classpath-exception-2.0 OR LicenseRef-x)")) {
      LicenseExpression e = parse(text);
      assertThat(parse(e.toString())).isEqualTo(e);
    }
  }

  @org.junit.jupiter.api.Test
  void termsAreTheLicencesUnderAndAndOrInOrder() {
    LicenseExpression e = ExpressionParser.parse("(MIT OR GPL-2.0+) AND Apache-2.0 WITH LLVM-exception")
        .expression().orElseThrow();
    assertThat(e.terms()).extracting(Object::toString)
        .containsExactly("MIT", "GPL-2.0+", "Apache-2.0 WITH LLVM-exception");
  }
}
