package dev.shades.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shades.dsl.testing.PolicyTestRunner;
import dev.shades.dsl.testing.TestResult;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The sample policy's own test blocks, run from JUnit the way a user would. */
class SampleEndToEndTest {
  @TestFactory
  Stream<DynamicTest> theSamplePolicysTestBlocksPass() {
    return new PolicyTestRunner().run(Path.of("src/test/resources/sample.shade")).stream()
        .map(t -> DynamicTest.dynamicTest(t.name(), () -> assertThat(t.passed()).as(t.describe()).isTrue()));
  }

  @Test
  void aPolicyThatDoesNotCompileGivesFailedResultsNamingItsErrors() {
    var results = new PolicyTestRunner().run(
        Path.of("src/test/resources/policies/bad/unknown-component/policy.shade"));
    assertThat(results).singleElement().satisfies(r -> {
      assertThat(r.passed()).isFalse();
      assertThat(r.failures().get(0)).contains("[unknown-component]");
    });
    assertThat(results).extracting(TestResult::name).containsExactly("policy compiles");
  }
}
