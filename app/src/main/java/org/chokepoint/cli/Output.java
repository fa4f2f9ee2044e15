package org.chokepoint.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;

/**
 * Writes a result to standard output or, with {@code --output FILE}, to a file that appears whole
 * (written beside it, then renamed).
 */
final class Output {
  private Output() {}

  static void write(Path file, PrintStream stdout, Consumer<Writer> body) {
    try {
      if (file == null) {
        // stdout stays open whatever the body does with its writer
        Writer w =
            new java.io.FilterWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8)) {
              @Override
              public void close() throws IOException {
                flush();
              }
            };
        body.accept(w);
        w.flush();
        return;
      }
      Path target = file.toAbsolutePath();
      Files.createDirectories(target.getParent());
      Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
      try {
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
          body.accept(w);
        }
        Files.move(
            tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
