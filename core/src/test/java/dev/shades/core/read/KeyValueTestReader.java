package dev.shades.core.read;

import dev.shades.core.diagnostic.Diagnostic;
import dev.shades.core.diagnostic.SourceLocation;
import dev.shades.core.diagnostic.SourceText;
import dev.shades.core.model.Release;
import java.util.List;
import java.util.Optional;

/**
 * A second format, registered through {@code META-INF/services} in the test class path only, to prove that
 * {@link Descriptions} finds readers with the service loader and picks one from the content: a file whose first
 * line is {@code key-value-test} followed by {@code name=...}.
 */
public final class KeyValueTestReader implements DescriptionReader {
  @Override
  public String format() {
    return "key-value-test";
  }

  @Override
  public String describe() {
    return "key-value test files (first line 'key-value-test')";
  }

  @Override
  public boolean recognises(SourceText source) {
    return source.text().startsWith("key-value-test\n");
  }

  @Override
  public ReadResult read(SourceText source, ReadContext context) {
    String second = source.line(2);
    if (!second.startsWith("name=")) {
      return ReadResult.failed(Optional.of(format()), List.of(Diagnostic.error("missing-field",
          "the second line must be name=...", new SourceLocation(source.name(), 2, 1), source)));
    }
    return ReadResult.of(format(), Release.builder(second.substring(5)).build(), List.of());
  }
}
