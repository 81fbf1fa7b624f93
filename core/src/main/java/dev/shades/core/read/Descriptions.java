package dev.shades.core.read;

import dev.shades.core.diagnostic.Diagnostic;
import dev.shades.core.diagnostic.SourceLocation;
import dev.shades.core.diagnostic.SourceText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Reads descriptions in any format whose {@link DescriptionReader} is on the class path, choosing the reader from
 * the content: Shades' own format has a top-level {@code shades:} key; other formats are recognised by their
 * readers. Never throws for bad input.
 *
 * <pre>{@code
 * ReadResult result = Descriptions.read(Path.of("examples/releases/olmo-7b.yaml"));
 * result.release().ifPresent(release -> ...);
 * result.diagnostics().forEach(d -> System.err.println(d.render()));
 * }</pre>
 */
public final class Descriptions {
  /** Code of a file that cannot be read. */
  public static final String UNREADABLE = "file-unreadable";
  /** Code of a file over the size limit. */
  public static final String TOO_LARGE = "file-too-large";
  /** Code of a file that is not UTF-8 text. */
  public static final String NOT_UTF8 = "not-utf8";
  /** Code of an empty file. */
  public static final String EMPTY = "empty-file";
  /** Code of a file no reader recognises. */
  public static final String UNKNOWN_FORMAT = "unknown-format";
  /** Code of a referenced description that refers back to one being read. */
  public static final String REFERENCE_CYCLE = "reference-cycle";
  /** Code of references nested too deeply. */
  public static final String REFERENCES_TOO_DEEP = "references-too-deep";

  private static final int MAX_REFERENCE_DEPTH = 8;

  private static final class Holder {
    static final List<DescriptionReader> READERS = load();
  }

  private Descriptions() {}

  /** The readers on the class path, Shades' own first. */
  public static List<DescriptionReader> readers() {
    return Holder.READERS;
  }

  /** Reads a file with the default options. */
  public static ReadResult read(Path file) {
    return read(file, ReadOptions.defaults());
  }

  /** Reads a file. Diagnostics name the file as the path was given. */
  public static ReadResult read(Path file, ReadOptions options) {
    return readFile(file, file.toString(), options, Chain.root());
  }

  /** Reads text that did not come from a file; {@code name} labels it in diagnostics. */
  public static ReadResult read(String name, String text, ReadOptions options) {
    SourceText source = SourceText.of(name, stripBom(text));
    if (text.length() > options.maxFileBytes()) {
      return tooLarge(name, options);
    }
    return readSource(source, options, Chain.root());
  }

  static ReadResult readReferenced(String relativePath, ReadOptions options, Chain chain) {
    // Resolve against the referring file as the user named it, so that messages show paths the user recognises.
    Path parent = chain.currentAsGiven().map(Path::getParent).orElse(null);
    Path file;
    try {
      file = (parent == null ? Path.of(relativePath) : parent.resolve(relativePath)).normalize();
    } catch (InvalidPathException e) {
      return fail(relativePath, UNREADABLE, "not a valid path: " + e.getReason());
    }
    return readFile(file, file.toString(), options, chain);
  }

