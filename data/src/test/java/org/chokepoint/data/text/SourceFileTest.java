package org.chokepoint.data.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceFileTest {
  @TempDir Path dir;

  private static String readAll(Reader r) {
    try {
      StringBuilder b = new StringBuilder();
      char[] buf = new char[8];
      for (int n; (n = r.read(buf)) > 0; ) {
        b.append(buf, 0, n);
      }
      return b.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void windows1252IsUsedWhenTheTextIsNotUtf8() throws IOException {
    Path f = dir.resolve("a.csv");
    Files.write(f, "x,—,y".getBytes(SourceFile.WINDOWS_1252)); // 0x97 is invalid UTF-8
    String text =
        new SourceFile(f).parse(SourceFile.utf8ThenWindows1252(), SourceFileTest::readAll);
    assertThat(text).isEqualTo("x,—,y");
  }

  @Test
  void utf8IsRecognised() throws IOException {
    Path f = dir.resolve("b.csv");
    Files.write(f, "x,—,ü".getBytes(StandardCharsets.UTF_8));
    String text =
        new SourceFile(f).parse(SourceFile.utf8ThenWindows1252(), SourceFileTest::readAll);
    assertThat(text).isEqualTo("x,—,ü");
  }

  @Test
  void undecodableBytesNameTheFile() throws IOException {
    Path f = dir.resolve("c.csv");
    Files.write(f, new byte[] {'a', (byte) 0xff, 'b'});
    assertThatThrownBy(
            () -> new SourceFile(f).parse(List.of(StandardCharsets.UTF_8), SourceFileTest::readAll))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("c.csv")
        .hasMessageContaining("not valid in [UTF-8]");
  }

  @Test
  void missingFilesAndDirectoriesAreClearErrors() {
    assertThatThrownBy(() -> new SourceFile(dir.resolve("none.csv")).requireReadable())
        .hasMessageEndingWith("none.csv: no such file");
    assertThatThrownBy(() -> new SourceFile(dir).requireReadable())
        .hasMessageEndingWith(": is a directory, expected a file");
  }

  @Test
  void checksumIsSha256() throws IOException {
    Path f = dir.resolve("d.txt");
    Files.writeString(f, "abc");
    // SHA-256("abc"), FIPS 180-2 appendix B.1
    assertThat(new SourceFile(f).sha256())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void decimalsArePlain() {
    assertThat(Decimals.plain(909000)).isEqualTo("909000");
    assertThat(Decimals.plain(0.5)).isEqualTo("0.5");
    assertThat(Decimals.plain(1e-7)).isEqualTo("0.0000001");
    assertThat(Decimals.plain(1.5e20)).isEqualTo("150000000000000000000");
  }
}
