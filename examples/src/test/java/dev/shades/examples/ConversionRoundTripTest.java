package dev.shades.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.shades.core.definition.Definition;
import dev.shades.core.definition.Evaluation;
import dev.shades.core.definition.Evaluator;
import dev.shades.core.diagnostic.Diagnostics;
import dev.shades.core.license.ExpressionParser;
import dev.shades.core.license.LicenseExpression;
import dev.shades.core.license.LicenseKnowledge;
import dev.shades.core.model.BaseRelease;
import dev.shades.core.model.Component;
import dev.shades.core.model.ContentType;
import dev.shades.core.model.LicenseDefaults;
import dev.shades.core.model.LicenseStatement;
import dev.shades.core.model.Part;
import dev.shades.core.model.Release;
import dev.shades.core.read.Descriptions;
import dev.shades.core.read.ReadOptions;
import dev.shades.core.read.ReadResult;
import dev.shades.core.read.ShadesFormatReader;
import dev.shades.core.testing.SharedData;
import dev.shades.dsl.Builtins;
import dev.shades.formats.shades.DescriptionWriter;
import dev.shades.formats.shades.WriteResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Converting a description to Shades' format loses nothing the format can hold and says what it changes: for every
 * real file of the Model Openness Tool and the European Open Source AI Index (all three versions) and every bundled
 * release, the converted text is valid against the JSON Schema and reads back as the original release with the
 * documented licence mapping applied ({@link #documented}), and nothing else changed; every licence the mapping
 * changes is named by one of the writer's notes, and the writer notes nothing else. A file without notes gets
 * exactly the evaluations the original got from every built-in definition; for files with notes, the verdicts that
 * changed are counted per definition and printed. Each group of files is converted into one folder, as {@code
 * shades convert --output-dir} does, so that a release whose base is another file of the group still finds it.
 */
class ConversionRoundTripTest {
  private static final DescriptionWriter WRITER = DescriptionWriter.create();
  private static final LicenseKnowledge KNOWLEDGE = ReadOptions.defaults().knowledge();
  /** A fixed clock: evaluations carry their date, which must not differ between the two runs. */
  private static final Evaluator EVALUATOR =
      Evaluator.withClock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
  /** Per group: files, files with notes, and per definition the verdicts that changed. */
  private static final Map<String, Map<String, Integer>> CHANGED = new TreeMap<>();
  private static JsonSchema schema;

  @TempDir static Path out;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = ShadesFormatReader.class.getResourceAsStream("description.schema.json")) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  @AfterAll
  static void report() {
    synchronized (CHANGED) {
      CHANGED.forEach((group, counts) -> System.out.println("conversion round trip, " + group + ": " + counts));
    }
  }

  @TestFactory
  Stream<DynamicContainer> bundledReleases() throws IOException {
    return Stream.of(group("bundled releases", files(BundledReleasesTest.RELEASES, 26), true));
  }

  @TestFactory
  Stream<DynamicContainer> realFilesOfOtherFormats() throws IOException {
    // Skipped, with the reason printed, when the shared data is absent.
    return Stream.of(
        group("mot/models", files(SharedData.folder("mot/models"), 25), false),
        group("mot/test-cases", files(SharedData.folder("mot/test-cases"), 27), false),
        group("osai-index/projects", files(SharedData.folder("osai-index/projects"), 15), false),
        group("osai-index/v14", files(SharedData.folder("osai-index/v14/projects"), 10), false),
        group("osai-index/legacy", files(SharedData.folder("osai-index/legacy/projects"), 8), false));
  }

  /** One converted file. */
  private record Converted(Release original, Path target, List<WriteResult.Omission> notes) {}

  /**
   * Converts every file of a group into one folder first, so that base references among them resolve.
   *
   * @param withoutNotes true when no file of the group may need a note
   */
  private static DynamicContainer group(String name, List<Path> files, boolean withoutNotes) throws IOException {
    Path dir = Files.createDirectories(out.resolve(name.replace('/', '-').replace(' ', '-')));
    Map<Path, Converted> converted = new LinkedHashMap<>();
    for (Path f : files) {
      ReadResult read = Descriptions.read(f);
      assertThat(read.errors()).as(Diagnostics.render(read.diagnostics())).isEmpty();
      Release original = read.release().orElseThrow();
      WriteResult written = WRITER.write(original);
      if (withoutNotes) {
        assertThat(written.omissions()).as(f + ": what the format could not hold").isEmpty();
      }
      Path target = dir.resolve(f.getFileName().toString().replaceFirst("\\.ya?ml$", "") + ".yaml");
      Files.writeString(target, written.text(), StandardCharsets.UTF_8);
      converted.put(f, new Converted(original, target, written.omissions()));
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("files", files.size());
    counts.put("files with notes", (int) converted.values().stream().filter(c -> !c.notes().isEmpty()).count());
    Builtins.definitions().forEach(d -> counts.put(d.id(), 0));
    synchronized (CHANGED) {
      CHANGED.put(name, counts);
    }
    return DynamicContainer.dynamicContainer(name, converted.keySet().stream().map(f ->
        DynamicTest.dynamicTest(f.getFileName().toString(), () -> roundTrip(converted.get(f), counts))));
  }

  private static void roundTrip(Converted c, Map<String, Integer> counts) throws IOException {
    ReadResult back = Descriptions.read(c.target());
    assertThat(back.format()).contains("shades");
    assertThat(back.errors()).as(Diagnostics.render(back.diagnostics())).isEmpty();
    Release release = back.release().orElseThrow();

    Set<String> changed = new HashSet<>();
    Release expected = documented(c.original(), "", changed);
    assertThat(release).as("the release read back from " + c.target() + ", against the original with the "
        + "documented licence mapping").isEqualTo(expected);
    List<String> notePaths = c.notes().stream().map(WriteResult.Omission::path).toList();
    assertThat(notePaths).as("one note for each licence the mapping changed, and no other note: "
        + c.notes().stream().map(WriteResult.Omission::describe).collect(Collectors.joining("\n")))
        .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(changed);

    for (Definition d : Builtins.definitions()) {
      Evaluation before = EVALUATOR.evaluate(d, c.original());
      Evaluation after = EVALUATOR.evaluate(d, release);
      if (c.notes().isEmpty()) {
        assertThat(after).as(d.id()).isEqualTo(before);
      } else if (!after.verdict().equals(before.verdict())) {
        synchronized (CHANGED) {
          counts.merge(d.id(), 1, Integer::sum);
        }
        System.out.println("conversion changed a verdict: " + c.target().getFileName() + ": " + d.id() + ": "
            + before.verdict().summary() + " -> " + after.verdict().summary());
      }
    }
    JsonNode tree = new ObjectMapper(new YAMLFactory()).readTree(c.target().toFile());
    assertThat(schema.validate(tree)).as("valid against description.schema.json").isEmpty();
  }

  // ---- the documented licence mapping, written from the documentation (not from the writer) -------------------

  /**
   * The release as Shades' format can state it: each licence statement that is text kept as written (which only
   * other formats give) replaced as {@code shades convert} documents — by the SPDX expression it is (licence ids as
   * listed, {@code LicenseRef-}s as written), else by the canonical expression of the known alias it is, else by
   * a {@code LicenseRef-} made of the text (nothing, when the text has no letter or digit). Adds the path of each replaced statement, in the writer's notation, to {@code changed}; a
   * base read from its own file is converted, and noted, in that file.
   */
  private static Release documented(Release r, String at, Set<String> changed) {
    LicenseDefaults d = r.licenses();
    LicenseStatement all = documented(d.all(), at + "licenses.default", changed);
    Map<ContentType, LicenseStatement> byType = new EnumMap<>(ContentType.class);
    for (ContentType type : ContentType.values()) {
      LicenseStatement s = documented(d.forType(type), at + "licenses." + type.id(), changed);
      if (!(s instanceof LicenseStatement.Inherit)) {
        byType.put(type, s);
      }
    }
    Map<String, Component> components = new LinkedHashMap<>();
    for (Component c : r.components().values()) {
      String where = at + "components." + c.kind().id();
      List<Part> parts = new ArrayList<>();
      for (int i = 0; i < c.parts().size(); i++) {
        Part p = c.parts().get(i);
        parts.add(new Part(p.name(), p.availability(),
            documented(p.license(), where + ".parts[" + i + "].license", changed), p.locations(), p.evidence()));
      }
      components.put(c.kind().id(), new Component(c.kind(), c.availability(),
          documented(c.license(), where + ".license", changed), c.completeness(), c.grade(), c.locations(),
          c.evidence(), parts, c.dataInformation(), c.notes()));
    }
    Optional<BaseRelease> base = r.base().map(b -> new BaseRelease(b.relation(),
        documented(b.release(), at + "base.", b.file().isPresent() ? new HashSet<>() : changed), b.file()));
    return new Release(r.name(), r.version(), r.producer(), r.released(), r.modality(), r.homepage(), base,
        new LicenseDefaults(all, byType), components, r.facts(), r.evidence());
  }

  private static LicenseStatement documented(LicenseStatement s, String path, Set<String> changed) {
    if (!(s instanceof LicenseStatement.Unrecognised u)) {
      return s;
    }
    changed.add(path);
    String text = u.text().strip();
    Optional<LicenseExpression> spdx = ExpressionParser.parse(text).expression()
        .filter(ConversionRoundTripTest::listed);
    if (spdx.isPresent()) {
      return LicenseStatement.of(spdx.get());
    }
    if (text.equalsIgnoreCase("none")) {
      return LicenseStatement.none();
    }
    Optional<LicenseStatement> alias = KNOWLEDGE.alias(text).flatMap(LicenseKnowledge.Alias::target)
        .map(t -> LicenseStatement.of(ExpressionParser.parse(t).expression().orElseThrow()));
    if (alias.isPresent()) {
      return alias.get();
    }
    // Any other text: a LicenseRef- made of its letters, digits and dots, other runs made one hyphen.
    StringBuilder id = new StringBuilder();
    for (char ch : text.toCharArray()) {
      boolean keep = Character.isLetterOrDigit(ch) && ch < 128 || ch == '.';
      if (keep) {
        id.append(ch);
      } else if (id.length() > 0 && id.charAt(id.length() - 1) != '-') {
        id.append('-');
      }
    }
    String ref = id.toString().replaceAll("^[-.]+|[-.]+$", "");
    return ref.isEmpty() ? LicenseStatement.inherit()
        : LicenseStatement.of(LicenseExpression.Simple.of("LicenseRef-" + ref));
  }

  /** Every licence and exception of the expression is one Shades lists, written as listed, or a LicenseRef. */
  private static boolean listed(LicenseExpression e) {
    if (e instanceof LicenseExpression.Simple s) {
      return s.isLicenseRef() || KNOWLEDGE.find(s.id()).isPresent();
    }
    if (e instanceof LicenseExpression.With w) {
      return listed(w.license()) && (w.exception().startsWith("AdditionRef-")
          || KNOWLEDGE.canonicalException(w.exception()).filter(w.exception()::equals).isPresent());
    }
    List<LicenseExpression> operands = e instanceof LicenseExpression.And a ? a.operands()
        : ((LicenseExpression.Or) e).operands();
    return operands.stream().allMatch(ConversionRoundTripTest::listed);
  }

  private static List<Path> files(Path dir, int expected) throws IOException {
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(Files::isRegularFile).filter(p -> p.toString().matches(".*\\.ya?ml$"))
          .filter(p -> !p.getFileName().toString().startsWith("_")).sorted().toList();
    }
    assertThat(files).as("description files in " + dir).hasSize(expected);
    return files;
  }
}
