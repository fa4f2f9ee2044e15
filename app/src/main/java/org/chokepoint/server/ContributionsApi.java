package org.chokepoint.server;

import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chokepoint.data.network.SupplierMapReader;
import org.chokepoint.data.text.CsvWriter;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.network.SupplierMap;
import org.chokepoint.workspace.contribution.Contribution;
import org.chokepoint.workspace.contribution.ContributionService;
import org.chokepoint.workspace.policy.Action;
import org.chokepoint.workspace.policy.RouteAccess;

/**
 * {@code /api/v1/contributions}: firms' confidential supplier maps ({@code TLP:RED}, versioned).
 * Every decision is the access policy's, through {@link ContributionService}: only the owner
 * organisation's contributors and admins see a contribution; anyone else gets the 404 of a missing
 * one.
 */
final class ContributionsApi implements Capability {
  /** The largest upload: both files together. */
  static final long MAX_UPLOAD = 32L << 20;

  static final List<String> COLUMNS =
      List.of(
          "id",
          "name",
          "label",
          "owner",
          "version",
          "uploaded_by",
          "uploaded_at",
          "nodes",
          "links",
          "withdrawn_at");

  static final List<String> ROW_COLUMNS =
      List.of(
          "supplier",
          "supplier_name",
          "supplier_country",
          "customer",
          "customer_group",
          "product",
          "amount");

  @Override
  public List<Route> routes(ApiContext c) {
    Param id = Param.path("id", Param.Type.INTEGER, "The contribution's id.");
    return List.of(
        Route.post("/api/v1/contributions", "contributions")
            .summary("Upload a supplier map as a confidential TLP:RED contribution")
            .description(
                "multipart/form-data with files `nodes` (nodes.csv: id,kind,name,country"
                    + "[,group]) and `links` (links.csv: supplier,customer,product,amount), field"
                    + " `name` (the contribution; the name of a current one makes its next"
                    + " version) and optionally `organisation`. Needs the contributor or admin"
                    + " role. All or nothing: a bad file stores nothing and answers 422 naming"
                    + " file, line and column. Answers 201.")
            .body(Request.MULTIPART, "the nodes and links files and the name", MAX_UPLOAD)
            .jsonOnly()
            .access(RouteAccess.OBJECTS)
            .handler(r -> upload(c, r)),
        Route.get("/api/v1/contributions", "contributions")
            .summary("Your organisations' contributions (CSV on request)")
            .description("Only the owner organisation's contributors and admins see one.")
            .access(RouteAccess.OBJECTS)
            .handler(r -> list(c, r)),
        Route.get("/api/v1/contributions/{id}", "contributions")
            .summary("One contribution; as CSV, the links of its current version")
            .description("404 when it does not exist or the caller may not read it, alike.")
            .param(id)
            .access(RouteAccess.OBJECTS)
            .handler(r -> get(c, r)),
        Route.get("/api/v1/contributions/{id}/versions", "contributions")
            .summary("Every version of a contribution with its files' SHA-256")
            .param(id)
            .access(RouteAccess.OBJECTS)
            .handler(r -> versions(c, r)),
        Route.post("/api/v1/contributions/{id}/withdraw", "contributions")
            .summary("Withdraw a contribution from every later pooled view")
            .description(
                "Deletes the rows of all its versions; the versions' uploader, time and file"
                    + " hashes stay, and the audit log keeps every step.")
            .param(id)
            .body("application/json", "{} (nothing needed)", 1 << 10)
            .jsonOnly()
            .access(RouteAccess.OBJECTS)
            .handler(r -> withdraw(c, r)));
  }

  private static ContributionService service(ApiContext c) {
    return c.workspaceServices().await().contributions();
  }

  private static Reply upload(ApiContext c, Request r) {
    Request.Part nodes = r.parts().get("nodes");
    Request.Part links = r.parts().get("links");
    Request.Part name = r.parts().get("name");
    List<Problem.Error> missing = new ArrayList<>();
    if (nodes == null || nodes.fileName() == null) {
      missing.add(new Problem.Error("nodes", "required: the nodes.csv file"));
    }
    if (links == null || links.fileName() == null) {
      missing.add(new Problem.Error("links", "required: the links.csv file"));
    }
    if (name == null || name.text().isBlank()) {
      missing.add(new Problem.Error("name", "required: the contribution's name"));
    }
    if (!missing.isEmpty()) {
      throw new ApiException(
          Problem.of(
              Problem.Kind.INVALID_REQUEST,
              missing.size() == 1
                  ? missing.get(0).parameter() + ": " + missing.get(0).message()
                  : missing.size() + " form fields are missing",
              missing));
    }
    Request.Part org = r.parts().get("organisation");
    SupplierMapReader reader = SupplierMapReader.forCatalog(c.workspace().catalog());
    Contribution k;
    try {
      k =
          service(c)
              .upload(
                  r.caller().principal(),
                  new ContributionService.Upload(
                      name.text(),
                      org == null ? null : org.text(),
                      "nodes.csv",
                      nodes.bytes(),
                      "links.csv",
                      links.bytes()),
                  reader::read);
    } catch (ImportException e) {
      throw invalid(e);
    }
    Map<String, Object> o = json(k, true);
    return new Reply(w -> Json.write(w, o), null, List.of(), "contribution", 201, List.of());
  }

