package dev.shades.dsl.ast;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The nodes of the policy language's syntax tree. Every node is an immutable record with its position; lists are
 * copied and unmodifiable; absent parts are {@link Optional#empty()}.
 */
public final class Ast {
  private Ast() {}

  // ---- small pieces -------------------------------------------------------------------------------------------

  /**
   * A name as written: a component kind, a licence id, a definition id, a trait.
   *
   * @param text the name
   * @param pos where it is
   */
  public record Name(String text, Pos pos) {
    /** Validates the name. */
    public Name {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(pos, "pos");
    }
  }

  /**
   * A string literal's value (escapes resolved).
   *
   * @param value the value
   * @param pos where it is
   */
  public record Text(String value, Pos pos) {
    /** Validates the text. */
    public Text {
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(pos, "pos");
    }
  }

  /**
   * A number literal as written.
   *
   * @param text the digits as written
   * @param value the value
   * @param pos where it is
   */
  public record Num(String text, double value, Pos pos) {
    /** Validates the number. */
    public Num {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(pos, "pos");
    }
  }

  /**
   * A comment ({@code # ...}) with its position, kept for the formatter.
   *
   * @param text the comment including {@code #}
   * @param line its 1-based line
   * @param ownLine true when nothing but white space precedes it on its line
   */
  public record Comment(String text, int line, boolean ownLine) {}

  // ---- the file -----------------------------------------------------------------------------------------------

  /**
   * A policy file.
   *
   * @param version the language version of its header
   * @param imports the files it imports
   * @param items its declarations, in order
   * @param comments every comment, in order
   * @param pos the whole file
   */
  public record PolicyFile(Num version, List<Import> imports, List<Item> items, List<Comment> comments, Pos pos) {
    /** Copies the lists. */
    public PolicyFile {
      imports = List.copyOf(imports);
      items = List.copyOf(items);
      comments = List.copyOf(comments);
    }
  }

  /**
   * {@code import "path"}.
   *
   * @param path the path, relative to the importing file
   * @param pos where it is
   */
  public record Import(Text path, Pos pos) {}

  /** A top-level declaration. */
  public sealed interface Item permits KindDecl, LicenseDecl, DefinitionDecl {
    /** Where it is. */
    Pos pos();
  }

  /**
   * {@code kind id "Name" is code "description"}: a component kind.
   *
   * @param id the kind's id
   * @param title its name
   * @param contentType code, data or document
   * @param description what it is
   * @param pos where it is
   */
  public record KindDecl(Name id, Text title, Name contentType, Optional<Text> description, Pos pos)
      implements Item {}

  /**
   * {@code license id "Name" { ... }}: a licence and its traits.
   *
   * @param id the licence id
   * @param title its name
   * @param fields what it says about the licence
   * @param pos where it is
   */
  public record LicenseDecl(Name id, Text title, List<LicenseField> fields, Pos pos) implements Item {
    /** Copies the fields. */
    public LicenseDecl {
      fields = List.copyOf(fields);
    }
  }

  /**
   * One line of a licence declaration.
   *
   * @param key {@code url}, {@code kind}, {@code suited}, {@code traits}, {@code users}, {@code excluded}
   * @param names the names it lists (kind, content types, traits, jurisdictions)
   * @param text the URL, for {@code url}
   * @param number the user count, for {@code users}
   * @param pos where it is
   */
  public record LicenseField(String key, List<Name> names, Optional<Text> text, Optional<Num> number, Pos pos) {
    /** Copies the names. */
    public LicenseField {
      names = List.copyOf(names);
    }
  }

  /**
   * {@code definition id "Title" extends parent { ... }}.
   *
   * @param id the definition's id
   * @param title its title
   * @param parent the definition it extends
   * @param items its body
   * @param pos where it is
   */
  public record DefinitionDecl(Name id, Optional<Text> title, Optional<Name> parent, List<DefItem> items, Pos pos)
      implements Item {
    /** Copies the items. */
    public DefinitionDecl {
      items = List.copyOf(items);
    }
  }

  // ---- definition bodies --------------------------------------------------------------------------------------

  /** An item of a definition's body. */
  public sealed interface DefItem
      permits Setting, LicenseSet, Drop, Require, Warn, TierDecl, ScoreDecl, CategoryDecl, TestDecl {
    /** Where it is. */
    Pos pos();
  }

  /**
   * {@code version "..."}, {@code source "..."}, {@code description "..."}, {@code unknown as violated},
   * {@code progress gated}, {@code score sum}.
   *
   * @param key the setting
   * @param value its value as written
   * @param pos where it is
   */
  public record Setting(String key, String value, Pos pos) implements DefItem {}

  /**
   * {@code licenses name = test}: a named licence set.
   *
   * @param name the set's name
   * @param test what the set means
   * @param pos where it is
   */
  public record LicenseSet(Name name, Lic test, Pos pos) implements DefItem {}

  /**
   * {@code drop id}: removes an inherited requirement (in a definition that extends another).
   *
   * @param id the requirement's id
   * @param pos where it is
   */
  public record Drop(Name id, Pos pos) implements DefItem {}

  /**
   * {@code require id: condition when condition because "..." remedy "..."}.
   *
   * @param id the id given, if any
   * @param condition what must hold
   * @param when when it applies
   * @param because why
   * @param remedy what would satisfy it
   * @param pos where it is
   */
  public record Require(
      Optional<Name> id, Cond condition, Optional<Cond> when, Optional<Text> because, Optional<Text> remedy,
      Pos pos) implements DefItem {}

  /**
   * {@code warn id: unless condition because "..."}.
   *
   * @param id the id given, if any
   * @param condition what should hold
   * @param because the message
   * @param pos where it is
   */
  public record Warn(Optional<Name> id, Cond condition, Optional<Text> because, Pos pos) implements DefItem {}

  /**
   * {@code tier "Name" extends "Other" { require ... warn ... }}.
   *
   * @param name the tier's name
   * @param parent the tier it extends
   * @param rules its requirements and warnings
   * @param pos where it is
   */
  public record TierDecl(Text name, Optional<Text> parent, List<DefItem> rules, Pos pos) implements DefItem {
    /** Copies the rules. */
    public TierDecl {
      rules = List.copyOf(rules);
    }
  }

  /**
   * {@code score { group "..." { dimension ... } dimension ... }}.
   *
   * @param entries groups and dimensions, in order
   * @param pos where it is
   */
  public record ScoreDecl(List<ScoreEntry> entries, Pos pos) implements DefItem {
    /** Copies the entries. */
    public ScoreDecl {
      entries = List.copyOf(entries);
    }
  }

  /** A group or a dimension of a score. */
  public sealed interface ScoreEntry permits Group, DimensionDecl {}

  /**
   * {@code group "Name" { dimension ... }}.
   *
   * @param name the group's name
   * @param dimensions its dimensions
   * @param pos where it is
   */
  public record Group(Text name, List<DimensionDecl> dimensions, Pos pos) implements ScoreEntry {
    /** Copies the dimensions. */
    public Group {
      dimensions = List.copyOf(dimensions);
    }
  }

  /**
   * {@code dimension id "Name" weight 2 = value}.
   *
   * @param id the dimension's id
   * @param title its name
   * @param weight its weight
   * @param value how it is computed
   * @param pos where it is
   */
  public record DimensionDecl(Name id, Optional<Text> title, Optional<Num> weight, ValueExpr value, Pos pos)
      implements ScoreEntry {}

  /** How a dimension's value is computed. */
  public sealed interface ValueExpr permits GradeOf, Constant, Choice {}

  /**
   * {@code grade of component}.
   *
   * @param component the component
   * @param pos where it is
   */
  public record GradeOf(Name component, Pos pos) implements ValueExpr {}

  /**
   * A number.
   *
   * @param value the number
   */
  public record Constant(Num value) implements ValueExpr {}

  /**
   * {@code 1 when c, 0.5 when d, else 0}.
   *
   * @param cases the cases
   * @param otherwise the value when none holds
   */
  public record Choice(List<Case> cases, Num otherwise) implements ValueExpr {
    /** Copies the cases. */
    public Choice {
      cases = List.copyOf(cases);
    }
  }

  /**
   * One case of a choice.
   *
   * @param value the value
   * @param condition when it applies
   */
  public record Case(Num value, Cond condition) {}

  /**
   * {@code category "Name" when condition because "..."}.
   *
   * @param name the category's name
   * @param condition when a release belongs to it (none: always)
   * @param because what it means
   * @param pos where it is
   */
  public record CategoryDecl(Text name, Optional<Cond> condition, Optional<Text> because, Pos pos)
      implements DefItem {}

  /**
   * {@code test "name" { release ... expect ... }}.
   *
   * @param name the test's name
   * @param release the release it evaluates
   * @param expectations what it expects
   * @param pos where it is
   */
  public record TestDecl(Text name, Optional<TestRelease> release, List<Expectation> expectations, Pos pos)
      implements DefItem {
    /** Copies the expectations. */
    public TestDecl {
      expectations = List.copyOf(expectations);
    }
  }

  /** The release a test evaluates. */
  public sealed interface TestRelease permits ReleaseFile, InlineRelease {}

  /**
   * {@code release "path"}: a description file, relative to the policy file.
   *
   * @param path the path
   */
  public record ReleaseFile(Text path) implements TestRelease {}

  /**
   * {@code release { name "X" model-parameters open license "MIT" fact monetized false }}.
   *
   * @param items what the release states
   * @param pos where it is
   */
  public record InlineRelease(List<InlineItem> items, Pos pos) implements TestRelease {
    /** Copies the items. */
    public InlineRelease {
      items = List.copyOf(items);
    }
  }

  /**
   * One statement of an inline release.
   *
   * @param key {@code name}, {@code licenses}, {@code fact} or {@code component}
   * @param names for a component: its kind and availability; for a default licence: its content type (or
   *     {@code default}); for a fact: its key
   * @param text the name, the licence text, or a text fact
   * @param literal a fact's value as written ({@code true}, {@code 700000000}, a word)
   * @param grade a component's declared grade
   * @param pos where it is
   */
  public record InlineItem(
      String key, List<Name> names, Optional<Text> text, Optional<String> literal, Optional<Name> grade, Pos pos) {
    /** Copies the names. */
    public InlineItem {
      names = List.copyOf(names);
    }
  }

  /**
   * {@code expect ...}.
   *
   * @param kind {@code passed}, {@code failed}, {@code undetermined}, {@code tier}, {@code score},
   *     {@code category}, {@code satisfied}, {@code violated}, {@code unknown}, {@code warning}
   * @param text the tier or category name ({@code none} for no tier or category)
   * @param number the score
   * @param names requirement ids or the warning code
   * @param pos where it is
   */
  public record Expectation(String kind, Optional<Text> text, Optional<Num> number, List<Name> names, Pos pos) {
    /** Copies the names. */
    public Expectation {
      names = List.copyOf(names);
    }
  }

  // ---- conditions ---------------------------------------------------------------------------------------------

  /** A condition on a release. */
  public sealed interface Cond permits NotCond, AndCond, OrCond, ParenCond, ComponentCond, FactCond, HasBase,
      BaseCond, BoolCond {
    /** Where it is. */
    Pos pos();
  }

  /**
   * {@code not c}.
   *
   * @param operand the condition
   * @param pos where it is
   */
  public record NotCond(Cond operand, Pos pos) implements Cond {}

  /**
   * {@code a and b}.
   *
   * @param left the left side
   * @param right the right side
   * @param pos where it is
   */
  public record AndCond(Cond left, Cond right, Pos pos) implements Cond {}

  /**
   * {@code a or b}.
   *
   * @param left the left side
   * @param right the right side
   * @param pos where it is
   */
  public record OrCond(Cond left, Cond right, Pos pos) implements Cond {}

  /**
   * {@code ( c )}.
   *
   * @param inner the condition
   * @param pos where it is
   */
  public record ParenCond(Cond inner, Pos pos) implements Cond {}

  /**
   * A test on components: {@code model-parameters is released with license open}.
   *
   * @param selection which components, and how many must pass
   * @param test the test on each
   * @param pos where it is
   */
  public record ComponentCond(Selection selection, CompTest test, Pos pos) implements Cond {}

  /**
   * {@code fact key}, {@code fact key is known}, {@code fact key is value}, {@code fact key > 1e25}.
   *
   * @param key the fact's key
   * @param op {@code true} (plain), {@code known}, {@code is}, or a comparison symbol
   * @param literal the value compared with
   * @param pos where it is
   */
  public record FactCond(Name key, String op, Optional<String> literal, Pos pos) implements Cond {}

  /**
   * {@code has base}.
   *
   * @param pos where it is
   */
  public record HasBase(Pos pos) implements Cond {}

  /**
   * {@code base ( c )}: lineage.
   *
   * @param condition the condition on the base
   * @param pos where it is
   */
  public record BaseCond(Cond condition, Pos pos) implements Cond {}

  /**
   * {@code true} or {@code false}.
   *
   * @param value the value
   * @param pos where it is
   */
  public record BoolCond(boolean value, Pos pos) implements Cond {}

  /**
   * Which components a component condition ranges over.
   *
   * @param quantifier {@code one} (a single kind), {@code all}, {@code any} or {@code at-least}
   * @param count N for {@code at-least}
   * @param kinds the listed kinds (for {@code one}, the kind)
   * @param group {@code code}, {@code data}, {@code document} or {@code listed} for group selections
   * @param verb the verb written after it ({@code is}, {@code are}, {@code has}, {@code have}), if any
   * @param pos where it is
   */
  public record Selection(
      String quantifier, int count, List<Name> kinds, Optional<Name> group, Optional<String> verb, Pos pos) {
    /** Copies the kinds. */
    public Selection {
      kinds = List.copyOf(kinds);
    }
  }

  // ---- component tests ----------------------------------------------------------------------------------------

  /** A test on one component. */
  public sealed interface CompTest permits NotTest, AndTest, OrTest, WithTest, ParenTest, LicenseTest,
      AvailabilityTest, GradeTest, DisclosesTest, WordTest {
    /** Where it is. */
    Pos pos();
  }

  /**
   * {@code not t}.
   *
   * @param operand the test
   * @param pos where it is
   */
  public record NotTest(CompTest operand, Pos pos) implements CompTest {}

  /**
   * {@code a and b} (inside parentheses).
   *
   * @param left the left side
   * @param right the right side
   * @param pos where it is
   */
  public record AndTest(CompTest left, CompTest right, Pos pos) implements CompTest {}

  /**
   * {@code a or b} (inside parentheses).
   *
   * @param left the left side
   * @param right the right side
   * @param pos where it is
   */
  public record OrTest(CompTest left, CompTest right, Pos pos) implements CompTest {}

  /**
   * {@code a with b with c}: all hold.
   *
   * @param parts the tests
   * @param pos where it is
   */
  public record WithTest(List<CompTest> parts, Pos pos) implements CompTest {
    /** Copies the parts. */
    public WithTest {
      parts = List.copyOf(parts);
    }
  }

  /**
   * {@code ( t )}.
   *
   * @param inner the test
   * @param pos where it is
   */
  public record ParenTest(CompTest inner, Pos pos) implements CompTest {}

  /**
   * {@code license test}.
   *
   * @param test the licence test
   * @param pos where it is
   */
  public record LicenseTest(Lic test, Pos pos) implements CompTest {}

  /**
   * {@code availability in [open, gated]}.
   *
   * @param values the availabilities
   * @param pos where it is
   */
  public record AvailabilityTest(List<Name> values, Pos pos) implements CompTest {
    /** Copies the values. */
    public AvailabilityTest {
      values = List.copyOf(values);
    }
  }

  /**
   * {@code grade at least partial}.
   *
   * @param grade the lowest grade
   * @param pos where it is
   */
  public record GradeTest(Name grade, Pos pos) implements CompTest {}

  /**
   * {@code discloses [provenance, scope]}.
   *
   * @param aspects the aspects
   * @param pos where it is
   */
  public record DisclosesTest(List<Name> aspects, Pos pos) implements CompTest {
    /** Copies the aspects. */
    public DisclosesTest {
      aspects = List.copyOf(aspects);
    }
  }

  /**
   * A one-word test: {@code released}, {@code open}, {@code gated}, {@code listed}, {@code licensed},
   * {@code complete}, ...
   *
   * @param word the word
   */
  public record WordTest(Name word) implements CompTest {
    @Override
    public Pos pos() {
      return word.pos();
    }
  }

  // ---- licence tests ------------------------------------------------------------------------------------------

  /** A test on a licence term. */
  public sealed interface Lic permits NotLic, AndLic, OrLic, ParenLic, HasLic, KindLic, SuitedLic, InLic,
      NamedLic {
    /** Where it is. */
    Pos pos();
  }

  /**
   * {@code not l}.
   *
   * @param operand the test
   * @param pos where it is
   */
  public record NotLic(Lic operand, Pos pos) implements Lic {}

  /**
   * {@code a and b}.
   *
   * @param left the left side
   * @param right the right side
   * @param pos where it is
   */
  public record AndLic(Lic left, Lic right, Pos pos) implements Lic {}

  /**
   * {@code a or b}.
   *
   * @param left the left side
   * @param right the right side
   * @param pos where it is
   */
  public record OrLic(Lic left, Lic right, Pos pos) implements Lic {}

  /**
   * {@code ( l )}.
   *
   * @param inner the test
   * @param pos where it is
   */
  public record ParenLic(Lic inner, Pos pos) implements Lic {}

  /**
   * {@code has trait}.
   *
   * @param trait the trait
   * @param pos where it is
   */
  public record HasLic(Name trait, Pos pos) implements Lic {}

  /**
   * {@code kind permissive} or {@code kind in [permissive, public-domain]}.
   *
   * @param kinds the kinds
   * @param list true when written as a list
   * @param pos where it is
   */
  public record KindLic(List<Name> kinds, boolean list, Pos pos) implements Lic {
    /** Copies the kinds. */
    public KindLic {
      kinds = List.copyOf(kinds);
    }
  }

  /**
   * {@code suited} or {@code suited to data}.
   *
   * @param type the content type, if named
   * @param pos where it is
   */
  public record SuitedLic(Optional<Name> type, Pos pos) implements Lic {}

  /**
   * {@code in [MIT, Apache-2.0, "Apache 2.0"]}.
   *
   * @param ids the licence ids written as names
   * @param texts exact texts written as strings
   * @param order every member as written, ids and texts, in order (for the formatter)
   * @param pos where it is
   */
  public record InLic(List<Name> ids, List<Text> texts, List<Object> order, Pos pos) implements Lic {
    /** Copies the lists. */
    public InLic {
      ids = List.copyOf(ids);
      texts = List.copyOf(texts);
      order = List.copyOf(order);
    }
  }

  /**
   * A named test: a built-in ({@code osi-approved}, {@code fsf-libre}, {@code osd-conformant},
   * {@code deprecated}) or a licence set the definition declares.
   *
   * @param name the name
   */
  public record NamedLic(Name name) implements Lic {
    @Override
    public Pos pos() {
      return name.pos();
    }
  }
}
