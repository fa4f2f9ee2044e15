package org.chokepoint.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chokepoint.data.catalog.DatasetImporter;
import org.chokepoint.data.catalog.DatasetManifest;
import org.chokepoint.data.lists.ProductList;
import org.chokepoint.data.lists.ProductLists;
import org.chokepoint.data.text.CsvWriter;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.geo.CountryCode;
import org.chokepoint.geo.CountryGroup;
import org.chokepoint.workspace.policy.RouteAccess;

/**
 * {@code /api/v1/datasets}, {@code /api/v1/groups}, {@code /api/v1/product-lists} and {@code
 * /api/v1/defaults}: what {@code data list} and {@code groups} print, and the defaults a page
 * starts from.
 */
final class CatalogApi implements Capability {
  /** The columns of {@code chokepoint data list --format csv}. */
  static final List<String> DATASET_COLUMNS =
      List.of("name", "source", "licence", "vintage", "rows", "checksum", "imported_at", "origin");

  /** The largest file imported over HTTP; larger ones go through the command line. */
  static final long MAX_IMPORT_BYTES = 32L << 20;

  static final List<String> GROUP_COLUMNS = List.of("name", "title", "members", "source", "note");

  @Override
  public List<Route> routes(ApiContext c) {
    return List.of(
        Route.get("/api/v1/datasets", "datasets")
            .summary("Every dataset: source, licence, vintage, rows, checksum")
            .description(
                "Imported datasets and starter datasets not replaced by an import. Same as"
                    + " `chokepoint data list`.")
            .handler(r -> datasets(c)),
        Route.post("/api/v1/datasets/import", "datasets")
            .access(RouteAccess.ADMIN)
            .summary("Import an official file into the catalog")
            .description(
                "The body is the file (raw, or multipart/form-data with the file in field"
                    + " `file`), at most "
                    + (MAX_IMPORT_BYTES >> 20)
                    + " MiB. Checked whole by the same importer as `chokepoint data import SOURCE"
                    + " FILE`: it lands whole or not at all, and the previous version stays current"
                    + " until it succeeds. A bad file is a 422 problem naming line and column."
                    + " Sources read from a folder (baci, eto-chips) are imported on the command"
                    + " line.")
            .param(
                Param.of("source", Param.Type.STRING, "The importer.")
                    .asRequired()
                    .allowed(c.workspace().importers().sources())
                    .example("usgs-mcs"))
            .param(
                Param.of(
                    "name",
                    Param.Type.STRING,
                    "Dataset name (default: the source name); 1-64 of a-z, 0-9, '.', '_', '-'."))
            .body("application/octet-stream", "The official file, as published.", MAX_IMPORT_BYTES)
            .jsonOnly()
            .handler(r -> importFile(c, r)),
        Route.get("/api/v1/groups", "datasets")
            .summary("The country groups in force, with their sources")
            .description("Same as `chokepoint groups`.")
            .handler(r -> groups(c)),
        Route.get("/api/v1/product-lists", "datasets")
            .summary("The shipped product lists the analyses take as `list`")
            .jsonOnly()
            .handler(r -> productLists()),
        Route.get("/api/v1/defaults", "datasets")
            .summary("The configured default perspective and concern group")
            .jsonOnly()
            .handler(
                r -> {
                  Map<String, Object> o = new LinkedHashMap<>();
                  o.put("perspective", c.defaultPerspective());
                  o.put("concern", c.defaultConcern());
                  return new Reply(w -> Json.write(w, o), null, List.of(), "defaults");
                }));
  }

