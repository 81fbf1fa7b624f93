package dev.shades.dsl.parser;

import dev.shades.core.diagnostic.Diagnostic;
import dev.shades.core.diagnostic.Severity;
import dev.shades.core.diagnostic.SourceLocation;
import dev.shades.core.diagnostic.SourceText;
import dev.shades.dsl.ast.Ast;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;

/**
 * Parses policy text into an {@link Ast.PolicyFile}, or diagnostics. Limits are checked before parsing (file size,
 * nesting depth); parsing runs SLL first and falls back to full LL only when SLL fails; ANTLR's guesses (inserting
 * or deleting a token to carry on) are switched off, so every syntax error is reported where it is, as written.
 * ANTLR types never leave this package.
 */
public final class PolicyParser {
  /** Code of a syntax error. */
  public static final String SYNTAX = "syntax-error";
  /** Code of a character that belongs nowhere in the language. */
  public static final String BAD_CHARACTER = "unexpected-character";
  /** Code of a file without the {@code shades 1} header. */
  public static final String MISSING_HEADER = "missing-header";
  /** Code of a header version this parser does not know. */
  public static final String UNKNOWN_VERSION = "unknown-language-version";
  /** Code of a file over the size limit. */
  public static final String TOO_LARGE = "file-too-large";
  /** Code of nesting over the limit. */
  public static final String TOO_DEEP = "nesting-too-deep";
  /** Code of too many errors. */
  public static final String TOO_MANY_ERRORS = "too-many-errors";

  /** The language versions this parser reads. */
  public static final int LANGUAGE_VERSION = 1;

  private final Limits limits;

  /**
   * Limits on what the parser accepts.
   *
   * @param maxChars files longer than this are refused
   * @param maxNesting brackets nested deeper than this are refused
   * @param maxErrors reporting stops after this many errors
   */
  public record Limits(int maxChars, int maxNesting, int maxErrors) {
    /** The defaults: 1 MiB of text, 64 levels, 50 errors. */
    public static Limits defaults() {
      return new Limits(1024 * 1024, 64, 50);
    }
  }

