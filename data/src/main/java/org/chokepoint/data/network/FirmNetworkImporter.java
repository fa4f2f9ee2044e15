package org.chokepoint.data.network;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chokepoint.data.catalog.Column;
import org.chokepoint.data.catalog.DatasetDescription;
import org.chokepoint.data.catalog.DatasetImporter;
import org.chokepoint.data.catalog.TableSink;
import org.chokepoint.data.catalog.TableWriter;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.data.text.SourceFile;
import org.chokepoint.geo.Countries;

/**
 * Imports a firm network in the generic layout: a folder with {@code nodes.csv} ({@code
 * id,kind,name,country}) and {@code links.csv} ({@code supplier,customer,product,amount}), and
 * optionally a {@code README.txt} whose first line becomes the title. Stores {@code nodes} (CSV,
 * row = node index), {@code products} (CSV dictionary) and {@code links} (columns supplier,
 * customer, product as indices, -1 for no product, and amount), with the manifest property {@code
 * kind=firm-network}. Every error names file, line, field and reason; the catalog discards a failed
 * import whole.
 */
public final class FirmNetworkImporter implements DatasetImporter {
  public static final String SOURCE = "firm-network";

  private final Countries countries;
  private final NetworkProgress progress;

  /**
   * @param countries the known country codes ({@link Countries#none()}: any three capital letters)
   * @param progress told the rows read, every 262,144 nodes and 1,048,576 links
   */
  public FirmNetworkImporter(Countries countries, NetworkProgress progress) {
    this.countries = countries;
    this.progress = progress;
  }

  @Override
  public String source() {
    return SOURCE;
  }

  @Override
  public String description() {
    return "firm network folder: nodes.csv (id,kind,name,country), links.csv"
        + " (supplier,customer,product,amount)";
  }

  @Override
  public DatasetDescription importInto(Path folder, TableSink sink) {
    if (!Files.isDirectory(folder)) {
      throw ImportException.ofFile(
          folder.toString(), "expected a folder with nodes.csv and links.csv");
    }
    SourceFile nodesFile = new SourceFile(folder.resolve("nodes.csv")).requireReadable();
    SourceFile linksFile = new SourceFile(folder.resolve("links.csv")).requireReadable();
    NodeReader nodeReader = new NodeReader(countries, n -> progress.update("nodes.csv read", n));
    ByteIndex nodes =
        nodeReader.read(nodesFile, sink.table(FirmNetworkDataset.NODES, NodeReader.HEADER));
    ByteIndex products = new ByteIndex();
    Links links = new Links();
    try (InputStream in = Files.newInputStream(linksFile.path())) {
      new LinkParser(
              linksFile.name(),
              "nodes.csv",
              in,
              nodes,
              products,
              n -> progress.update("links.csv read", n))
          .run(links);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    TableWriter p = sink.table(FirmNetworkDataset.PRODUCTS, List.of("index", "code"));
    for (int i = 0; i < products.size(); i++) {
      p.row(Integer.toString(i), products.key(i));
    }
    links.writeTo(sink);
    sink.sourceFile(nodesFile.path());
    sink.sourceFile(linksFile.path());
    String title = readmeTitle(folder);
    boolean synthetic = title.startsWith(SyntheticFirmNetwork.MARK);
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put(FirmNetworkDataset.KIND, FirmNetworkDataset.FIRM_NETWORK);
    properties.put("nodes", Integer.toString(nodes.size()));
    properties.put("links", Integer.toString(links.rows));
    properties.put("synthetic", Boolean.toString(synthetic));
    List<String> warnings = new ArrayList<>();
    if (links.zero > 0) {
      warnings.add(links.zero + " link(s) with amount 0: they carry no share of any input");
    }
    if (links.self > 0) {
      warnings.add(links.self + " self-link(s) (supplier = customer)");
    }
    if (nodeReader.withoutCountry() > 0) {
      warnings.add(nodeReader.withoutCountry() + " node(s) without a country");
    }
    return new DatasetDescription(
        title.isEmpty() ? "Firm network from " + folder.getFileName() : title,
        synthetic ? "Chokepoint generator (SYNTHETIC data)" : "user-supplied",
        synthetic
            ? "SYNTHETIC data, no restrictions"
            : "not stated in the files: the terms of the data's supplier apply",
        synthetic ? "generated" : "not stated",
        "",
        "",
        warnings,
        properties);
  }

  /** The first non-blank line of README.txt, or empty text. */
  private static String readmeTitle(Path folder) {
    Path readme = folder.resolve("README.txt");
    if (!Files.isRegularFile(readme)) {
      return "";
    }
    try (BufferedReader r = Files.newBufferedReader(readme, StandardCharsets.UTF_8)) {
      for (String l = r.readLine(); l != null; l = r.readLine()) {
        if (!l.isBlank()) {
          return l.strip().length() > 200 ? l.strip().substring(0, 200) : l.strip();
        }
      }
      return "";
    } catch (IOException e) {
      throw ImportException.ofFile(readme.toString(), "unreadable: " + e.getMessage());
    }
  }

  /** The links in growable primitive arrays while the parser reads. */
  private static final class Links implements LinkParser.Sink {
    int[] supplier = new int[1 << 16];
    int[] customer = new int[1 << 16];
    int[] product = new int[1 << 16];
    double[] amount = new double[1 << 16];
    int rows;
    int zero;
    int self;

    @Override
    public void link(int s, int c, int p, double a) {
      if (rows == supplier.length) {
        if (rows > Integer.MAX_VALUE / 2) {
          throw new IllegalStateException("more than 1,073,741,823 links are not supported");
        }
        int n = rows * 2;
        supplier = Arrays.copyOf(supplier, n);
        customer = Arrays.copyOf(customer, n);
        product = Arrays.copyOf(product, n);
        amount = Arrays.copyOf(amount, n);
      }
      supplier[rows] = s;
      customer[rows] = c;
      product[rows] = p;
      amount[rows++] = a;
      if (a == 0) {
        zero++;
      }
      if (s == c) {
        self++;
      }
    }

    void writeTo(TableSink sink) {
      sink.columns(
          FirmNetworkDataset.LINKS,
          rows,
          List.of(
              Column.ints("supplier", supplier),
              Column.ints("customer", customer),
              Column.ints("product", product),
              Column.doubles("amount", amount)));
    }
  }
}
