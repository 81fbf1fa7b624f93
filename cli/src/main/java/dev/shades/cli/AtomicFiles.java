package dev.shades.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;

/** Writes files so that a reader sees the old content or the new, never half of it. */
final class AtomicFiles {
  private AtomicFiles() {}

  /**
   * Replaces (or creates) a file: the content goes to a temporary file beside it, which is then moved over it. An
   * existing file keeps its permissions; a symbolic link stays a link and its target is replaced.
   *
   * @param target the file
   * @param bytes the new content
   * @throws IOException when the file cannot be written (or is a directory)
   */
  static void write(Path target, byte[] bytes) throws IOException {
    write(target, out -> out.write(bytes));
  }

  /** What writes a file's content to a stream. */
  interface Content {
    /** Writes the content; an exception leaves the old file in place. */
    void writeTo(java.io.OutputStream out) throws IOException;
  }

  /**
   * Replaces (or creates) a file with content written as it is made, so that a large report need not be held in
   * memory; as {@link #write(Path, byte[])} otherwise.
   */
  static void write(Path target, Content content) throws IOException {
    if (Files.isDirectory(target)) {
      throw new IOException("is a directory");
    }
    Path file = Files.exists(target) ? target.toRealPath() : target.toAbsolutePath();
    Path dir = file.getParent();
    Path temp = Files.createTempFile(dir, "." + file.getFileName() + ".", ".tmp");
    try {
      try (java.io.OutputStream out = Files.newOutputStream(temp)) {
        content.writeTo(out);
      }
      if (Files.exists(file) && Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
        Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(file));
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
