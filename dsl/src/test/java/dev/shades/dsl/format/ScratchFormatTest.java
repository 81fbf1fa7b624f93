package dev.shades.dsl.format;

import dev.shades.core.diagnostic.Diagnostics;
import dev.shades.core.diagnostic.SourceText;
import dev.shades.dsl.parser.PolicyParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ScratchFormatTest {
  @Test
  void show() throws Exception {
    for (Path f : FormatterLawsTest.shadeFiles()) {
      var r = PolicyParser.create().parse(SourceText.of(f.toString(), Files.readString(f)));
      if (r.file().isEmpty()) {
        System.out.println("SKIP " + f + "\n" + Diagnostics.render(r.diagnostics()));
      }
    }
    String show = System.getProperty("show", "dsl/src/test/resources/format/messy.shade");
    for (String s : show.split(",")) {
      Path p = FormatterLawsTest.root().resolve(s);
      System.out.println("=====" + p);
      System.out.println(PolicyFormatter.format(SourceText.of(p.toString(), Files.readString(p))).orElse("NO PARSE"));
    }
  }
}
