package org.chokepoint.data.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

/**
 * A source file given to an importer: its checksum, and its text decoded strictly in the first of a
 * list of charsets that decodes it without error. A file in UTF-8 (with or without BOM) is
 * recognised as such even where the publisher's usual charset is Windows-1252, so that a re-saved
 * copy still imports; bytes that no candidate decodes are an error naming the file.
 */
public final class SourceFile {
  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private final Path path;

  public SourceFile(Path path) {
    this.path = path;
  }

  public Path path() {
    return path;
  }

  /** The name used in error messages: the file name as given. */
  public String name() {
    return path.toString();
  }

  /** Fails with a clear message when the path is not a readable regular file. */
  public SourceFile requireReadable() {
    if (!Files.exists(path)) {
      throw ImportException.ofFile(name(), "no such file");
    }
    if (Files.isDirectory(path)) {
      throw ImportException.ofFile(name(), "is a directory, expected a file");
    }
    if (!Files.isReadable(path)) {
      throw ImportException.ofFile(name(), "not readable");
    }
    return this;
  }

  /** SHA-256 of the file's bytes, in lower-case hex. */
  public String sha256() {
    try (InputStream in = Files.newInputStream(path)) {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      byte[] b = new byte[1 << 16];
      for (int n; (n = in.read(b)) > 0; ) {
        md.update(b, 0, n);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchFileException e) {
      throw ImportException.ofFile(name(), "no such file");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Reads the file with {@code parse}, decoding it with the first charset in {@code charsets} under
   * which the whole file is valid. The parse is restarted from the beginning when a charset fails
   * part-way, so {@code parse} must not keep state between attempts.
   */
  public <T> T parse(List<Charset> charsets, Function<Reader, T> parse) {
    requireReadable();
    CharacterCodingException last = null;
    for (Charset cs : charsets) {
      CharsetDecoder decoder =
          cs.newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      try (Reader r = new InputStreamReader(Files.newInputStream(path), decoder)) {
        return parse.apply(r);
      } catch (UncheckedIOException e) {
        if (e.getCause() instanceof CharacterCodingException cce) {
          last = cce;
          continue;
        }
        throw e;
      } catch (CharacterCodingException e) {
        last = e;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    throw new ImportException(
        name(),
        0,
        0,
        "text is not valid in "
            + charsets.stream().map(Charset::displayName).toList()
            + (last == null ? "" : " (" + last.getMessage() + ")"),
        last);
  }

  /** UTF-8 (a BOM is skipped by the CSV reader), then Windows-1252. */
  public static List<Charset> utf8ThenWindows1252() {
    return List.of(StandardCharsets.UTF_8, WINDOWS_1252);
  }
}
