package org.chokepoint.data.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the files of one dataset version are: a directory, or the starter pack in the jar. */
interface TableFiles {
  InputStream open(String file) throws IOException;

  /** A short description for error messages. */
  String where();

  static TableFiles directory(Path dir) {
    return new TableFiles() {
      @Override
      public InputStream open(String file) throws IOException {
        return Files.newInputStream(dir.resolve(file));
      }

      @Override
      public String where() {
        return dir.toString();
      }
    };
  }

  static TableFiles classpath(String prefix) {
    return new TableFiles() {
      @Override
      public InputStream open(String file) throws IOException {
        InputStream in = TableFiles.class.getResourceAsStream(prefix + file);
        if (in == null) {
          throw new IOException("missing from the jar: " + prefix + file);
        }
        return in;
      }

      @Override
      public String where() {
        return "starter pack " + prefix;
      }
    };
  }

  default byte[] readAll(String file) {
    try (InputStream in = open(file)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
