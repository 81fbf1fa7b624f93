package dev.shades.core.read;

import dev.shades.core.diagnostic.Diagnostic;
import dev.shades.core.diagnostic.Severity;
import dev.shades.core.diagnostic.SourceLocation;
import dev.shades.core.diagnostic.SourceText;
import dev.shades.core.diagnostic.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.DocumentStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingEndEvent;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.SequenceEndEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * A YAML (or JSON) file read safely for a description reader, and the diagnostics found while reading it.
 *
 * <p>Before any tree is built, the event stream is checked: one document only, no anchors or aliases (which would
 * let a small file expand into a huge one), nesting no deeper than the limit. Then typed accessors read the tree,
 * reporting each problem once with its file:line:col. Readers in other modules use this class too.
 */
public final class YamlFile {
  /** Code of malformed YAML. */
  public static final String SYNTAX = "yaml-syntax";
  /** Code of an anchor or alias, which descriptions may not use. */
  public static final String ALIAS = "yaml-alias";
  /** Code of nesting deeper than the limit. */
  public static final String TOO_DEEP = "nesting-too-deep";
  /** Code of a second document in one file. */
  public static final String MULTIPLE_DOCUMENTS = "multiple-documents";
  /** Code of a value of the wrong type. */
  public static final String WRONG_TYPE = "wrong-type";
  /** Code of a key that appears twice in one mapping. */
  public static final String DUPLICATE_KEY = "duplicate-key";
  /** Code of a key the format does not define. */
  public static final String UNKNOWN_FIELD = "unknown-field";
  /** Code of a required key that is missing. */
  public static final String MISSING_FIELD = "missing-field";
  /** Code of too many errors. */
  public static final String TOO_MANY_ERRORS = "too-many-errors";

  private final SourceText source;
  private final ReadOptions options;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final Optional<Node> root;
  private int errors;
  private boolean stopped;

  private YamlFile(SourceText source, ReadOptions options) {
    this.source = source;
    this.options = options;
    this.root = parse();
  }

  /** Reads the text; check {@link #root()} for the tree and {@link #diagnostics()} for problems. */
  public static YamlFile read(SourceText source, ReadOptions options) {
    return new YamlFile(source, options);
  }

  /** The document's root node, when the text is well-formed YAML within the limits. */
  public Optional<Node> root() {
    return root;
  }

  /** The source text. */
  public SourceText source() {
    return source;
  }

