package dev.shades.core.definition;

import dev.shades.core.license.LicenseExpression;
import dev.shades.core.license.LicenseKind;
import dev.shades.core.license.LicenseKnowledge;
import dev.shades.core.license.Trait;
import dev.shades.core.logic.Outcome;
import dev.shades.core.model.ContentType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A test on one licence term (an id, possibly with {@code +} or an exception). Over a whole expression it is applied
 * term by term and combined with SPDX semantics ({@link LicenseKnowledge#test}). Text that names no known licence
 * (kept from other formats) is a term of its own: it matches a set that lists that exact text; other tests read it
 * as an SPDX expression or a known alias when it is one ({@link #readable}), else it is not OSI-approved and its
 * traits are unknown.
 */
public sealed interface LicenseTest {

  /** The outcome for one term of an expression, on a component of the given content type. */
  Outcome test(LicenseExpression term, ContentType type, LicenseKnowledge knowledge);

  /**
   * The outcome for licence text kept as written (from other formats): the exact text; tests that need facts about
   * a licence first read the text as an SPDX expression over known ids, or as a known alias ({@link #readable}).
   */
  Outcome testText(String text, ContentType type, LicenseKnowledge knowledge);

  /**
   * Verbatim licence text as an expression, when it is one over known ids ({@code Apache-2.0},
   * {@code MIT OR Apache-2.0}) or a known alias ({@code Apache 2.0}); empty for text that names no known licence.
   */
  static java.util.Optional<LicenseExpression> readable(String text, LicenseKnowledge knowledge) {
    java.util.Optional<String> alias = knowledge.alias(text).flatMap(LicenseKnowledge.Alias::target);
    java.util.Optional<LicenseExpression> parsed = dev.shades.core.license.ExpressionParser
        .parse(alias.orElse(text)).expression();
    return parsed.filter(e -> e.licenseIds().stream().allMatch(id -> knowledge.find(id).isPresent()));
  }

  /** Applies a term test to verbatim text that reads as an expression, else gives the fallback. */
  private static Outcome viaExpression(LicenseTest test, String text, ContentType type, LicenseKnowledge knowledge,
      Outcome fallback) {
    return readable(text, knowledge)
        .map(e -> LicenseKnowledge.test(e, term -> test.test(term, type, knowledge)))
        .orElse(fallback);
  }

  /** How the test reads in a policy file. */
  String describe();

  /** OSI-approved (from the SPDX list). */
  record OsiApproved() implements LicenseTest {
    @Override
    public Outcome test(LicenseExpression term, ContentType type, LicenseKnowledge knowledge) {
      return knowledge.osiApproved(term);
    }

    @Override
    public Outcome testText(String text, ContentType type, LicenseKnowledge knowledge) {
      return viaExpression(this, text, type, knowledge, Outcome.VIOLATED);
    }

    @Override
    public String describe() {
      return "osi-approved";
    }
  }

  /** FSF-libre (unknown where the FSF has not assessed the licence). */
  record FsfLibre() implements LicenseTest {
    @Override
    public Outcome test(LicenseExpression term, ContentType type, LicenseKnowledge knowledge) {
      return knowledge.fsfLibre(term);
    }

    @Override
    public Outcome testText(String text, ContentType type, LicenseKnowledge knowledge) {
      return viaExpression(this, text, type, knowledge, Outcome.UNKNOWN);
    }

    @Override
    public String describe() {
      return "fsf-libre";
    }
  }

  /** Conforms to the Open Source Definition (OSI-approved, or no restrictive traits). */
  record OsdConformant() implements LicenseTest {
    @Override
    public Outcome test(LicenseExpression term, ContentType type, LicenseKnowledge knowledge) {
      return knowledge.osdConformant(term);
    }

    @Override
    public Outcome testText(String text, ContentType type, LicenseKnowledge knowledge) {
      return viaExpression(this, text, type, knowledge, Outcome.UNKNOWN);
    }

    @Override
    public String describe() {
      return "osd-conformant";
    }
  }

  /** Deprecated on the SPDX list. */
  record Deprecated() implements LicenseTest {
    @Override
    public Outcome test(LicenseExpression term, ContentType type, LicenseKnowledge knowledge) {
      LicenseExpression.Simple s = LicenseExpression.licenseOf(term);
      return knowledge.find(s.id()).map(i -> Outcome.of(i.deprecated())).orElse(Outcome.UNKNOWN);
    }

    @Override
    public Outcome testText(String text, ContentType type, LicenseKnowledge knowledge) {
      return viaExpression(this, text, type, knowledge, Outcome.UNKNOWN);
    }

    @Override
    public String describe() {
      return "deprecated";
    }
  }

  /**
   * Has a trait.
   *
   * @param trait the trait
   */
  record HasTrait(Trait trait) implements LicenseTest {
    /** Validates the trait. */
    public HasTrait {
      Objects.requireNonNull(trait, "trait");
    }

    @Override
    public Outcome test(LicenseExpression term, ContentType type, LicenseKnowledge knowledge) {
      return knowledge.has(term, trait);
    }

    @Override
    public Outcome testText(String text, ContentType type, LicenseKnowledge knowledge) {
      return viaExpression(this, text, type, knowledge, Outcome.UNKNOWN);
    }

    @Override
    public String describe() {
      return "has " + trait.id();
    }
  }

  /**
   * Is of one of these kinds.
   *
   * @param kinds the kinds
   */
  record KindIn(Set<LicenseKind> kinds) implements LicenseTest {
    /** Copies the kinds. */
    public KindIn {
      kinds = java.util.Collections.unmodifiableSet(
          kinds.isEmpty() ? java.util.EnumSet.noneOf(LicenseKind.class) : java.util.EnumSet.copyOf(kinds));
    }

    @Override
    public Outcome test(LicenseExpression term, ContentType type, LicenseKnowledge knowledge) {
      return knowledge.traits(term).map(t -> Outcome.of(kinds.contains(t.kind()))).orElse(Outcome.UNKNOWN);
    }

    @Override
    public Outcome testText(String text, ContentType type, LicenseKnowledge knowledge) {
      return viaExpression(this, text, type, knowledge, Outcome.UNKNOWN);
    }

    @Override
    public String describe() {
      return "kind in [" + kinds.stream().map(LicenseKind::id).sorted().collect(Collectors.joining(", ")) + "]";
    }
  }

  /**
   * Is suited to a content type; with no type given, to the content type of the component it is on
   * ("type-appropriate").
   *
   * @param type the content type, or empty for the component's own
   */
  record SuitedTo(Optional<ContentType> type) implements LicenseTest {
    /** Validates the type. */
    public SuitedTo {
      Objects.requireNonNull(type, "type");
    }

    @Override
    public Outcome test(LicenseExpression term, ContentType own, LicenseKnowledge knowledge) {
      return knowledge.suitedFor(term, type.orElse(own));
    }

    @Override
    public Outcome testText(String text, ContentType own, LicenseKnowledge knowledge) {
      return viaExpression(this, text, own, knowledge, Outcome.UNKNOWN);
    }

    @Override
    public String describe() {
      return type.map(t -> "suited to " + t.id()).orElse("suited");
    }
  }

  /**
   * Is one of the listed licences, compared exactly (no aliases): a term matches by its id, its id with
   * {@code +}, or its whole text with an exception; unrecognised text matches only itself.
   *
   * @param members the ids or texts
   */
  record In(Set<String> members) implements LicenseTest {
    /** Copies the members. */
    public In {
      // Sorted for a stable order (descriptions, hashes), hashed for fast membership.
      members = com.google.common.collect.ImmutableSet.copyOf(new java.util.TreeSet<>(members));
    }

    @Override
    public Outcome test(LicenseExpression term, ContentType type, LicenseKnowledge knowledge) {
      if (members.contains(term.toString())) {
        return Outcome.SATISFIED;
      }
      if (term instanceof LicenseExpression.Simple s) {
        return Outcome.of(members.contains(s.id()) && !s.orLater());
      }
      return Outcome.VIOLATED;
    }

    @Override
    public Outcome testText(String text, ContentType type, LicenseKnowledge knowledge) {
      return Outcome.of(members.contains(text));
    }

    @Override
    public String describe() {
      return "in [" + members.stream().sorted().collect(Collectors.joining(", ")) + "]";
    }
  }

  /**
   * A named licence set declared in a policy (its name is kept for explanations).
   *
   * @param name the set's name
   * @param body what the set means
   */
  record Named(String name, LicenseTest body) implements LicenseTest {
    /** Validates the parts. */
    public Named {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(body, "body");
    }

    @Override
    public Outcome test(LicenseExpression term, ContentType type, LicenseKnowledge knowledge) {
      return body.test(term, type, knowledge);
    }

    @Override
    public Outcome testText(String text, ContentType type, LicenseKnowledge knowledge) {
      return body.testText(text, type, knowledge);
    }

    @Override
    public String describe() {
      return name;
    }
  }

  /**
   * All of the tests hold for the term.
   *
   * @param tests the tests
   */
  record All(List<LicenseTest> tests) implements LicenseTest {
    /** Copies the tests. */
    public All {
      tests = List.copyOf(tests);
    }

    @Override
    public Outcome test(LicenseExpression term, ContentType type, LicenseKnowledge knowledge) {
      Outcome o = Outcome.SATISFIED;
      for (LicenseTest t : tests) {
        o = o.and(t.test(term, type, knowledge));
      }
      return o;
    }

    @Override
    public Outcome testText(String text, ContentType type, LicenseKnowledge knowledge) {
      Outcome o = Outcome.SATISFIED;
      for (LicenseTest t : tests) {
        o = o.and(t.testText(text, type, knowledge));
      }
      return o;
    }

    @Override
    public String describe() {
      return tests.stream().map(t -> paren(t)).collect(Collectors.joining(" and "));
    }
  }

  /**
   * Any of the tests holds for the term.
   *
   * @param tests the tests
   */
  record Any(List<LicenseTest> tests) implements LicenseTest {
    /** Copies the tests. */
    public Any {
      tests = List.copyOf(tests);
    }

    @Override
    public Outcome test(LicenseExpression term, ContentType type, LicenseKnowledge knowledge) {
      Outcome o = Outcome.VIOLATED;
      for (LicenseTest t : tests) {
        o = o.or(t.test(term, type, knowledge));
      }
      return o;
    }

    @Override
    public Outcome testText(String text, ContentType type, LicenseKnowledge knowledge) {
      Outcome o = Outcome.VIOLATED;
      for (LicenseTest t : tests) {
        o = o.or(t.testText(text, type, knowledge));
      }
      return o;
    }

    @Override
    public String describe() {
      return tests.stream().map(t -> paren(t)).collect(Collectors.joining(" or "));
    }
  }

  /**
   * The test does not hold for the term.
   *
   * @param test the test
   */
  record Not(LicenseTest test) implements LicenseTest {
    /** Validates the test. */
    public Not {
      Objects.requireNonNull(test, "test");
    }

    @Override
    public Outcome test(LicenseExpression term, ContentType type, LicenseKnowledge knowledge) {
      return test.test(term, type, knowledge).not();
    }

    @Override
    public Outcome testText(String text, ContentType type, LicenseKnowledge knowledge) {
      return test.testText(text, type, knowledge).not();
    }

    @Override
    public String describe() {
      return "not " + paren(test);
    }
  }

  private static String paren(LicenseTest t) {
    return t instanceof All || t instanceof Any ? "(" + t.describe() + ")" : t.describe();
  }
}
