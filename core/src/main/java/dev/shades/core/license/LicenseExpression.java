package dev.shades.core.license;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An SPDX licence expression: a licence id, an id with an exception ({@code WITH}), or a conjunction ({@code AND})
 * or disjunction ({@code OR}) of expressions. Its {@code toString()} prints the canonical text, with parentheses only
 * where precedence needs them ({@code WITH} binds tighter than {@code AND}, which binds tighter than {@code OR}).
 */
public sealed interface LicenseExpression
    permits LicenseExpression.Simple, LicenseExpression.With, LicenseExpression.And, LicenseExpression.Or {

  /** Every licence id the expression names, in order of appearance, without {@code +}. */
  default Set<String> licenseIds() {
    Set<String> ids = new LinkedHashSet<>();
    collect(this, ids);
    return java.util.Collections.unmodifiableSet(ids);
  }

  /** The terms of the expression, in order: each licence, with its {@code +} or exception, under AND and OR. */
  default java.util.List<LicenseExpression> terms() {
    java.util.List<LicenseExpression> out = new java.util.ArrayList<>();
    terms(this, out);
    return java.util.List.copyOf(out);
  }

  /**
   * The licence of a term, as {@link #terms()} gives them: the licence itself, or the licence of a {@code WITH}.
   *
   * @throws IllegalArgumentException for an {@code AND} or {@code OR}, which is not one term
   */
  static Simple licenseOf(LicenseExpression term) {
    if (term instanceof With w) {
      return w.license();
    }
    if (term instanceof Simple s) {
      return s;
    }
    throw new IllegalArgumentException("not a single licence term: " + term);
  }

  private static void terms(LicenseExpression e, java.util.List<LicenseExpression> out) {
    if (e instanceof And a) {
      a.operands().forEach(o -> terms(o, out));
    } else if (e instanceof Or o) {
      o.operands().forEach(x -> terms(x, out));
    } else {
      out.add(e);
    }
  }

  private static void collect(LicenseExpression e, Set<String> ids) {
    if (e instanceof Simple s) {
      ids.add(s.id());
    } else if (e instanceof With w) {
      ids.add(w.license().id());
    } else if (e instanceof And a) {
      a.operands().forEach(o -> collect(o, ids));
    } else if (e instanceof Or o) {
      o.operands().forEach(x -> collect(x, ids));
    }
  }

  /**
   * One licence: an SPDX id or a {@code LicenseRef-} (optionally prefixed by {@code DocumentRef-…:}).
   *
   * @param id the licence id
   * @param orLater true when written with {@code +}: this version or any later one
   */
  record Simple(String id, boolean orLater) implements LicenseExpression {
    /** Validates the id. */
    public Simple {
      Objects.requireNonNull(id, "id");
    }

    /** A plain licence id. */
    public static Simple of(String id) {
      return new Simple(id, false);
    }

    /** True for {@code LicenseRef-…} and {@code DocumentRef-…:LicenseRef-…} ids, which are not on the SPDX list. */
    public boolean isLicenseRef() {
      return id.startsWith("LicenseRef-") || id.startsWith("DocumentRef-");
    }

    @Override
    public String toString() {
      return orLater ? id + "+" : id;
    }
  }

  /**
   * A licence with an exception, such as {@code GPL-2.0-only WITH Classpath-exception-2.0}.
   *
   * @param license the licence
   * @param exception the SPDX exception id (or an {@code AdditionRef-})
   */
  record With(Simple license, String exception) implements LicenseExpression {
    /** Validates the parts. */
    public With {
      Objects.requireNonNull(license, "license");
      Objects.requireNonNull(exception, "exception");
    }

    @Override
    public String toString() {
      return license + " WITH " + exception;
    }
  }

  /**
   * All of the operands apply at once.
   *
   * @param operands two or more expressions
   */
  record And(List<LicenseExpression> operands) implements LicenseExpression {
    /** Copies the operands. */
    public And {
      operands = List.copyOf(operands);
      if (operands.size() < 2) {
        throw new IllegalArgumentException("AND needs two or more operands");
      }
    }

    @Override
    public String toString() {
      return operands.stream()
          .map(o -> o instanceof Or ? "(" + o + ")" : o.toString())
          .collect(Collectors.joining(" AND "));
    }
  }

  /**
   * The licensee may choose any one of the operands.
   *
   * @param operands two or more expressions
   */
  record Or(List<LicenseExpression> operands) implements LicenseExpression {
    /** Copies the operands. */
    public Or {
      operands = List.copyOf(operands);
      if (operands.size() < 2) {
        throw new IllegalArgumentException("OR needs two or more operands");
      }
    }

    @Override
    public String toString() {
      return operands.stream().map(LicenseExpression::toString).collect(Collectors.joining(" OR "));
    }
  }
}
