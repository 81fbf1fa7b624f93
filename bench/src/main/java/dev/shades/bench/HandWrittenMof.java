package dev.shades.bench;

import dev.shades.core.model.Availability;
import dev.shades.core.model.ComponentCatalog;
import dev.shades.core.model.ComponentKind;
import dev.shades.core.model.LicenseStatement;
import dev.shades.core.model.Release;
import java.util.List;
import java.util.Set;

/**
 * The Model Openness Tool's classification written by hand in plain Java: the floor against which the compiled
 * {@code mof-mot} definition is measured. Same rules as the policy: a component counts when it is released and its
 * licence string is in the tool's open set (exactly); an included research paper stands in for a missing technical
 * report; progress is gated. Returns the class (0, 3, 2 or 1) and the progress of III, II and I.
 */
final class HandWrittenMof {
  private static final List<ComponentKind> CLASS_III = List.of(ComponentCatalog.MODEL_ARCHITECTURE,
      ComponentCatalog.MODEL_PARAMETERS, ComponentCatalog.EVALUATION_RESULTS, ComponentCatalog.MODEL_CARD,
      ComponentCatalog.DATA_CARD);
  private static final List<ComponentKind> CLASS_II = List.of(ComponentCatalog.TRAINING_CODE,
      ComponentCatalog.INFERENCE_CODE, ComponentCatalog.EVALUATION_CODE, ComponentCatalog.EVALUATION_DATA);
  private static final List<ComponentKind> CLASS_I = List.of(ComponentCatalog.DATASETS,
      ComponentCatalog.DATA_PREPROCESSING_CODE, ComponentCatalog.MODEL_PARAMETERS_INTERMEDIATE);

  private final Set<String> open;

  HandWrittenMof(Set<String> open) {
    this.open = Set.copyOf(open);
  }

  /** The result: class, and progress III, II, I in percent. */
  record Result(int mofClass, double p3, double p2, double p1) {}

  Result classify(Release r) {
    boolean report = included(r, ComponentCatalog.TECHNICAL_REPORT);
    boolean paper = included(r, ComponentCatalog.RESEARCH_PAPER);
    int n3 = count(r, CLASS_III) + (report || paper ? 1 : 0);
    int n2 = count(r, CLASS_II);
    int n1 = count(r, CLASS_I);
    int total1 = 14;
    if (!report && paper) {
      total1 = 13; // the paper already counted as the report
    } else if (paper) {
      n1++;
    }
    double p3 = 100.0 * n3 / 6;
    double p2 = p3 < 100 ? 0 : 100.0 * (n3 + n2) / 10;
    double p1 = p2 < 100 ? 0 : 100.0 * (n3 + n2 + n1) / total1;
    int mofClass = p1 == 100 ? 1 : p2 == 100 ? 2 : p3 == 100 ? 3 : 0;
    return new Result(mofClass, p3, p2, p1);
  }

  private int count(Release r, List<ComponentKind> kinds) {
    int n = 0;
    for (ComponentKind k : kinds) {
      if (included(r, k)) {
        n++;
      }
    }
    return n;
  }

  private boolean included(Release r, ComponentKind kind) {
    Availability a = r.component(kind).availability();
    if (a != Availability.OPEN && a != Availability.GATED && a != Availability.RESTRICTED) {
      return false;
    }
    LicenseStatement l = r.resolveLicense(kind).statement();
    if (l instanceof LicenseStatement.Unrecognised u) {
      return open.contains(u.text());
    }
    return l instanceof LicenseStatement.Expression e && open.contains(e.expression().toString());
  }
}
