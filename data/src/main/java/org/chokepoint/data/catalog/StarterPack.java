package org.chokepoint.data.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The datasets bundled in the jar, derived from the official files by the project's own importers
 * ({@code chokepoint data starter}), so that the main command needs no download. Listed in {@code
 * index.txt}, one dataset name per line.
 */
public final class StarterPack {
  /** Where the pack lives on the classpath and in the data module's resources. */
  public static final String RESOURCE_ROOT = "/org/chokepoint/data/starter/";

  private final String root;

  private StarterPack(String root) {
    this.root = root;
  }

  /** The pack bundled in the jar. */
  public static StarterPack bundled() {
    return new StarterPack(RESOURCE_ROOT);
  }

  /** No starter data, for tests and for workspaces that want only their own imports. */
  public static StarterPack none() {
    return new StarterPack(null);
  }

  public List<String> names() {
    if (root == null) {
      return List.of();
    }
    try (InputStream in = StarterPack.class.getResourceAsStream(root + "index.txt")) {
      if (in == null) {
        return List.of();
      }
      List<String> names = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          names.add(line.strip());
        }
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Optional<Dataset> find(String name) {
    if (!names().contains(name)) {
      return Optional.empty();
    }
    TableFiles files = TableFiles.classpath(root + name + "/");
    DatasetManifest m =
        ManifestJson.read(files.readAll("manifest.json"), files.where() + "manifest.json");
    return Optional.of(new Dataset(m.withOrigin("starter"), files));
  }
}
