package dev.shades.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FmtCommandTest {
  private static final Path DIR = Path.of("src/test/resources/fmt");

  private static Path copy(Path dir, String name) throws IOException {
    return Files.copy(DIR.resolve(name), dir.resolve(name));
  }

  private static ShowCommandTest.Run run(String... args) {
    return ShowCommandTest.run(args);
  }

  @Test
  void formatsInPlaceToTheGoldenAndThenChangesNothing(@TempDir Path dir) throws IOException {
    Path file = copy(dir, "messy.shade");
    ShowCommandTest.Run r = run("fmt", file.toString());
    assertThat(r.exit()).isEqualTo(0);
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo("formatted 1 of 1 file\n");
    Golden.check(DIR.resolve("messy.expected.shade"), Files.readString(file));

    ShowCommandTest.Run again = run("fmt", file.toString());
    assertThat(again.out()).isEqualTo("formatted 0 of 1 file\n");
    assertThat(Files.readString(file)).isEqualTo(Files.readString(DIR.resolve("messy.expected.shade")));
    assertThat(Files.list(dir)).as("no temporary file is left behind").containsExactly(file);
  }

  @Test
  void checkListsTheUnformattedFilesAndChangesNothing(@TempDir Path dir) throws IOException {
    Path messy = copy(dir, "messy.shade");
    Path tidy = copy(dir, "messy.expected.shade");
    ShowCommandTest.Run r = run("fmt", "--check", messy.toString(), tidy.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEqualTo(messy + "\n");
    assertThat(r.err()).isEmpty();
    assertThat(Files.readString(messy)).isEqualTo(Files.readString(DIR.resolve("messy.shade")));

    ShowCommandTest.Run ok = run("fmt", "--check", tidy.toString());
    assertThat(ok.exit()).isEqualTo(0);
    assertThat(ok.out()).isEmpty();
  }

  @Test
  void aFileWithSyntaxErrorsIsLeftByteForByteAndTheOthersAreFormatted(@TempDir Path dir) throws IOException {
    Path broken = copy(dir, "broken.shade");
    Path messy = copy(dir, "messy.shade");
    byte[] before = Files.readAllBytes(broken);
    ShowCommandTest.Run r = run("fmt", broken.toString(), messy.toString());
    assertThat(r.exit()).isEqualTo(2);
    assertThat(Files.readAllBytes(broken)).isEqualTo(before);
    assertThat(r.out()).isEqualTo("formatted 1 of 2 files; 1 left as it was because of errors\n");
    assertThat(r.err()).isEqualTo("""
        error: %s:4:1: unexpected '}' [syntax-error]
          }
          ^
        """.formatted(broken));
    assertThat(Files.readString(messy)).isEqualTo(Files.readString(DIR.resolve("messy.expected.shade")));

    ShowCommandTest.Run check = run("fmt", "--check", broken.toString());
    assertThat(check.exit()).isEqualTo(2);
    assertThat(Files.readAllBytes(broken)).isEqualTo(before);
  }

  @Test
  void keepsWindowsLineEndingsAndAByteOrderMark(@TempDir Path dir) throws IOException {
    String messy = Files.readString(DIR.resolve("messy.shade"));
    String expected = Files.readString(DIR.resolve("messy.expected.shade"));
    Path crlf = dir.resolve("crlf.shade");
    Files.writeString(crlf, "\ufeff" + messy.replace("\n", "\r\n"), StandardCharsets.UTF_8);
    ShowCommandTest.Run r = run("fmt", crlf.toString());
    assertThat(r.exit()).isEqualTo(0);
    assertThat(Files.readString(crlf)).isEqualTo("\ufeff" + expected.replace("\n", "\r\n"));
    assertThat(run("fmt", "--check", crlf.toString()).exit()).as("formatted as it now is").isEqualTo(0);
  }

  @Test
  void keepsThePermissionsOfTheFile(@TempDir Path dir) throws IOException {
    Path file = copy(dir, "messy.shade");
    if (Files.getFileAttributeView(file, java.nio.file.attribute.PosixFileAttributeView.class) == null) {
      return;
    }
    var permissions = java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----");
    Files.setPosixFilePermissions(file, permissions);
    assertThat(run("fmt", file.toString()).exit()).isEqualTo(0);
    assertThat(Files.getPosixFilePermissions(file)).isEqualTo(permissions);
  }

  @Test
  void unreadableFilesAreInvalidInput(@TempDir Path dir) throws IOException {
    ShowCommandTest.Run missing = run("fmt", dir.resolve("nope.shade").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).isEqualTo("error: " + dir.resolve("nope.shade") + ":1:1: no such file "
        + "[file-unreadable]\n");
    ShowCommandTest.Run directory = run("fmt", dir.toString());
    assertThat(directory.exit()).isEqualTo(2);
    assertThat(directory.err()).contains("is a directory, not a policy file [file-unreadable]");
    Path latin1 = dir.resolve("latin1.shade");
    Files.write(latin1, new byte[] {'s', 'h', 'a', 'd', 'e', 's', ' ', '1', ' ', '#', (byte) 0xe9, '\n'});
    ShowCommandTest.Run notUtf8 = run("fmt", latin1.toString());
    assertThat(notUtf8.exit()).isEqualTo(2);
    assertThat(notUtf8.err()).contains("is not UTF-8 text [not-utf8]").doesNotContain("\tat ");
  }

  @Test
  void helpAndUsage() {
    ShowCommandTest.Run help = run("fmt", "--help");
    assertThat(help.exit()).isEqualTo(0);
    assertThat(help.out()).contains("Usage: shades fmt [-hV] [--check] POLICY...");
    ShowCommandTest.Run none = run("fmt");
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).contains("Missing required parameter");
  }
}
