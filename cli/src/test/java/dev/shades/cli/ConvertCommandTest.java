package dev.shades.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shades.core.license.ExpressionParser;
import dev.shades.core.model.Component;
import dev.shades.core.model.ContentType;
import dev.shades.core.model.LicenseDefaults;
import dev.shades.core.model.LicenseStatement;
import dev.shades.core.model.Release;
import dev.shades.core.read.Descriptions;
import dev.shades.core.read.ReadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
  private static final Path DIR = Path.of("src/test/resources/convert");
  private static final Path MOT = DIR.resolve("mot-example.yml");
  private static final Path INDEX = DIR.resolve("index-example.yaml");

  private static ShowCommandTest.Run run(String... args) {
    return ShowCommandTest.run(args);
  }

  private static Release readBack(Path output) {
    ReadResult back = Descriptions.read(output);
    // Licences written as LicenseRef-… from text no one knew are warned about (no traits known); nothing else.
    assertThat(back.diagnostics()).as("diagnostics")
        .allSatisfy(d -> assertThat(d.code()).isEqualTo("license-without-traits"));
    assertThat(back.format()).contains("shades");
    return back.release().orElseThrow();
  }

  /** The release the output reads back as equals the one read from the input. */
  private static void readsBackEqual(Path input, Path output) {
    assertThat(readBack(output)).isEqualTo(Descriptions.read(input).release().orElseThrow());
  }

  private static LicenseStatement expression(String text) {
    return LicenseStatement.of(ExpressionParser.parse(text).expression().orElseThrow());
  }

  private static Component licensed(Component c, LicenseStatement license) {
    return new Component(c.kind(), c.availability(), license, c.completeness(), c.grade(), c.locations(),
        c.evidence(), c.parts(), c.dataInformation(), c.notes());
  }



  @Test
  void convertsAModelOpennessToolFileToTheGolden(@TempDir Path dir) throws IOException {
    ShowCommandTest.Run r = run("convert", "--to", "shades", MOT.toString());
    assertThat(r.exit()).isEqualTo(0);
    Golden.check(DIR.resolve("mot-example.expected.yaml"), r.out());
    Golden.check(DIR.resolve("mot-example.expected.err"), r.err());
    // Everything reads back but what the notes name: the location that is not a link, and licence text, which is
    // written as the expression it is or the canonical id of its alias, or else left unstated.
    Release original = Descriptions.read(MOT).release().orElseThrow();
    assertThat(original.licenses()).isEqualTo(new LicenseDefaults(new LicenseStatement.Unrecognised("Apache 2.0"),
        Map.of(ContentType.CODE, new LicenseStatement.Unrecognised("yes"), ContentType.DATA,
            LicenseStatement.none())));
    Component datasets = original.components().get("datasets");
    assertThat(datasets.locations()).containsExactly("httpx://example.org/not-a-link");
    Release expected = original.withLicenses(new LicenseDefaults(expression("Apache-2.0"),
        Map.of(ContentType.CODE, expression("LicenseRef-yes"), ContentType.DATA, LicenseStatement.none())));
    expected = expected.withComponent(licensed(original.components().get("model-architecture"),
        expression("Apache-2.0")));
    expected = expected.withComponent(licensed(original.components().get("model-parameters"),
        expression("LicenseRef-Example-Model-Licence-1.0")));
    expected = expected.withComponent(new Component(datasets.kind(), datasets.availability(),
        expression("LicenseRef-null"), datasets.completeness(), datasets.grade(), List.of(), datasets.evidence(),
        datasets.parts(), datasets.dataInformation(), datasets.notes()));
    expected = expected.withComponent(licensed(original.components().get("model-card"),
        expression("LicenseRef-1.0")));
    assertThat(readBack(Files.writeString(dir.resolve("out.yaml"), r.out()))).isEqualTo(expected);
    assertThat(r.err().lines().filter(l -> l.contains(".license: ") || l.contains(": licenses.")))
        .as("a note for each licence").hasSize(6);
  }

  @Test
  void convertsAnIndexFileToTheGolden(@TempDir Path dir) throws IOException {
    ShowCommandTest.Run r = run("convert", "--to", "shades", INDEX.toString());
    assertThat(r.exit()).isEqualTo(0);
    Golden.check(DIR.resolve("index-example.expected.yaml"), r.out());
    Golden.check(DIR.resolve("index-example.expected.err"), r.err());
    // Everything reads back but what the notes name: the link with a space in it, and the licence 'Apache 2.0',
    // written as its canonical id.
    Release original = Descriptions.read(INDEX).release().orElseThrow();
    Component datasets = original.components().get("datasets");
    assertThat(datasets.evidence()).hasSize(2);
    Component weights = original.components().get("model-parameters");
    assertThat(weights.license()).isEqualTo(new LicenseStatement.Unrecognised("Apache 2.0"));
    Release expected = original.withComponent(new Component(datasets.kind(), datasets.availability(),
        datasets.license(), datasets.completeness(), datasets.grade(), datasets.locations(),
        datasets.evidence().subList(0, 1), datasets.parts(), datasets.dataInformation(), datasets.notes()));
    expected = expected.withComponent(licensed(weights, expression("Apache-2.0")));
    assertThat(readBack(Files.writeString(dir.resolve("out.yaml"), r.out()))).isEqualTo(expected);
  }

  @Test
  void writesEachFileIntoTheOutputDirectory(@TempDir Path dir) throws IOException {
    Path target = dir.resolve("new/converted");
    ShowCommandTest.Run r = run("convert", "--to", "shades", "--output-dir", target.toString(), MOT.toString(),
        "../examples/releases/olmo-7b.yaml");
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out()).isEqualTo(MOT + " -> " + target.resolve("mot-example.yaml") + "\n"
        + "../examples/releases/olmo-7b.yaml -> " + target.resolve("olmo-7b.yaml") + "\n");
    assertThat(Files.readString(target.resolve("mot-example.yaml")))
        .isEqualTo(Files.readString(DIR.resolve("mot-example.expected.yaml")));
    readsBackEqual(Path.of("../examples/releases/olmo-7b.yaml"), target.resolve("olmo-7b.yaml"));
  }

  @Test
  void aBaseReferenceIsKeptAndAMissingBaseFileIsAWarning(@TempDir Path dir) throws IOException {
    Path tuned = Path.of("../examples/releases/deepseek-r1-distill-llama-8b.yaml");
    ShowCommandTest.Run alone = run("convert", "--to", "shades", "--output-dir", dir.toString(), tuned.toString());
    assertThat(alone.exit()).isEqualTo(0);
    assertThat(alone.err()).isEqualTo("warning: " + dir.resolve("deepseek-r1-distill-llama-8b.yaml") + ": the base "
        + "release is the separate description 'llama-3.1-8b.yaml', which is not beside the output; convert it "
        + "into the same directory or copy it there [base-not-beside]\n");
    ShowCommandTest.Run both = run("convert", "--to", "shades", "--output-dir", dir.toString(), tuned.toString(),
        "../examples/releases/llama-3.1-8b.yaml");
    assertThat(both.exit()).isEqualTo(0);
    assertThat(both.err()).isEmpty();
    readsBackEqual(tuned, dir.resolve("deepseek-r1-distill-llama-8b.yaml"));
  }

  @Test
  void refusesTargetsItCannotWrite() {
    ShowCommandTest.Run r = run("convert", "--to", "cyclonedx", MOT.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("error: cannot convert to 'cyclonedx'; supported: shades\n"
        + "Run 'shades convert --help' for usage.\n");
    ShowCommandTest.Run missing = run("convert", MOT.toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).startsWith("error: Missing required option: '--to=FORMAT'");
  }

  @Test
  void severalFilesNeedAnOutputDirectory() {
    ShowCommandTest.Run r = run("convert", "--to", "shades", MOT.toString(), INDEX.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("error: 2 files to convert; give --output-dir DIR to write them into\n");
  }

  @Test
  void neverOverwritesAnInputOrWritesTwoInputsToOneFile(@TempDir Path dir) throws IOException {
    Path input = Files.copy(Path.of("../examples/releases/olmo-7b.yaml"), dir.resolve("olmo-7b.yaml"));
    String before = Files.readString(input);
    ShowCommandTest.Run r = run("convert", "--to", "shades", "--output-dir", dir.toString(), input.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("error: " + input + " is one of the files to convert; refusing to overwrite it "
        + "(choose another --output-dir)\n");
    assertThat(Files.readString(input)).isEqualTo(before);

    Path other = Files.createDirectories(dir.resolve("other"));
    Path sameName = Files.copy(MOT, other.resolve("olmo-7b.yml"));
    ShowCommandTest.Run clash = run("convert", "--to", "shades", "--output-dir", dir.resolve("out").toString(),
        input.toString(), sameName.toString());
    assertThat(clash.exit()).isEqualTo(2);
    assertThat(clash.err()).contains("would both be written to " + dir.resolve("out/olmo-7b.yaml"));
    assertThat(Files.exists(dir.resolve("out"))).as("nothing is written").isFalse();
  }

  @Test
  void anInvalidFileIsReportedAndTheOthersStillConverted(@TempDir Path dir) {
    Path olmo = Path.of("../examples/releases/olmo-7b.yaml");
    ShowCommandTest.Run r = run("convert", "--to", "shades", "--output-dir", dir.toString(),
        DIR.resolve("broken.yml").toString(), olmo.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("broken.yml:4:3: 'release' needs 'name' [missing-field]").doesNotContain("\tat ");
    assertThat(r.out()).isEqualTo(olmo + " -> " + dir.resolve("olmo-7b.yaml") + "\n");
    readsBackEqual(olmo, dir.resolve("olmo-7b.yaml"));
    ShowCommandTest.Run missing = run("convert", "--to", "shades", dir.resolve("nope.yml").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.yml:1:1: no such file [file-unreadable]");
  }

  @Test
  void anOutputThatCannotBeWrittenIsAnErrorWithoutAStackTrace(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("mot-example.yaml"));
    ShowCommandTest.Run r = run("convert", "--to", "shades", "--output-dir", dir.toString(), MOT.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("error: " + dir.resolve("mot-example.yaml") + ": cannot write the file: is a "
        + "directory").doesNotContain("\tat ");
    Path file = Files.writeString(dir.resolve("a-file"), "");
    ShowCommandTest.Run notADir = run("convert", "--to", "shades", "--output-dir", file.toString(), MOT.toString());
    assertThat(notADir.exit()).isEqualTo(2);
    assertThat(notADir.err()).contains("cannot write the file").doesNotContain("\tat ");
  }

  @Test
  void help() {
    ShowCommandTest.Run r = run("convert", "--help");
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.out()).contains("Usage: shades convert [-hV] [--output-dir=DIR] --to=FORMAT FILE...");
  }
}