  /**
   * The result of parsing.
   *
   * @param file the tree, when the text has no syntax errors
   * @param diagnostics the errors found
   */
  public record Result(Optional<Ast.PolicyFile> file, List<Diagnostic> diagnostics) {
    /** Copies the diagnostics. */
    public Result {
      Objects.requireNonNull(file, "file");
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /** A parser with these limits. */
  public PolicyParser(Limits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** A parser with the default limits. */
  public static PolicyParser create() {
    return new PolicyParser(Limits.defaults());
  }

  /** Parses a policy text. Never throws for bad input. */
  public Result parse(SourceText source) {
    Reporter reporter = new Reporter(source, limits.maxErrors());
    if (source.text().length() > limits.maxChars()) {
      reporter.add(SourceLocation.startOf(source.name()), 1, TOO_LARGE,
          "policy file is larger than the limit of " + limits.maxChars() + " characters");
      return new Result(Optional.empty(), reporter.diagnostics);
    }
    ShadesLexer lexer = new ShadesLexer(CharStreams.fromString(source.text(), source.name()));
    lexer.removeErrorListeners();
    CommonTokenStream tokens = new CommonTokenStream(lexer);
    tokens.fill();
    if (!checkTokens(tokens.getTokens(), source, reporter)) {
      return new Result(Optional.empty(), reporter.diagnostics);
    }

    ShadesParser parser = new ShadesParser(tokens);
    parser.removeErrorListeners();
    parser.setErrorHandler(new BailErrorStrategy());
    parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
    ShadesParser.FileContext tree;
    try {
      tree = parser.file();
    } catch (ParseCancellationException sllFailed) {
      tokens.seek(0);
      parser.reset();
      parser.getInterpreter().setPredictionMode(PredictionMode.LL);
      parser.setErrorHandler(new NoGuessingStrategy());
      parser.addErrorListener(new Listener(reporter));
      try {
        tree = parser.file();
      } catch (RuntimeException | StackOverflowError e) {
        if (reporter.diagnostics.isEmpty()) {
          reporter.add(SourceLocation.startOf(source.name()), 1, SYNTAX, "the file cannot be parsed");
        }
        return new Result(Optional.empty(), reporter.diagnostics);
      }
      if (!reporter.diagnostics.isEmpty()) {
        return new Result(Optional.empty(), reporter.diagnostics);
      }
    } catch (StackOverflowError e) {
      reporter.add(SourceLocation.startOf(source.name()), 1, TOO_DEEP, "nesting is too deep to read");
      return new Result(Optional.empty(), reporter.diagnostics);
    }
    AstBuilder builder = new AstBuilder(source, tokens);
    Ast.PolicyFile file;
    try {
      file = builder.file(tree);
    } catch (StackOverflowError e) {
      reporter.add(SourceLocation.startOf(source.name()), 1, TOO_DEEP,
          "an expression is too long or too deeply nested to read; split it into several requirements");
      return new Result(Optional.empty(), reporter.diagnostics);
    }
    for (Object[] problem : builder.problems) {
      dev.shades.dsl.ast.Pos pos = (dev.shades.dsl.ast.Pos) problem[0];
      reporter.add(pos.span().start(), pos.span().width(), (String) problem[1], (String) problem[2]);
    }
    if (!builder.problems.isEmpty()) {
      return new Result(Optional.empty(), reporter.diagnostics);
    }
    int version = (int) file.version().value();
    if (file.version().value() != LANGUAGE_VERSION) {
      reporter.add(file.version().pos().span().start(), file.version().text().length(), UNKNOWN_VERSION,
          "policy language version " + file.version().text() + " is not known; this version of Shades reads "
              + "'shades " + LANGUAGE_VERSION + "'");
      return new Result(Optional.empty(), reporter.diagnostics);
    }
    assert version == LANGUAGE_VERSION;
    return new Result(Optional.of(file), reporter.diagnostics);
  }

  /** Checks the header, bad characters and nesting on the token stream; false when parsing should not go on. */
  private boolean checkTokens(List<Token> tokens, SourceText source, Reporter reporter) {
    Token first = null;
    int depth = 0;
    int unclosedStringLine = -1;
    for (Token t : tokens) {
      if (t.getChannel() != Token.DEFAULT_CHANNEL || t.getType() == Token.EOF) {
        continue;
      }
      if (t.getLine() == unclosedStringLine) {
        continue; // the rest of a line with an unclosed string says nothing new
      }
      if (first == null) {
        first = t;
      }
      switch (t.getType()) {
        case ShadesLexer.BAD_CHAR -> {
          String text = t.getText();
          String message = text.equals("\"") ? "string is not closed before the end of the line"
              : "unexpected character '" + text + "'";
          if (text.equals("\"")) {
            unclosedStringLine = t.getLine();
          }
          reporter.add(at(source, t), 1, BAD_CHARACTER, message);
        }
        case ShadesLexer.LPAREN, ShadesLexer.LBRACK, ShadesLexer.LBRACE -> {
          if (++depth > limits.maxNesting()) {
            reporter.add(at(source, t), 1, TOO_DEEP, "nesting is deeper than the limit of " + limits.maxNesting()
                + " levels");
            return false;
          }
        }
        case ShadesLexer.RPAREN, ShadesLexer.RBRACK, ShadesLexer.RBRACE -> depth = Math.max(0, depth - 1);
        default -> { }
      }
    }
    if (first == null || first.getType() != ShadesLexer.SHADES) {
      SourceLocation where = first == null ? SourceLocation.startOf(source.name()) : at(source, first);
      reporter.add(where, first == null ? 1 : first.getText().length(), MISSING_HEADER,
          "a policy file starts with its language version: 'shades " + LANGUAGE_VERSION + "'");
      return false;
    }
    return reporter.diagnostics.isEmpty();
  }

  static SourceLocation at(SourceText source, Token t) {
    return source.at(Math.max(1, t.getLine()), t.getCharPositionInLine() + 1);
  }

  /** Collects diagnostics up to the limit. */
  private static final class Reporter {
    final SourceText source;
    final int max;
    final List<Diagnostic> diagnostics = new ArrayList<>();
    boolean stopped;

    Reporter(SourceText source, int max) {
      this.source = source;
      this.max = max;
    }

    void add(SourceLocation where, int length, String code, String message) {
      if (stopped) {
        return;
      }
      if (diagnostics.size() >= max) {
        stopped = true;
        diagnostics.add(Diagnostic.of(Severity.ERROR, TOO_MANY_ERRORS, "more than " + max
            + " errors; stopped reporting", where, source, 1));
        return;
      }
      diagnostics.add(Diagnostic.of(Severity.ERROR, code, message, where, source, length));
    }
  }

  /** Turns ANTLR's syntax errors into diagnostics with readable messages. */
  private static final class Listener extends BaseErrorListener {
    private final Reporter reporter;

    Listener(Reporter reporter) {
      this.reporter = reporter;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int column, String msg,
        RecognitionException e) {
      Token t = (Token) offending;
      String found = t == null || t.getType() == Token.EOF ? "end of file" : "'" + t.getText() + "'";
      String expected = "";
      if (recognizer instanceof Parser p) {
        IntervalSet set = e != null && e.getExpectedTokens() != null ? e.getExpectedTokens()
            : p.getExpectedTokens();
        List<String> names = set.toList().stream()
            .map(type -> p.getVocabulary().getDisplayName(type))
            .filter(n -> !n.equals("BAD_CHAR"))
            .map(n -> n.equals("ID") ? "a name" : n.equals("STRING") ? "a string" : n.equals("NUMBER") ? "a number"
                : n.equals("CMP") ? "a comparison" : n)
            .distinct()
            .collect(Collectors.toList());
        if (!names.isEmpty() && names.size() <= 10) {
          expected = "; expected " + String.join(", ", names);
        }
      }
      SourceLocation where = reporter.source.at(Math.max(1, line), column + 1);
      reporter.add(where, t == null ? 1 : Math.max(1, t.getText().length()), SYNTAX,
          "unexpected " + found + expected);
    }
  }

  /** The default strategy without single-token insertion and deletion: errors are reported, never guessed at. */
  private static final class NoGuessingStrategy extends DefaultErrorStrategy {
    @Override
    protected Token singleTokenDeletion(Parser recognizer) {
      return null;
    }

    @Override
    protected boolean singleTokenInsertion(Parser recognizer) {
      return false;
    }

    @Override
    public Token recoverInline(Parser recognizer) {
      throw new InputMismatchException(recognizer);
    }
  }
}