  /** Every diagnostic so far. */
  public List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }

  /** True when any error was reported. */
  public boolean hasErrors() {
    return errors > 0;
  }

  // ---- reporting ------------------------------------------------------------------------------------------

  /** The location of a node's start. */
  public SourceLocation at(Node node) {
    return node.getStartMark().map(this::at).orElse(SourceLocation.startOf(source.name()));
  }

  private SourceLocation at(Mark mark) {
    return source.at(mark.getLine() + 1, mark.getColumn() + 1);
  }

  /** Reports an error at a node. */
  public void error(String code, String message, Node node) {
    report(Severity.ERROR, code, message, at(node), length(node));
  }

  /** Reports a warning at a node. */
  public void warning(String code, String message, Node node) {
    report(Severity.WARNING, code, message, at(node), length(node));
  }

  /** Adds diagnostics found by someone else (a licence reader), counting their errors. */
  public void addAll(Collection<Diagnostic> more) {
    for (Diagnostic d : more) {
      report(d);
    }
  }

  /** Reports a diagnostic at a location. */
  public void report(Severity severity, String code, String message, SourceLocation at, int length) {
    report(Diagnostic.of(severity, code, message, at, source, length));
  }

  private void report(Diagnostic d) {
    if (stopped) {
      return;
    }
    if (d.isError() && ++errors > options.maxErrors()) {
      stopped = true;
      diagnostics.add(Diagnostic.error(TOO_MANY_ERRORS, "more than " + options.maxErrors()
          + " errors; stopped reporting", d.location(), source));
      return;
    }
    diagnostics.add(d);
  }

  private static int length(Node node) {
    if (node instanceof ScalarNode s && node.getStartMark().isPresent() && node.getEndMark().isPresent()
        && node.getStartMark().get().getLine() == node.getEndMark().get().getLine()) {
      return Math.max(1, node.getEndMark().get().getColumn() - node.getStartMark().get().getColumn());
    }
    return 1;
  }

  // ---- typed access ---------------------------------------------------------------------------------------

  /** A scalar node's value as a string, whatever its YAML type; empty (with an error) for collections. */
  public Optional<String> scalar(Node node, String what) {
    if (node instanceof ScalarNode s) {
      return Optional.of(s.getValue());
    }
    error(WRONG_TYPE, what + " must be a single value, found " + describe(node), node);
    return Optional.empty();
  }

  /** A text value: a scalar that is not null; numbers and booleans are accepted as written. */
  public Optional<String> text(Node node, String what) {
    if (node instanceof ScalarNode s && !s.getTag().equals(Tag.NULL)) {
      return Optional.of(s.getValue());
    }
    error(WRONG_TYPE, what + " must be text, found " + describe(node), node);
    return Optional.empty();
  }

  /** A boolean value. */
  public Optional<Boolean> bool(Node node, String what) {
    if (node instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)) {
      return Optional.of(Boolean.parseBoolean(s.getValue().toLowerCase(java.util.Locale.ROOT)));
    }
    error(WRONG_TYPE, what + " must be true or false, found " + describe(node), node);
    return Optional.empty();
  }

  /** A numeric value. */
  public Optional<Double> number(Node node, String what) {
    if (node instanceof ScalarNode s && (s.getTag().equals(Tag.INT) || s.getTag().equals(Tag.FLOAT))) {
      try {
        double d = Double.parseDouble(s.getValue().replace("_", ""));
        if (Double.isFinite(d)) {
          return Optional.of(d);
        }
        error(WRONG_TYPE, what + " must be a finite number, found " + s.getValue(), node);
        return Optional.empty();
      } catch (NumberFormatException e) {
        // A YAML 1.2 core-schema number Java cannot parse directly (0x1A, 0o17, .inf).
        try {
          String v = s.getValue();
          if (v.startsWith("0x")) {
            return Optional.of((double) Long.parseLong(v.substring(2), 16));
          }
          if (v.startsWith("0o")) {
            return Optional.of((double) Long.parseLong(v.substring(2), 8));
          }
          if (v.toLowerCase(java.util.Locale.ROOT).matches("[-+]?\\.(inf|nan)")) {
            error(WRONG_TYPE, what + " must be a finite number, found " + v, node);
            return Optional.empty();
          }
        } catch (NumberFormatException ignored) {
          // fall through to the error
        }
      }
    }
    error(WRONG_TYPE, what + " must be a number, found " + describe(node), node);
    return Optional.empty();
  }

  /** A list's items; a single scalar is not accepted. */
  public Optional<List<Node>> list(Node node, String what) {
    if (node instanceof SequenceNode s) {
      return Optional.of(List.copyOf(s.getValue()));
    }
    error(WRONG_TYPE, what + " must be a list, found " + describe(node), node);
    return Optional.empty();
  }

  /** True when the node is a YAML null ({@code ~}, {@code null} or nothing). */
  public static boolean isNull(Node node) {
    return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
  }

  /**
   * A mapping's fields by key, in order. Reports keys that are not text, keys that appear twice, and keys not in
   * {@code allowed} (with a "did you mean" hint); such keys are left out of the result.
   *
   * @param node the node that must be a mapping
   * @param what what the mapping is, for messages ("a component")
   * @param allowed the keys the format defines here
   * @return the fields, or empty (with an error) when the node is not a mapping
   */
  public Optional<Map<String, Field>> mapping(Node node, String what, Collection<String> allowed) {
    if (!(node instanceof MappingNode m)) {
      error(WRONG_TYPE, what + " must be a mapping of keys to values, found " + describe(node), node);
      return Optional.empty();
    }
    Map<String, Field> fields = new LinkedHashMap<>();
    for (NodeTuple t : m.getValue()) {
      Node keyNode = t.getKeyNode();
      if (!(keyNode instanceof ScalarNode k) || k.getTag().equals(Tag.NULL)) {
        error(WRONG_TYPE, "keys in " + what + " must be text, found " + describe(keyNode), keyNode);
        continue;
      }
      String key = k.getValue();
      if (fields.containsKey(key)) {
        error(DUPLICATE_KEY, "duplicate key '" + key + "' in " + what + " (first at line "
            + at(fields.get(key).key()).line() + ")", keyNode);
        continue;
      }
      if (allowed != null && !allowed.contains(key)) {
        error(UNKNOWN_FIELD, "unknown key '" + key + "' in " + what + Suggestions.didYouMean(key, allowed),
            keyNode);
        continue;
      }
      fields.put(key, new Field(key, keyNode, t.getValueNode()));
    }
    return Optional.of(fields);
  }

  /** Reports a missing required key at the mapping. */
  public void missing(Node mapping, String key, String what) {
    error(MISSING_FIELD, what + " needs '" + key + "'", mapping);
  }

  /**
   * One key and value of a mapping.
   *
   * @param name the key
   * @param key the key's node (for locations)
   * @param value the value's node
   */
  public record Field(String name, Node key, Node value) {}

  /** How a node reads in a message: "a list", "a mapping", "text 'x'", "the number 3", "nothing". */
  public static String describe(Node node) {
    if (node instanceof SequenceNode) {
      return "a list";
    }
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    ScalarNode s = (ScalarNode) node;
    Tag tag = s.getTag();
    if (tag.equals(Tag.NULL)) {
      return "nothing";
    }
    if (tag.equals(Tag.BOOL)) {
      return "the boolean " + s.getValue();
    }
    if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
      return "the number " + s.getValue();
    }
    String v = s.getValue();
    return "text '" + (v.length() > 40 ? v.substring(0, 40) + "…" : v) + "'";
  }

  // ---- parsing --------------------------------------------------------------------------------------------

  private LoadSettings settings() {
    return LoadSettings.builder()
        .setLabel(source.name())
        .setSchema(new CoreSchema())
        .setAllowDuplicateKeys(true) // duplicates are reported by mapping(), with both positions
        .setMaxAliasesForCollections(0)
        .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, options.maxFileBytes() + 1))
        .setUseMarks(true)
        .build();
  }

  private Optional<Node> parse() {
    LoadSettings settings = settings();
    try {
      // First pass over the events: limits that must hold before a tree is built.
      int depth = 0;
      int documents = 0;
      for (Event e : new Parse(settings).parseString(source.text())) {
        if (e instanceof DocumentStartEvent && ++documents > 1) {
          report(Severity.ERROR, MULTIPLE_DOCUMENTS, "a description file holds one YAML document; found a second",
              e.getStartMark().map(this::at).orElse(SourceLocation.startOf(source.name())), 3);
          return Optional.empty();
        }
        if (e instanceof AliasEvent) {
          report(Severity.ERROR, ALIAS, "YAML aliases are not allowed in descriptions (they can expand a small "
              + "file into a huge one); write the value out", at(e), 1);
          return Optional.empty();
        }
        if (e instanceof NodeEvent c && c.getAnchor().isPresent()) {
          report(Severity.ERROR, ALIAS, "YAML anchors are not allowed in descriptions; write the value out",
              at(e), 1);
          return Optional.empty();
        }
        if (e instanceof CollectionStartEvent && ++depth > options.maxNesting()) {
          report(Severity.ERROR, TOO_DEEP, "nesting is deeper than the limit of " + options.maxNesting()
              + " levels", at(e), 1);
          return Optional.empty();
        }
        if (e instanceof MappingEndEvent || e instanceof SequenceEndEvent) {
          depth--;
        }
      }
      if (documents == 0) {
        report(Severity.ERROR, SYNTAX, "the file is empty", SourceLocation.startOf(source.name()), 1);
        return Optional.empty();
      }
      return new Compose(settings).composeString(source.text());
    } catch (MarkedYamlEngineException e) {
      SourceLocation where = e.getProblemMark().or(e::getContextMark).map(this::at)
          .orElse(SourceLocation.startOf(source.name()));
      String problem = e.getProblem() == null ? "malformed YAML" : e.getProblem();
      String context = e.getContext() == null ? "" : " " + e.getContext();
      report(Severity.ERROR, SYNTAX, "malformed YAML: " + problem + context, where, 1);
      return Optional.empty();
    } catch (YamlEngineException e) {
      String message = String.valueOf(e.getMessage());
      boolean large = message.contains("code point") || message.contains("exceeds the limit");
      report(Severity.ERROR, large ? Descriptions.TOO_LARGE : SYNTAX,
          large ? "file is larger than the limit of " + options.maxFileBytes() + " bytes" : "malformed YAML: "
              + message, SourceLocation.startOf(source.name()), 1);
      return Optional.empty();
    } catch (StackOverflowError e) {
      report(Severity.ERROR, TOO_DEEP, "nesting is too deep to read", SourceLocation.startOf(source.name()), 1);
      return Optional.empty();
    }
  }

  private SourceLocation at(Event e) {
    return e.getStartMark().map(this::at).orElse(SourceLocation.startOf(source.name()));
  }
}