  private static Reply list(ApiContext c, Request r) {
    List<Contribution> all =
        service(c).list(r.caller().principal(), r.csv() ? Action.EXPORT : Action.LIST);
    List<Map<String, Object>> items = new ArrayList<>();
    all.forEach(k -> items.add(json(k, false)));
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("contributions", items);
    return new Reply(w -> Json.write(w, o), w -> csv(w, all), List.of(), "contributions");
  }

  private static Reply get(ApiContext c, Request r) {
    ContributionService s = service(c);
    long id = r.integer("id");
    if (r.csv()) {
      Contribution k = s.get(r.caller().principal(), id, Action.EXPORT);
      SupplierMap m = s.rows(r.caller().principal(), id, k.current().version());
      return new Reply(
          w -> {},
          w -> rowsCsv(w, m),
          List.of(),
          "contribution-" + id + "-v" + k.current().version());
    }
    Contribution k = s.get(r.caller().principal(), id, Action.READ);
    Map<String, Object> o = json(k, true);
    return new Reply(w -> Json.write(w, o), null, List.of(), "contribution-" + id);
  }

  private static Reply versions(ApiContext c, Request r) {
    Contribution k =
        service(c)
            .get(r.caller().principal(), r.integer("id"), r.csv() ? Action.EXPORT : Action.READ);
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("id", k.id());
    o.put("versions", versionsJson(k));
    return new Reply(
        w -> Json.write(w, o),
        w -> {
          CsvWriter csv = new CsvWriter(w);
          csv.row(Contribution.Version.COLUMNS);
          for (Contribution.Version v : k.versions()) {
            csv.row(v.row());
          }
          csv.flush();
        },
        List.of(),
        "contribution-" + k.id() + "-versions");
  }

  private static Reply withdraw(ApiContext c, Request r) {
    Contribution k = service(c).withdraw(r.caller().principal(), r.integer("id"));
    Map<String, Object> o = json(k, true);
    return new Reply(w -> Json.write(w, o), null, List.of(), "contribution");
  }

  static Map<String, Object> json(Contribution k, boolean withVersions) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("id", k.id());
    o.put("name", k.name());
    o.put("label", k.labelled().label().spelling());
    o.put("owner", k.owner());
    o.put("author", k.author());
    o.put("created_at", k.createdAt().toString());
    o.put("version", k.current().version());
    o.put("uploaded_by", k.current().uploadedBy());
    o.put("uploaded_at", k.current().uploadedAt().toString());
    o.put("nodes", k.current().nodes());
    o.put("links", k.current().links());
    o.put("withdrawn_at", k.withdrawnAt() == null ? null : k.withdrawnAt().toString());
    if (withVersions) {
      o.put("versions", versionsJson(k));
    }
    return o;
  }

  private static List<Map<String, Object>> versionsJson(Contribution k) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Contribution.Version v : k.versions()) {
      out.add(v.toMap());
    }
    return out;
  }

  private static void csv(Writer w, List<Contribution> list) {
    CsvWriter csv = new CsvWriter(w);
    csv.row(COLUMNS);
    for (Contribution k : list) {
      csv.row(
          List.of(
              String.valueOf(k.id()),
              k.name(),
              k.labelled().label().spelling(),
              k.owner(),
              String.valueOf(k.current().version()),
              k.current().uploadedBy(),
              k.current().uploadedAt().toString(),
              String.valueOf(k.current().nodes()),
              String.valueOf(k.current().links()),
              k.withdrawnAt() == null ? "" : k.withdrawnAt().toString()));
    }
    csv.flush();
  }

  private static void rowsCsv(Writer w, SupplierMap m) {
    CsvWriter csv = new CsvWriter(w);
    csv.row(ROW_COLUMNS);
    for (SupplierMap.Link l : m.links()) {
      SupplierMap.Node s = m.nodes().get(l.supplier());
      SupplierMap.Node cu = m.nodes().get(l.customer());
      csv.row(
          List.of(
              s.id(),
              s.name(),
              s.country(),
              cu.id(),
              cu.group(),
              l.product(),
              org.chokepoint.data.text.Decimals.plain(l.amount())));
    }
    csv.flush();
  }

  /** A bad upload: 422 naming the file, line and column. */
  static ApiException invalid(ImportException e) {
    String field = e.file().startsWith("links") ? "links" : "nodes";
    return new ApiException(
        Problem.of(
            Problem.Kind.INVALID_CONTENT,
            e.getMessage(),
            List.of(
                new Problem.Error(
                    field,
                    e.reason(),
                    e.line() > 0 ? (int) e.line() : null,
                    e.line() > 0 ? e.column() : null))));
  }
}
