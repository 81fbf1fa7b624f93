package dev.shades.cli;

import dev.shades.core.diagnostic.Diagnostic;
import dev.shades.core.license.LicenseExpression;
import dev.shades.core.license.LicenseInfo;
import dev.shades.core.license.LicenseKnowledge;
import dev.shades.core.license.LicenseTraits;
import dev.shades.core.license.Trait;
import dev.shades.core.logic.Outcome;
import dev.shades.core.model.Availability;
import dev.shades.core.model.Component;
import dev.shades.core.model.ComponentKind;
import dev.shades.core.model.DataInformation;
import dev.shades.core.model.DataInformationAspect;
import dev.shades.core.model.Disclosure;
import dev.shades.core.model.Evidence;
import dev.shades.core.model.Fact;
import dev.shades.core.model.FactValue;
import dev.shades.core.model.LicenseStatement;
import dev.shades.core.model.Part;
import dev.shades.core.model.Release;
import dev.shades.core.model.ResolvedLicense;
import dev.shades.core.read.Descriptions;
import dev.shades.core.read.ReadOptions;
import dev.shades.core.read.ReadResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code shades show FILE...}: a release as Shades understands it. */
@Command(
    name = "show",
    header = "Prints a release as Shades understands it, with every licence's origin and traits.",
    mixinStandardHelpOptions = true,
    description =
        "Prints each release as Shades understands it: every component with its availability, the licence "
            + "that applies, where that licence came from, and the licence's traits; then every diagnostic. "
            + "Exit 0 when every file was read, 2 when any file is invalid.")