  /**
   * Writes the upload into a temporary directory under its own (made safe) name, imports it, and
   * removes it; the catalog stages the import and switches to it only when it is complete.
   */
  private static Reply importFile(ApiContext c, Request r) {
    if (r.body().length == 0) {
      throw ApiException.of(
          Problem.Kind.INVALID_CONTENT, "the request body is empty; send the file");
    }
    String source = r.string("source");
    String name = r.string("name") == null ? source : r.string("name");
    DatasetImporter importer = c.workspace().importers().getImporter(source);
    DatasetManifest m;
    try {
      Path dir = Files.createTempDirectory("chokepoint-import");
      Path file = dir.resolve(r.bodyName());
      try {
        Files.write(file, r.body());
        m = c.workspace().catalog().importDataset(importer, file, name, rows -> {});
      } catch (ImportException e) {
        throw CriticalityApi.invalid(r.bodyName(), e);
      } finally {
        Files.deleteIfExists(file);
        Files.deleteIfExists(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("imported", m.name());
    o.put("source", m.importer());
    o.put("title", m.title());
    o.put("publisher", m.publisher());
    o.put("licence", m.licence());
    o.put("vintage", m.vintage());
    o.put("rows", m.rows());
    o.put("tables", m.tables().size());
    o.put("file", r.bodyName());
    o.put("warnings", m.warnings());
    return new Reply(w -> Json.write(w, o), null, List.of(m.provenance()), "import");
  }

  private static Reply datasets(ApiContext c) {
    List<DatasetManifest> list = c.workspace().catalog().listDatasets();
    List<Map<String, Object>> json =
        list.stream()
            .map(
                m -> {
                  Map<String, Object> o = new LinkedHashMap<>();
                  o.put("name", m.name());
                  o.put("title", m.title());
                  o.put("publisher", m.publisher());
                  o.put("licence", m.licence());
                  o.put("vintage", m.vintage());
                  o.put("citation", m.citation());
                  o.put("url", m.url());
                  o.put("rows", m.rows());
                  o.put("checksum", "sha256:" + m.sourceChecksum());
                  o.put("imported_at", m.importedAt());
                  o.put("origin", m.origin());
                  o.put("tables", m.tables());
                  o.put("warnings", m.warnings());
                  return o;
                })
            .toList();
    return new Reply(
        w -> Json.write(w, Map.of("datasets", json)),
        w ->
            csv(
                w,
                DATASET_COLUMNS,
                list.stream()
                    .map(
                        m ->
                            List.of(
                                m.name(),
                                m.publisher() + ", " + m.title(),
                                m.licence(),
                                m.vintage(),
                                Long.toString(m.rows()),
                                "sha256:" + m.sourceChecksum(),
                                m.importedAt(),
                                m.origin()))
                    .toList()),
        List.of(),
        "datasets");
  }

  private static Reply groups(ApiContext c) {
    List<CountryGroup> groups = c.workspace().groups().listGroups();
    List<Map<String, Object>> json =
        groups.stream()
            .map(
                g -> {
                  Map<String, Object> o = new LinkedHashMap<>();
                  o.put("name", g.name());
                  o.put("title", g.title());
                  o.put("members", g.members().stream().map(CountryCode::alpha3).toList());
                  o.put("source", g.source());
                  o.put("note", g.note());
                  return o;
                })
            .toList();
    return new Reply(
        w -> Json.write(w, Map.of("groups", json)),
        w ->
            csv(
                w,
                GROUP_COLUMNS,
                groups.stream()
                    .map(
                        g ->
                            List.of(
                                g.name(),
                                g.title(),
                                String.join(
                                    ";", g.members().stream().map(CountryCode::alpha3).toList()),
                                g.source(),
                                g.note()))
                    .toList()),
        List.of(),
        "groups");
  }

  private static Reply productLists() {
    List<Map<String, Object>> json =
        ProductLists.bundled().listLists().stream()
            .map(
                (ProductList l) -> {
                  Map<String, Object> o = new LinkedHashMap<>();
                  o.put("id", l.id());
                  o.put("title", l.title());
                  o.put("local_title", l.localTitle());
                  o.put("publisher", l.publisher());
                  o.put("published", l.published().toString());
                  o.put("url", l.url());
                  o.put("licence", l.licence());
                  o.put("items", l.items().size());
                  return o;
                })
            .toList();
    return new Reply(w -> Json.write(w, Map.of("lists", json)), null, List.of(), "product-lists");
  }

  private static void csv(Writer w, List<String> columns, List<List<String>> rows) {
    CsvWriter csv = new CsvWriter(w);
    csv.row(columns);
    rows.forEach(csv::row);
    csv.flush();
  }
}
