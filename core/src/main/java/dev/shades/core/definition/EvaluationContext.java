package dev.shades.core.definition;

import dev.shades.core.license.LicenseKnowledge;
import dev.shades.core.logic.Outcome;
import dev.shades.core.model.Availability;
import dev.shades.core.model.Component;
import dev.shades.core.model.ComponentCatalog;
import dev.shades.core.model.ComponentKind;
import dev.shades.core.model.LicenseOrigin;
import dev.shades.core.model.LicenseStatement;
import dev.shades.core.model.Release;
import dev.shades.core.model.ResolvedLicense;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a rule sees while it is evaluated: the release, the licence knowledge, how the definition treats unknowns,
 * and a trace of the facts the rule used. Created by the {@link Evaluator}; one per rule evaluation, never shared
 * between threads.
 */
public final class EvaluationContext {
  private final Release release;
  private final LicenseKnowledge knowledge;
  private final UnknownPolicy policy;
  private final ComponentCatalog catalog;
  private final List<FactUse> trace;
  /** When tracing: each selected component's outcome under the whole component test (by kind id). */
  private final Map<String, Outcome> settled;
  /** When tracing: the facts used on the base release (by identity), which {@link #settled} does not speak for. */
  private final Set<FactUse> baseFacts;
  private final boolean onBase;

  EvaluationContext(Release release, LicenseKnowledge knowledge, ComponentCatalog catalog, UnknownPolicy policy,
      List<FactUse> trace) {
    this(release, knowledge, catalog, policy, trace, trace == null ? null : new HashMap<>(),
        trace == null ? null : Collections.newSetFromMap(new IdentityHashMap<>()), false);
  }

  private EvaluationContext(Release release, LicenseKnowledge knowledge, ComponentCatalog catalog,
      UnknownPolicy policy, List<FactUse> trace, Map<String, Outcome> settled, Set<FactUse> baseFacts,
      boolean onBase) {
    this.release = release;
    this.knowledge = knowledge;
    this.catalog = catalog;
    this.policy = policy;
    this.trace = trace;
    this.settled = settled;
    this.baseFacts = baseFacts;
    this.onBase = onBase;
  }

  /** The component kinds the definition knows. */
  public ComponentCatalog catalog() {
    return catalog;
  }

  /** The release under evaluation. */
  public Release release() {
    return release;
  }

  /** The licence knowledge the definition uses. */
  public LicenseKnowledge knowledge() {
    return knowledge;
  }

  /** How the definition treats unknown facts. */
  public UnknownPolicy policy() {
    return policy;
  }

  /** The same context over another release (the base), sharing the trace. */
  EvaluationContext onBase(Release base) {
    return new EvaluationContext(base, knowledge, catalog, policy, trace, settled, baseFacts, true);
  }

  /**
   * Records how a selected component came out under the whole component test (when tracing, for the release under
   * evaluation, not its base): a fact's own test may come out otherwise, under {@code not} for instance.
   */
  void settle(ComponentKind kind, Outcome outcome) {
    if (settled != null && !onBase) {
      // A component tested more than once in a rule failed it if it failed any one test.
      settled.merge(kind.id(), outcome, (was, now) -> was == Outcome.VIOLATED ? was : now);
    }
  }

  /**
   * The facts that make a violated rule violated, each once: the facts whose own test failed, of selected components
   * that failed the whole test (a component that passed it, under {@code not} for instance, is left out) and of
   * release facts; and for a failed component none of whose facts failed on their own (a negated test), all its
   * facts.
   */
  List<FactUse> violatingFacts() {
    Map<String, Boolean> failedOnTheirOwn = new HashMap<>();
    for (FactUse f : trace) {
      failedOnTheirOwn.merge(f.subject(), f.outcome() == Outcome.VIOLATED, Boolean::logicalOr);
    }
    Map<String, FactUse> out = new LinkedHashMap<>();
    for (FactUse f : trace) {
      Outcome component = baseFacts.contains(f) ? null : settled.get(f.subject());
      boolean keep = component == null || component == Outcome.VIOLATED;
      if (keep && (f.outcome() == Outcome.VIOLATED || component != null && !failedOnTheirOwn.get(f.subject()))) {
        out.putIfAbsent(f.subject() + "\u0000" + f.aspect() + "\u0000" + f.value(), f);
      }
    }
    return List.copyOf(out.values());
  }

  /** True when the facts used are being recorded (an explained evaluation, not a verdict-only one). */
  boolean tracing() {
    return trace != null;
  }

  /** Records a fact the rule used; call only when {@link #tracing()}. */
  void use(FactUse use) {
    trace.add(use);
    if (onBase) {
      baseFacts.add(use);
    }
  }

  /** A component's availability, with unknown read as not released when the definition says so. */
  Availability availability(Component c) {
    Availability a = c.availability();
    return a == Availability.UNKNOWN && policy == UnknownPolicy.AS_VIOLATED ? Availability.NOT_RELEASED : a;
  }

  /** The licence statement that applies to a component (fast path: no provenance, no allocation). */
  LicenseStatement licenseStatement(Component component) {
    LicenseStatement s = release.licenseOf(component);
    return s instanceof LicenseStatement.Inherit && policy == UnknownPolicy.AS_VIOLATED ? LicenseStatement.none() : s;
  }

  /** A component's licence, with an unknown licence read as no licence when the definition says so. */
  ResolvedLicense license(ComponentKind kind) {
    ResolvedLicense r = release.resolveLicense(kind);
    if (r.origin() == LicenseOrigin.NOWHERE && policy == UnknownPolicy.AS_VIOLATED) {
      return new ResolvedLicense(LicenseStatement.none(), LicenseOrigin.NOWHERE, kind.contentType());
    }
    return r;
  }

  static List<FactUse> newTrace() {
    return new ArrayList<>();
  }
}
