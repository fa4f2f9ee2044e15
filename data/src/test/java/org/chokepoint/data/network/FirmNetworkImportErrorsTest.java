package org.chokepoint.data.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chokepoint.data.catalog.DataCatalog;
import org.chokepoint.data.catalog.StarterPack;
import org.chokepoint.data.testing.TickingClock;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.geo.Countries;
import org.chokepoint.geo.Country;
import org.chokepoint.geo.CountryCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input is refused with file, line, column (the field, 1-based; the character for CSV syntax)
 * and reason, and leaves nothing behind.
 */
class FirmNetworkImportErrorsTest {
  private static final String NODES = "id,kind,name,country\nA,firm,Alpha,JPN\nB,firm,Beta,\n";

  @TempDir Path dir;

  private Path folder(String nodes, String links) throws IOException {
    Path f = Files.createDirectories(dir.resolve("in-" + System.nanoTime()));
    Files.writeString(f.resolve("nodes.csv"), nodes, StandardCharsets.UTF_8);
    Files.writeString(f.resolve("links.csv"), links, StandardCharsets.UTF_8);
    return f;
  }

  private ImportException failure(String nodes, String links) throws IOException {
    Path f = folder(nodes, links);
    DataCatalog c = new DataCatalog(dir.resolve("home"), StarterPack.none(), new TickingClock());
    Throwable t =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> new FirmNetworks(c).importFolder("net", f, NetworkProgress.NONE));
    assertThat(t).isInstanceOf(ImportException.class);
    assertThat(c.findDataset("net")).isEmpty(); // nothing half-imported
    try (var staged = Files.list(dir.resolve("home").resolve("staging"))) {
      assertThat(staged).isEmpty();
    }
    return (ImportException) t;
  }

  /** The message without the folder: {@code links.csv:3:1: reason}. */
  private String message(String nodes, String links) throws IOException {
    ImportException e = failure(nodes, links);
    return Path.of(e.file()).getFileName() + e.getMessage().substring(e.file().length());
  }

  private static String links(String... lines) {
    return "supplier,customer,product,amount\n" + String.join("\n", lines) + "\n";
  }

  @Test
  void unknownNodeIds() throws IOException {
    assertThat(message(NODES, links("A,B,x,1", "C,B,x,1")))
        .isEqualTo("links.csv:3:1: supplier \"C\" is not a node id of nodes.csv");
    assertThat(message(NODES, links("A,b,x,1")))
        .isEqualTo("links.csv:2:2: customer \"b\" is not a node id of nodes.csv");
  }

  @Test
  void badAmounts() throws IOException {
    assertThat(message(NODES, links("A,B,x,-5")))
        .isEqualTo("links.csv:2:4: amount \"-5\" must be a finite number >= 0");
    assertThat(message(NODES, links("A,B,x,1", "B,A,x,ten")))
        .isEqualTo("links.csv:3:4: amount \"ten\" is not a number");
    assertThat(message(NODES, links("A,B,x,"))).isEqualTo("links.csv:2:4: amount is empty");
    assertThat(message(NODES, links("A,B,x,NaN")))
        .isEqualTo("links.csv:2:4: amount \"NaN\" is not a number");
    assertThat(message(NODES, links("A,B,x,1e999")))
        .isEqualTo("links.csv:2:4: amount \"1e999\" must be a finite number >= 0");
    assertThat(message(NODES, links("A,B,x,\"-1.5\"")))
        .isEqualTo("links.csv:2:4: amount \"-1.5\" must be a finite number >= 0");
  }

  @Test
  void badRecordsAndHeaders() throws IOException {
    assertThat(message(NODES, links("A,B,1")))
        .isEqualTo("links.csv:2: expected 4 fields (supplier,customer,product,amount), found 3");
    assertThat(message(NODES, "from,to,product,amount\nA,B,x,1\n"))
        .isEqualTo(
            "links.csv:1: expected the header supplier,customer,product,amount, found"
                + " \"from,to,product,amount\"");
    assertThat(message("id,name\nA,Alpha\n", links("A,A,x,1")))
        .isEqualTo("nodes.csv:1: expected the header id,kind,name,country");
    assertThat(message(NODES + "C,firm\n", links("A,B,x,1")))
        .isEqualTo("nodes.csv:4: expected 4 fields (id,kind,name,country), found 2");
  }

  @Test
  void quotedFieldsFollowRfc4180() throws IOException {
    // the quote opens at character 5 of line 3 and is never closed
    assertThat(message(NODES, links("A,B,x,1", "B,A,\"x,1")))
        .isEqualTo("links.csv:3:5: quoted field is never closed (missing '\"')");
    assertThat(message(NODES, links("A,B,x\"y,1")))
        .isEqualTo("links.csv:2:6: quote inside an unquoted field (quote the field and double it)");
    assertThat(message(NODES, links("\"A\"B,B,x,1")))
        .isEqualTo("links.csv:2:4: unexpected character 'B' after a closing quote");
    // a line break inside quotes: the record starts on line 2, the next one on line 4
    assertThat(message(NODES, links("A,B,\"two\nlines\",1", "A,Z,x,1")))
        .isEqualTo("links.csv:4:2: customer \"Z\" is not a node id of nodes.csv");
  }

  @Test
  void badNodes() throws IOException {
    assertThat(message(NODES + "A,firm,Again,JPN\n", links("A,B,x,1")))
        .isEqualTo("nodes.csv:4:1: node id \"A\" appears twice (first on line 2)");
    assertThat(message(NODES + "C,supplier,Gamma,JPN\n", links("A,B,x,1")))
        .isEqualTo(
            "nodes.csv:4:2: unknown kind \"supplier\"; expected one of country, firm, facility,"
                + " product, input, stage");
    assertThat(message(NODES + "C,firm,Gamma,JP\n", links("A,B,x,1")))
        .isEqualTo(
            "nodes.csv:4:4: \"JP\" is not an ISO 3166-1 alpha-3 code (three letters, such as JPN)"
                + " or empty");
    assertThat(message(NODES + " ,firm,Gamma,JPN\n", links("A,B,x,1")))
        .isEqualTo("nodes.csv:4:1: node id is empty");
  }

  @Test
  void countriesAreCheckedAgainstTheKnownList() throws IOException {
    Countries known =
        new Countries(
            List.of(
                new Country(CountryCode.of("JPN"), "JP", "392", "Japan", "Asia"),
                new Country(CountryCode.of("USA"), "US", "840", "United States", "Americas")));
    Path f = folder(NODES + "C,firm,Gamma,ZZZ\nD,firm,Delta,XKX\n", links("A,B,x,1"));
    DataCatalog c = new DataCatalog(dir.resolve("home2"), StarterPack.none(), new TickingClock());
    assertThatThrownBy(
            () ->
                c.importDataset(
                    new FirmNetworkImporter(known, NetworkProgress.NONE), f, "net", n -> {}))
        .isInstanceOf(ImportException.class)
        .hasMessageEndingWith(
            "nodes.csv:4:4: \"ZZZ\" is not an ISO 3166-1 alpha-3 code of the countries dataset");
    // XKX (user-assigned, Kosovo as the World Bank writes it) passes, as CountryCode allows
    Path ok = folder(NODES + "D,firm,Delta,XKX\n", links("A,D,x,1"));
    c.importDataset(new FirmNetworkImporter(known, NetworkProgress.NONE), ok, "net", n -> {});
    assertThat(c.findDataset("net")).isPresent();
  }

  @Test
  void missingFilesAndAFailedReimportKeepsThePreviousVersion() throws IOException {
    Path f = folder(NODES, links("A,B,x,1"));
    Files.delete(f.resolve("links.csv"));
    assertThatThrownBy(
            () ->
                new FirmNetworks(new DataCatalog(dir, StarterPack.none(), new TickingClock()))
                    .importFolder("net", f, NetworkProgress.NONE))
        .hasMessageEndingWith("links.csv: no such file");
    DataCatalog c = new DataCatalog(dir.resolve("home3"), StarterPack.none(), new TickingClock());
    FirmNetworks s = new FirmNetworks(c);
    s.importFolder("net", folder(NODES, links("A,B,x,1")), NetworkProgress.NONE);
    Path bad = folder(NODES, links("A,B,x,1", "A,B,x,-1"));
    assertThatThrownBy(() -> s.importFolder("net", bad, NetworkProgress.NONE))
        .isInstanceOf(ImportException.class);
    assertThat(s.getNetwork("net").network().linkCount()).isEqualTo(1);
  }
}
