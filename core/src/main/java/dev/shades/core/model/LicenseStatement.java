package dev.shades.core.model;

import dev.shades.core.license.LicenseExpression;
import java.util.Objects;

/**
 * What a description says about a component's licence: an SPDX expression, explicitly no licence, nothing (so the
 * licence is inherited from the release's defaults), or — only from other formats — text that names no known
 * licence, kept exactly as written.
 */
public sealed interface LicenseStatement
    permits LicenseStatement.Expression,
        LicenseStatement.NoLicense,
        LicenseStatement.Inherit,
        LicenseStatement.Unrecognised {

  /** How the statement prints in reports. */
  String describe();

  /**
   * A licence expression.
   *
   * @param expression the parsed, canonical expression
   */
  record Expression(LicenseExpression expression) implements LicenseStatement {
    /** Validates the expression. */
    public Expression {
      Objects.requireNonNull(expression, "expression");
    }

    @Override
    public String describe() {
      return expression.toString();
    }
  }

  /** The component was released without any licence. This stops inheritance of the release's defaults. */
  record NoLicense() implements LicenseStatement {
    @Override
    public String describe() {
      return "no licence";
    }
  }

  /** Nothing was said: the component inherits the release's default for its content type, if any. */
  record Inherit() implements LicenseStatement {
    @Override
    public String describe() {
      return "not stated";
    }
  }

  /**
   * Licence text from another format kept exactly as written, such as {@code Gemma Terms of Use},
   * {@code Undisclosed}, {@code Apache 2.0} or {@code Apache-2.0}: formats such as the Model Openness Tool's
   * compare licence strings exactly, so readers keep them verbatim. A test that needs facts about the licence reads
   * the text as an SPDX expression or a known alias when it is one; other text has no traits.
   *
   * @param text the text as written
   */
  record Unrecognised(String text) implements LicenseStatement {
    /** Validates the text. */
    public Unrecognised {
      Objects.requireNonNull(text, "text");
    }

    @Override
    public String describe() {
      return "\"" + text + "\" (as written)";
    }
  }

  /** Explicitly no licence. */
  static LicenseStatement none() {
    return Shared.NONE;
  }

  /** Not stated: inherit. */
  static LicenseStatement inherit() {
    return Shared.INHERIT;
  }

  /** A licence expression. */
  static LicenseStatement of(LicenseExpression expression) {
    return new Expression(expression);
  }

  /** The two statements without content, shared (they are values, so sharing changes nothing but allocation). */
  final class Shared {
    static final NoLicense NONE = new NoLicense();
    static final Inherit INHERIT = new Inherit();

    private Shared() {}
  }
}
