package dev.shades.core.license;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Parses SPDX licence expressions: licence ids, {@code LicenseRef-…} (optionally {@code DocumentRef-…:}),
 * {@code +}, {@code WITH} exceptions, {@code AND}, {@code OR} and parentheses. {@code WITH} binds tighter than
 * {@code AND}, which binds tighter than {@code OR}. Operators are written all upper case or all lower case, as
 * SPDX allows. The parser checks syntax only; whether an id is known is {@link LicenseKnowledge}'s business.
 *
 * <p>Errors are values: {@link Result#error()} gives the 1-based column of the mistake and a message.
 */
public final class ExpressionParser {
  private static final int MAX_LENGTH = 4096;
  private static final int MAX_DEPTH = 64;

  private final String text;
  private final List<Token> tokens;
  private final List<IdOccurrence> occurrences = new ArrayList<>();
  private int pos;
  private int depth;

  private ExpressionParser(String text, List<Token> tokens) {
    this.text = text;
    this.tokens = tokens;
  }

  /**
   * Where a licence or exception id appears in the text, so that diagnostics can point at it.
   *
   * @param id the id as written (without {@code +})
   * @param column the 1-based column of its first character
   * @param exception true for an exception id (after {@code WITH})
   * @param orLater true when the id is followed by {@code +}
   */
  public record IdOccurrence(String id, int column, boolean exception, boolean orLater) {}

  /**
   * A syntax error.
   *
   * @param column the 1-based column of the mistake
   * @param length how many characters it spans
   * @param message what is wrong
   */
  public record Error(int column, int length, String message) {}

  /**
   * The result of parsing: an expression and the places of its ids, or an error.
   *
   * @param expression the expression, when the text is well formed
   * @param occurrences every id in the text with its column
   * @param error the first syntax error, when the text is malformed
   */
  public record Result(
      Optional<LicenseExpression> expression, List<IdOccurrence> occurrences, Optional<Error> error) {
    /** Copies the occurrences. */
    public Result {
      Objects.requireNonNull(expression, "expression");
      occurrences = List.copyOf(occurrences);
      Objects.requireNonNull(error, "error");
    }
  }

  /** Parses an expression. Never throws for malformed text. */
  public static Result parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() > MAX_LENGTH) {
      return failure(1, 1, "licence expression is longer than " + MAX_LENGTH + " characters");
    }
    List<Token> tokens = new ArrayList<>();
    Optional<Error> lexError = tokenize(text, tokens);
    if (lexError.isPresent()) {
      return new Result(Optional.empty(), List.of(), lexError);
    }
    if (tokens.size() == 1) {
      return failure(1, 1, "empty licence expression");
    }
    ExpressionParser parser = new ExpressionParser(text, tokens);
    try {
      LicenseExpression e = parser.orExpression();
      Token next = parser.peek();
      if (next.type != Type.END) {
        throw parser.unexpected(next, "expected AND, OR or WITH");
      }
      return new Result(Optional.of(e), parser.occurrences, Optional.empty());
    } catch (SyntaxError s) {
      return new Result(Optional.empty(), List.of(), Optional.of(s.error));
    }
  }

  private static Result failure(int column, int length, String message) {
    return new Result(Optional.empty(), List.of(), Optional.of(new Error(column, length, message)));
  }

  // ---- grammar --------------------------------------------------------------------------------------------

  private LicenseExpression orExpression() {
    List<LicenseExpression> operands = new ArrayList<>();
    operands.add(andExpression());
    while (peek().type == Type.OR) {
      pos++;
      operands.add(andExpression());
    }
    return operands.size() == 1 ? operands.get(0) : new LicenseExpression.Or(flatten(operands, true));
  }

  private LicenseExpression andExpression() {
    List<LicenseExpression> operands = new ArrayList<>();
    operands.add(primary());
    while (peek().type == Type.AND) {
      pos++;
      operands.add(primary());
    }
    return operands.size() == 1 ? operands.get(0) : new LicenseExpression.And(flatten(operands, false));
  }

  /** Flattens nested operators of the same kind, which parentheses may have introduced: (A OR B) OR C. */
  private static List<LicenseExpression> flatten(List<LicenseExpression> operands, boolean or) {
    List<LicenseExpression> out = new ArrayList<>();
    for (LicenseExpression e : operands) {
      if (or && e instanceof LicenseExpression.Or o) {
        out.addAll(o.operands());
      } else if (!or && e instanceof LicenseExpression.And a) {
        out.addAll(a.operands());
      } else {
        out.add(e);
      }
    }
    return out;
  }

  private LicenseExpression primary() {
    Token t = peek();
    if (t.type == Type.OPEN) {
      pos++;
      if (++depth > MAX_DEPTH) {
        throw new SyntaxError(new Error(t.column, 1, "licence expression nests deeper than " + MAX_DEPTH));
      }
      if (peek().type == Type.CLOSE) {
        throw unexpected(peek(), "expected a licence id");
      }
      LicenseExpression inner = orExpression();
      depth--;
      Token close = peek();
      if (close.type != Type.CLOSE) {
        if (close.type == Type.END) {
          throw new SyntaxError(new Error(t.column, 1, "'(' is not closed"));
        }
        throw unexpected(close, "expected AND, OR, WITH or ')'");
      }
      pos++;
      if (peek().type == Type.WITH) {
        throw new SyntaxError(new Error(peek().column, 4,
            "WITH must follow a single licence id, not a parenthesised expression"));
      }
      return inner;
    }
    if (t.type != Type.ID) {
      throw unexpected(t, "expected a licence id");
    }
    pos++;
    LicenseExpression.Simple simple = simple(t);
    if (peek().type == Type.WITH) {
      pos++;
      Token exception = peek();
      if (exception.type != Type.ID) {
        throw unexpected(exception, "expected an exception id after WITH");
      }
      pos++;
      if (exception.text.endsWith("+")) {
        throw new SyntaxError(new Error(exception.column + exception.text.length() - 1, 1,
            "'+' cannot follow an exception id"));
      }
      occurrences.add(new IdOccurrence(exception.text, exception.column, true, false));
      if (peek().type == Type.WITH) {
        throw new SyntaxError(new Error(peek().column, 4, "a licence takes at most one exception (WITH)"));
      }
      return new LicenseExpression.With(simple, exception.text);
    }
    return simple;
  }

  private LicenseExpression.Simple simple(Token t) {
    String id = t.text;
    boolean orLater = id.endsWith("+");
    if (orLater) {
      id = id.substring(0, id.length() - 1);
    }
    if (id.startsWith("DocumentRef-")) {
      int colon = id.indexOf(':');
      if (colon <= "DocumentRef-".length() || !id.startsWith("LicenseRef-", colon + 1)
          || id.length() == colon + "LicenseRef-".length() + 1) {
        throw new SyntaxError(new Error(t.column, id.length(), "expected DocumentRef-<id>:LicenseRef-<id>"));
      }
    } else if (id.indexOf(':') >= 0) {
      throw new SyntaxError(new Error(t.column + id.indexOf(':'), 1, "':' is only allowed after DocumentRef-<id>"));
    }
    if (id.equals("LicenseRef-")) {
      throw new SyntaxError(new Error(t.column, id.length(), "'LicenseRef-' must be followed by an id"));
    }
    if (orLater && (id.startsWith("LicenseRef-") || id.startsWith("DocumentRef-"))) {
      throw new SyntaxError(new Error(t.column + id.length(), 1, "'+' cannot follow a LicenseRef"));
    }
    occurrences.add(new IdOccurrence(id, t.column, false, orLater));
    return new LicenseExpression.Simple(id, orLater);
  }

  private Token peek() {
    return tokens.get(pos);
  }

  private SyntaxError unexpected(Token t, String expected) {
    String found = switch (t.type) {
      case END -> "the end of the expression";
      case OPEN -> "'('";
      case CLOSE -> "')'";
      default -> "'" + t.text + "'";
    };
    int column = t.type == Type.END ? text.length() + 1 : t.column;
    return new SyntaxError(new Error(column, Math.max(1, t.text.length()), expected + ", found " + found));
  }

  // ---- tokens ---------------------------------------------------------------------------------------------

  private enum Type { ID, AND, OR, WITH, OPEN, CLOSE, END }

  private record Token(Type type, String text, int column) {}

  private static final class SyntaxError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Error error;

    SyntaxError(Error error) {
      super(error.message(), null, false, false);
      this.error = error;
    }
  }

  private static Optional<Error> tokenize(String text, List<Token> out) {
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        i++;
      } else if (c == '(') {
        out.add(new Token(Type.OPEN, "(", i + 1));
        i++;
      } else if (c == ')') {
        out.add(new Token(Type.CLOSE, ")", i + 1));
        i++;
      } else if (isIdChar(c)) {
        int start = i;
        while (i < text.length() && (isIdChar(text.charAt(i)) || text.charAt(i) == ':')) {
          i++;
        }
        if (i < text.length() && text.charAt(i) == '+') {
          i++;
        }
        String word = text.substring(start, i);
        Type type = switch (word) {
          case "AND", "and" -> Type.AND;
          case "OR", "or" -> Type.OR;
          case "WITH", "with" -> Type.WITH;
          default -> Type.ID;
        };
        if (type == Type.ID && isMixedCaseOperator(word)) {
          return Optional.of(new Error(start + 1, word.length(),
              "operator '" + word + "' must be written in upper or lower case: "
                  + word.toUpperCase(java.util.Locale.ROOT)));
        }
        out.add(new Token(type, word, start + 1));
      } else if (c == '+') {
        return Optional.of(new Error(i + 1, 1, "'+' must directly follow a licence id"));
      } else {
        String ch = new String(Character.toChars(text.codePointAt(i)));
        return Optional.of(new Error(i + 1, 1,
            "unexpected character '" + ch + "' in licence expression"
                + (c == '/' || c == ',' || c == '&' || c == '|' ? "; use AND or OR to combine licences" : "")));
      }
    }
    out.add(new Token(Type.END, "", text.length() + 1));
    return Optional.empty();
  }

  private static boolean isMixedCaseOperator(String word) {
    String upper = word.toUpperCase(java.util.Locale.ROOT);
    return upper.equals("AND") || upper.equals("OR") || upper.equals("WITH");
  }

  private static boolean isIdChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
  }
}
