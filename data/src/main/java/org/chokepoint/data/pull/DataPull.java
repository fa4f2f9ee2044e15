package org.chokepoint.data.pull;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.chokepoint.data.catalog.DataCatalog;
import org.chokepoint.data.catalog.DatasetImporter;
import org.chokepoint.data.catalog.DatasetManifest;

/**
 * Downloads a source's official file into {@code DATA_DIR/downloads} and imports it. Network
 * failures become a {@link PullException} that says which host could not be reached and what to
 * download by hand.
 */
public final class DataPull {
  private final DataCatalog catalog;
  private final HttpClient http;
  private final Duration timeout;

  public DataPull(DataCatalog catalog, Duration timeout) {
    this.catalog = catalog;
    this.timeout = timeout;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /** A download that could not be made, with the advice to fetch the file by hand. */
  public static final class PullException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PullException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** Downloads {@code uri} and imports it with {@code importer} as dataset {@code name}. */
  public DatasetManifest pull(DatasetImporter importer, URI uri, String name) {
    Path downloads = catalog.dataDir().resolve("downloads");
    String entry = uri.getFragment();
    URI address =
        entry == null ? uri : URI.create(uri.toString().substring(0, uri.toString().indexOf('#')));
    try {
      Files.createDirectories(downloads);
      Path part = Files.createTempFile(downloads, importer.source() + "-", ".part");
      try {
        HttpResponse<Path> response =
            http.send(
                HttpRequest.newBuilder(address).timeout(timeout.multipliedBy(10)).GET().build(),
                HttpResponse.BodyHandlers.ofFile(part));
        if (response.statusCode() / 100 != 2) {
          throw new PullException(
              "HTTP " + response.statusCode() + " from " + address + advice(importer, address),
              null);
        }
        Path file = downloads.resolve(fileName(importer, address, entry));
        if (entry != null) {
          unzipEntry(part, entry, file);
        } else {
          Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return catalog.importDataset(importer, file, name, rows -> {});
      } finally {
        Files.deleteIfExists(part);
      }
    } catch (UnknownHostException | ConnectException | HttpConnectTimeoutException e) {
      throw new PullException(
          "cannot reach "
              + address.getHost()
              + " ("
              + describe(e)
              + ")"
              + advice(importer, address),
          e);
    } catch (HttpTimeoutException e) {
      throw new PullException(
          "no answer from " + address.getHost() + " in time" + advice(importer, address), e);
    } catch (IOException e) {
      Throwable root = e;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      throw new PullException(
          "download of " + address + " failed (" + describe(root) + ")" + advice(importer, address),
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PullException("interrupted", e);
    }
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
  }

  private static String advice(DatasetImporter importer, URI address) {
    return ". Download "
        + address
        + " where you have access and run `chokepoint data import "
        + importer.source()
        + " <file>`.";
  }

  private static String fileName(DatasetImporter importer, URI address, String entry) {
    if (entry != null) {
      return entry.replaceAll("[^A-Za-z0-9._-]", "_");
    }
    String q = address.getQuery();
    if (q != null && q.startsWith("name=")) {
      return q.substring(5).replaceAll("[^A-Za-z0-9._-]", "_");
    }
    String path = address.getPath();
    String last = path.substring(path.lastIndexOf('/') + 1);
    return last.isBlank()
        ? importer.source() + ".download"
        : last.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  private static void unzipEntry(Path zip, String entry, Path target) throws IOException {
    try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        String n = e.getName();
        if (!e.isDirectory() && (n.equals(entry) || n.endsWith("/" + entry))) {
          copy(in, target);
          return;
        }
      }
    }
    throw new IOException("the download has no entry " + entry);
  }

  private static void copy(InputStream in, Path target) throws IOException {
    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
  }
}
