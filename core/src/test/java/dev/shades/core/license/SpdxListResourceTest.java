package dev.shades.core.license;

import static org.assertj.core.api.Assertions.assertThat;

import dev.shades.core.testing.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped SPDX resources are exactly what the generator makes from the SPDX list's JSON. */
class SpdxListResourceTest {

  @Test
  void shippedResourcesMatchTheGenerator() throws IOException {
    Path spdx = SharedData.folder("spdx");
    if (Boolean.getBoolean("shades.spdx.regenerate")) {
      SpdxListGenerator.write(spdx, SharedData.repositoryRoot()
          .resolve("core/src/main/resources/dev/shades/core/license"));
    }
    for (Map.Entry<String, String> e : SpdxListGenerator.generate(spdx).entrySet()) {
      try (InputStream in = LicenseKnowledge.class.getResourceAsStream(e.getKey())) {
        assertThat(in).as(e.getKey()).isNotNull();
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).as(e.getKey()).isEqualTo(e.getValue());
      }
    }
  }
}
