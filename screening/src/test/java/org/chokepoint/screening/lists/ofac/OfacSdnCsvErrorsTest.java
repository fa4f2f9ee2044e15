package org.chokepoint.screening.lists.ofac;

import static org.chokepoint.screening.lists.ListImports.write;

import java.nio.file.Path;
import org.chokepoint.screening.lists.ListImports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad SDN CSV sets fail with file, line, column and reason, and leave no dataset behind. */
class OfacSdnCsvErrorsTest {
  private static final String ENTRY =
      "36,\"AEROCARIBBEAN AIRLINES\",-0- ,\"CUBA\"" + ",-0- ".repeat(8);

  @TempDir Path dir;

  private Path set(String sdn, String add, String alt) {
    Path folder = dir.resolve("set");
    write(folder, "sdn.csv", sdn);
    write(folder, "add.csv", add);
    write(folder, "alt.csv", alt);
    return folder;
  }

  private void fails(Path folder, String end) {
    ListImports.fails(new OfacSdnCsvImporter(), folder, dir.resolve("data"), end);
  }

  @Test
  void unknownSdnType() {
    String row = "37,\"X\",\"company\",\"CUBA\"" + ",-0- ".repeat(8);
    fails(
        set(ENTRY + "\r\n" + row + "\r\n", "", ""),
        "sdn.csv:2:3: unknown SDN type \"company\" (expected individual, vessel, aircraft or"
            + " empty for an entity)");
  }

  @Test
  void malformedCsv() {
    fails(
        set(ENTRY + "\r\n37,\"OPEN\r\n", "", ""),
        "sdn.csv:2:4: quoted field is never closed (missing '\"')");
  }

  @Test
  void wrongNumberOfFields() {
    fails(
        set("36,\"A\",-0-\r\n", "", ""),
        "sdn.csv:1: expected 12 fields, found 3 (is this sdn.csv of an OFAC SDN CSV set?)");
  }

  @Test
  void missingName() {
    fails(
        set("36,-0- ,-0- ,\"CUBA\"" + ",-0- ".repeat(8) + "\r\n", "", ""),
        "sdn.csv:1:2: SDN_Name is empty");
  }

  @Test
  void entryNumberThatIsNoNumber() {
    fails(
        set("3a6,\"A\"" + ",-0- ".repeat(10) + "\r\n", "", ""),
        "sdn.csv:1:1: entry number \"3a6\" is not a whole number");
  }

  @Test
  void aliasOfAnEntryThatIsNotListed() {
    fails(
        set(ENTRY + "\r\n", "", "99,1,\"aka\",\"X\",-0- \r\n"),
        "alt.csv:1:1: entry 99 is not in sdn.csv");
  }

  @Test
  void unknownAliasType() {
    fails(
        set(ENTRY + "\r\n", "", "36,1,\"bka\",\"X\",-0- \r\n"),
        "alt.csv:1:3: unknown alt_type \"bka\" (expected aka, fka, nka)");
  }

  @Test
  void entryListedTwice() {
    fails(
        set(ENTRY + "\r\n" + ENTRY + "\r\n", "", ""),
        "sdn.csv:2:1: entry 36 appears twice (also on line 1)");
  }

  @Test
  void aSetWithoutAliases() {
    Path folder = dir.resolve("noalt");
    write(folder, "sdn.csv", ENTRY + "\r\n");
    write(folder, "add.csv", "");
    fails(folder, "alt.csv: missing: an OFAC SDN CSV set has sdn.csv, add.csv and alt.csv");
  }

  @Test
  void aFolderWithoutSdnCsv() {
    write(dir.resolve("empty"), "readme.txt", "x");
    fails(
        dir.resolve("empty"),
        "no sdn.csv (or bench_sdn.csv) in this folder: not an OFAC SDN CSV set");
  }
}
