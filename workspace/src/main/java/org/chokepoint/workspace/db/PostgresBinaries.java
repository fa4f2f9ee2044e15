package org.chokepoint.workspace.db;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL server binaries of the zonky package on the class path (an xz-compressed tar),
 * unpacked for {@link EmbeddedPostgres}.
 */
final class PostgresBinaries {
  private static final String ARCHIVE = "postgres-linux-x86_64.txz";

  private PostgresBinaries() {}

  /** Unpacks the server binaries once into {@code folder/bin-<hash of the archive name>}. */
  static Path unpack(Path folder, Consumer<String> log) throws IOException {
    var url = PostgresBinaries.class.getClassLoader().getResource(ARCHIVE);
    if (url == null) {
      throw new IllegalStateException(
          "no PostgreSQL server binaries on the class path ("
              + ARCHIVE
              + "); set database.url to a PostgreSQL server");
    }
    String version = EmbeddedPostgres.shortHash(url.toString());
    Path target = folder.resolve("server-" + version);
    if (Files.isRegularFile(target.resolve(".complete"))) {
      return target.resolve("bin");
    }
    log.accept("unpacking the PostgreSQL server into " + target);
    Path tmp = Files.createTempDirectory(folder, "unpack-");
    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxr-xr-x"));
    try (InputStream in = url.openStream();
        TarArchiveInputStream tar =
            new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(in, 1 << 16)))) {
      TarArchiveEntry e;
      while ((e = tar.getNextEntry()) != null) {
        Path out = tmp.resolve(e.getName()).normalize();
        if (!out.startsWith(tmp)) {
          throw new IOException("archive entry outside its folder: " + e.getName());
        }
        if (e.isDirectory()) {
          Files.createDirectories(out);
        } else if (e.isLink()) {
          Path linked = tmp.resolve(e.getLinkName()).normalize();
          if (!linked.startsWith(tmp)) {
            throw new IOException("archive link outside its folder: " + e.getLinkName());
          }
          Files.createDirectories(out.getParent());
          Files.createLink(out, linked);
        } else if (e.isSymbolicLink()) {
          Files.createDirectories(out.getParent());
          Files.createSymbolicLink(out, Path.of(e.getLinkName()));
        } else {
          Files.createDirectories(out.getParent());
          Files.copy(tar, out, StandardCopyOption.REPLACE_EXISTING);
          Files.setPosixFilePermissions(out, permissions(e.getMode()));
        }
      }
    }
    deleteTree(target);
    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
    Files.writeString(target.resolve(".complete"), url.toString());
    return target.resolve("bin");
  }

  private static Set<PosixFilePermission> permissions(int mode) {
    StringBuilder s = new StringBuilder();
    String rwx = "rwxrwxrwx";
    for (int i = 0; i < 9; i++) {
      s.append((mode & (1 << (8 - i))) != 0 ? rwx.charAt(i) : '-');
    }
    return PosixFilePermissions.fromString(s.toString());
  }

  private static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (var walk = Files.walk(p)) {
      for (Path x : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(x);
      }
    }
  }
}