  private static ReadResult readFile(Path file, String name, ReadOptions options, Chain chain) {
    Path key;
    try {
      key = file.toAbsolutePath().normalize();
    } catch (InvalidPathException | java.io.IOError e) {
      return fail(name, UNREADABLE, "not a valid path");
    }
    if (chain.contains(key)) {
      return fail(name, REFERENCE_CYCLE, "description refers back to itself through " + chain.describe(key));
    }
    if (chain.depth() >= MAX_REFERENCE_DEPTH) {
      return fail(name, REFERENCES_TOO_DEEP,
          "descriptions refer to each other more than " + MAX_REFERENCE_DEPTH + " levels deep");
    }
    byte[] bytes;
    try {
      if (Files.isDirectory(file)) {
        return fail(name, UNREADABLE, "is a directory, not a description file");
      }
      // Read at most one byte more than the limit: devices and pipes report no size, and must not be read whole.
      try (InputStream in = Files.newInputStream(file)) {
        bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxFileBytes() + 1));
      }
      if (bytes.length > options.maxFileBytes()) {
        return tooLarge(name, options);
      }
    } catch (NoSuchFileException e) {
      return fail(name, UNREADABLE, "no such file");
    } catch (IOException | SecurityException e) {
      return fail(name, UNREADABLE, "cannot read the file: " + e.getMessage());
    }
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return fail(name, NOT_UTF8, "is not UTF-8 text");
    }
    return readSource(SourceText.of(name, stripBom(text)), options, chain.enter(key, file));
  }

  private static ReadResult readSource(SourceText source, ReadOptions options, Chain chain) {
    if (source.text().isBlank()) {
      return fail(source.name(), EMPTY, "the file is empty");
    }
    ReadContext context = new ReadContext(options, chain);
    for (DescriptionReader reader : readers()) {
      boolean recognised;
      try {
        recognised = reader.recognises(source);
      } catch (RuntimeException e) {
        recognised = false;
      }
      if (recognised) {
        try {
          return reader.read(source, context);
        } catch (RuntimeException e) {
          // A defect in a reader, not in the input: report it as such instead of crashing the caller.
          return ReadResult.failed(Optional.of(reader.format()), List.of(Diagnostic.error("reader-failure",
              "the " + reader.format() + " reader failed unexpectedly (" + e + "); please report this",
              SourceLocation.startOf(source.name()), SourceText.empty(source.name()))));
        }
      }
    }
    String formats = readers().stream().map(DescriptionReader::describe).collect(Collectors.joining("; "));
    return ReadResult.failed(Optional.empty(), List.of(Diagnostic.error(UNKNOWN_FORMAT,
        "not a description Shades can read (it reads: " + formats + ")", SourceLocation.startOf(source.name()),
        source)));
  }

  private static ReadResult tooLarge(String name, ReadOptions options) {
    return fail(name, TOO_LARGE, "file is larger than the limit of " + options.maxFileBytes() + " bytes");
  }

  private static ReadResult fail(String name, String code, String message) {
    return ReadResult.failed(Optional.empty(), List.of(
        Diagnostic.error(code, message, SourceLocation.startOf(name), SourceText.empty(name))));
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static List<DescriptionReader> load() {
    List<DescriptionReader> readers = new ArrayList<>();
    readers.add(new ShadesFormatReader());
    for (DescriptionReader r : ServiceLoader.load(DescriptionReader.class, Descriptions.class.getClassLoader())) {
      if (!(r instanceof ShadesFormatReader)) {
        readers.add(r);
      }
    }
    return List.copyOf(readers);
  }

  /** The files being read, innermost last, to detect reference cycles. */
  static final class Chain {
    private final List<Path> files;
    private final List<Path> given;

    private Chain(List<Path> files, List<Path> given) {
      this.files = List.copyOf(files);
      this.given = List.copyOf(given);
    }

    static Chain root() {
      return new Chain(List.of(), List.of());
    }

    Chain enter(Path absolute, Path asGiven) {
      List<Path> more = new ArrayList<>(files);
      more.add(absolute);
      List<Path> moreGiven = new ArrayList<>(given);
      moreGiven.add(asGiven);
      return new Chain(more, moreGiven);
    }

    boolean contains(Path file) {
      return files.contains(file);
    }

    int depth() {
      return files.size();
    }

    Optional<Path> currentAsGiven() {
      return given.isEmpty() ? Optional.empty() : Optional.of(given.get(given.size() - 1));
    }

    String describe(Path back) {
      List<String> names = new ArrayList<>();
      for (Path p : given.subList(files.indexOf(back), files.size())) {
        names.add(p.toString());
      }
      names.add(given.get(files.indexOf(back)).toString());
      return String.join(" -> ", names);
    }
  }
}