final class ShowCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Description files, in any format Shades reads, or "
      + "directories of them.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--strict-licenses", description = "Refuse licence aliases such as 'Apache 2.0'.")
  boolean strict;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private final LicenseKnowledge knowledge = LicenseKnowledge.standard();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ReadOptions options = ReadOptions.defaults().withStrictLicenses(strict);
    Inputs inputs = Inputs.of(files, err);
    boolean invalid = inputs.invalid() > 0;
    boolean first = true;
    for (Path file : inputs.files()) {
      ReadResult result = Descriptions.read(file, options);
      if (result.release().isPresent()) {
        if (!first) {
          out.println();
        }
        first = false;
        print(out, file, result.format().orElse("?"), result.release().get());
      } else {
        invalid = true;
      }
      // Diagnostics of an invalid file go to stderr, all of them; those of a valid file follow its report.
      for (Diagnostic d : result.diagnostics()) {
        (result.ok() ? out : err).println(d.render());
      }
    }
    out.flush();
    err.flush();
    if (out.checkError()) {
      return Formats.written(out, err, Main.INVALID);
    }
    return invalid ? Main.INVALID : Main.OK;
  }

  private void print(PrintWriter out, Path file, String format, Release r) {
    List<String> about = new ArrayList<>();
    r.version().ifPresent(v -> about.add("version " + v));
    r.producer().ifPresent(about::add);
    r.released().ifPresent(d -> about.add("released " + d));
    r.modality().ifPresent(m -> about.add(m.id()));
    out.println(r.name() + (about.isEmpty() ? "" : " (" + String.join(", ", about) + ")"));
    out.println("  read from " + file + " (" + format + " format)");
    r.homepage().ifPresent(h -> out.println("  homepage " + h));
    r.base().ifPresent(b -> out.println("  " + b.relation().id() + " of " + b.release().name()
        + b.file().map(f -> " (" + f + ")").orElse("")));

    List<String> defaults = new ArrayList<>();
    if (!(r.licenses().all() instanceof LicenseStatement.Inherit)) {
      defaults.add("everything: " + r.licenses().all().describe());
    }
    r.licenses().byContentType().forEach((type, l) -> defaults.add(type.id() + ": " + l.describe()));
    if (!defaults.isEmpty()) {
      out.println("  default licences: " + String.join("; ", defaults));
    }

    if (!r.facts().values().isEmpty()) {
      out.println();
      out.println("Facts");
      for (Map.Entry<String, Fact<FactValue>> e : r.facts().values().entrySet()) {
        printFact(out, "  ", e.getKey(), e.getValue().value().toString(), e.getValue(), "      ");
      }
    }

    out.println();
    out.println("Components");
    int width = r.components().keySet().stream().mapToInt(String::length).max().orElse(10);
    for (Component c : r.components().values()) {
      ResolvedLicense licence = r.resolveLicense(c.kind());
      out.printf("  %-" + width + "s  %-12s  %s%n", c.kind().id(), c.availability().id(), licence.explain());
      printTraits(out, licence.statement(), "      ");
      c.completeness().ifPresent(x -> out.println("      completeness: " + x.id()));
      c.grade().ifPresent(g -> out.println("      declared grade: " + g.id()));
      for (Part p : c.parts()) {
        boolean inherits = p.license() instanceof LicenseStatement.Inherit;
        if (inherits && p.availability() == Availability.NOT_RELEASED) {
          // The component's licence does not reach data that was never released: say nothing of a licence.
          out.println("      part " + p.name() + ": " + p.availability().id());
          continue;
        }
        LicenseStatement pl = inherits ? licence.statement() : p.license();
        out.println("      part " + p.name() + ": " + p.availability().id() + ", " + pl.describe()
            + (inherits ? ", as the component" : ", stated on the part"));
        printTraits(out, pl, "          ");
      }
      c.dataInformation().ifPresent(info -> printInformation(out, info));
      c.notes().ifPresent(n -> out.println("      notes: " + n));
      printEvidence(out, c.evidence(), "      ");
    }
    List<String> unknown = new ArrayList<>();
    for (ComponentKind kind : dev.shades.core.model.ComponentCatalog.standard().kinds()) {
      if (!r.components().containsKey(kind.id())) {
        unknown.add(kind.id());
      }
    }
    if (!unknown.isEmpty()) {
      out.println("  not stated (unknown): " + String.join(", ", unknown));
    }
  }

  private void printTraits(PrintWriter out, LicenseStatement statement, String indent) {
    if (!(statement instanceof LicenseStatement.Expression e)) {
      return;
    }
    List<LicenseExpression> terms = e.expression().terms();
    for (LicenseExpression term : terms) {
      for (String line : describeTerm(term, terms.size() > 1)) {
        out.println(indent + line);
      }
    }
    if (terms.size() > 1) {
      out.println(indent + "as a whole (OR: licensee's choice; AND: all apply): OSD-conformant "
          + word(knowledge.isOsdConformant(e.expression())));
    }
  }

  private List<String> describeTerm(LicenseExpression term, boolean named) {
    LicenseExpression.Simple s = LicenseExpression.licenseOf(term);
    List<String> lines = new ArrayList<>();
    LicenseInfo info = knowledge.find(s.id()).orElse(null);
    LicenseTraits traits = knowledge.traits(term).orElse(null);
    String name = info == null ? "not known to Shades" : info.name();
    String prefix = named ? term + ": " : "";
    String kind = traits == null ? "traits unknown" : traits.kind().id() + ", suited to "
        + traits.suitedFor().stream().map(t -> t.id()).collect(Collectors.joining(", "));
    lines.add(prefix + name + " (" + kind + (info != null && info.deprecated() ? ", deprecated SPDX id" : "")
        + ")");
    String fsf = knowledge.fsfLibre(term) == Outcome.UNKNOWN ? "not assessed" : word(knowledge.fsfLibre(term));
    lines.add("  OSI-approved " + word(knowledge.osiApproved(term)) + ", FSF-libre " + fsf + ", OSD-conformant "
        + word(knowledge.osdConformant(term)));
    if (traits != null) {
      List<String> restrictions = new ArrayList<>();
      List<String> duties = new ArrayList<>();
      for (Trait t : traits.traits()) {
        String label = t.id();
        if (t == Trait.USER_THRESHOLD) {
          label += " (" + String.format(java.util.Locale.ROOT, "%,d", traits.userThreshold().getAsLong())
              + " monthly active users)";
        } else if (t == Trait.EXCLUDED_JURISDICTIONS) {
          label += " (" + String.join(", ", traits.excludedJurisdictions()) + ")";
        }
        (t.restrictsOpenness() ? restrictions : duties).add(label);
      }
      if (!restrictions.isEmpty()) {
        lines.add("  restricts: " + String.join(", ", restrictions));
      }
      if (!duties.isEmpty()) {
        lines.add("  duties: " + String.join(", ", duties));
      }
    }
    return lines;
  }

  private static String word(Outcome o) {
    return switch (o) {
      case SATISFIED -> "yes";
      case VIOLATED -> "no";
      case UNKNOWN -> "unknown";
    };
  }

  private static void printInformation(PrintWriter out, DataInformation info) {
    List<String> aspects = new ArrayList<>();
    for (DataInformationAspect a : DataInformationAspect.values()) {
      aspects.add(a.id() + " " + info.disclosure(a).id());
    }
    out.println("      data information: " + String.join(", ", aspects));
    // What each grade rests on, where the description says: a grade is a judgement the reader must be able to check.
    for (DataInformationAspect a : DataInformationAspect.values()) {
      Fact<Disclosure> fact = info.aspects().get(a);
      if (fact != null && (fact.note().isPresent() || !fact.evidence().isEmpty())) {
        printFact(out, "        ", a.id(), fact.value().id(), fact, "          ");
      }
    }
    out.println("      public sources: " + info.publicSources().size() + ", third-party sources: "
        + info.thirdPartySources().size());
  }

  /** A fact as {@code label: value (note)}, then its evidence. */
  private static void printFact(PrintWriter out, String indent, String label, String value, Fact<?> fact,
      String evidenceIndent) {
    out.println(indent + label + ": " + value + fact.note().map(n -> " (" + n + ")").orElse(""));
    printEvidence(out, fact.evidence(), evidenceIndent);
  }

  private static void printEvidence(PrintWriter out, List<Evidence> evidence, String indent) {
    for (Evidence e : evidence) {
      out.println(indent + "evidence: " + e.url() + e.checked().map(d -> " (checked " + d + ")").orElse("")
          + e.note().map(n -> " — " + n).orElse(""));
    }
  }
}
