package org.chokepoint.data.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Hand-made test files under {@code src/test/resources/fixtures}. When the fixtures come from the
 * data module's test jar (as in the app module's tests) they are copied out to a temporary folder
 * first, so that importers get a real file.
 */
public final class Fixtures {
  private static Path extracted;

  private Fixtures() {}

  public static synchronized Path path(String relative) {
    URL url = Fixtures.class.getResource("/fixtures/" + relative);
    if (url == null) {
      throw new IllegalArgumentException("no fixture " + relative);
    }
    try {
      URI uri = url.toURI();
      if (uri.getScheme().equals("file")) {
        return Path.of(uri);
      }
      return extract(uri, relative);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path extract(URI uri, String relative) throws IOException {
    if (extracted == null) {
      extracted = Files.createTempDirectory("chokepoint-fixtures-");
    }
    Path target = extracted.resolve(relative);
    if (Files.exists(target)) {
      return target;
    }
    FileSystem fs;
    try {
      fs = FileSystems.newFileSystem(uri, Map.of());
    } catch (FileSystemAlreadyExistsException e) {
      fs = FileSystems.getFileSystem(uri);
    }
    Path source = fs.getPath("/fixtures/" + relative);
    try (Stream<Path> all = Files.walk(source)) {
      for (Path p : all.toList()) {
        Path t = target.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.createDirectories(t.getParent());
          Files.copy(p, t);
        }
      }
    }
    return target;
  }
}
