package org.chokepoint.data.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.chokepoint.data.text.ImportException;
import org.junit.jupiter.api.Test;

/** Broken list files fail with the file, the line and the reason. */
class ListFilesValidationTest {
  private static final String INDEX_HEADER =
      "id,title,title_local,publisher,published,url,licence,note\n";
  private static final String INDEX =
      INDEX_HEADER + "t,Test list,,Someone,2024-05-03,https://example.org/t,Apache-2.0,\n";
  private static final String LIST_HEADER = "item,item_local,hs,mapping,note\n";
  private static final String XWALK_HEADER =
      "hs6,usgs_commodity,usgs_stage,content_basis,usgs_units_per_tonne,note,source\n";

  private static ListFiles.Opener files(String... nameThenText) {
    Map<String, byte[]> m = new HashMap<>();
    for (int i = 0; i < nameThenText.length; i += 2) {
      m.put(nameThenText[i], nameThenText[i + 1].getBytes(StandardCharsets.UTF_8));
    }
    return name -> m.containsKey(name) ? new ByteArrayInputStream(m.get(name)) : null;
  }

  private static ImportException listFails(String listBody) {
    ListFiles.Opener f = files("index.csv", INDEX, "t.csv", LIST_HEADER + listBody);
    return catchImport(() -> ProductLists.read(f));
  }

  private static ImportException catchImport(Runnable r) {
    try {
      r.run();
    } catch (ImportException e) {
      return e;
    }
    throw new AssertionError("expected an ImportException");
  }

  @Test
  void aWellFormedListLoads() {
    ProductLists lists =
        ProductLists.read(
            files(
                "index.csv",
                INDEX,
                "t.csv",
                LIST_HEADER + "Gallium,,811292,partial,basket\nCloud,,,none,no goods\n"));
    assertThat(lists.getList("t").hsCodes()).containsExactly("811292");
    assertThat(lists.getList("t").findItem("Cloud").orElseThrow().hsCodes()).isEmpty();
  }

  @Test
  void hsCodesMustHaveTwoFourOrSixDigits() {
    ImportException e = listFails("Gallium,,81129,partial,\n");
    assertThat(e.file()).isEqualTo("org/chokepoint/data/lists/t.csv");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(3);
    assertThat(e.reason()).contains("2, 4 or 6 digits", "81129");
    assertThat(listFails("Gallium,,8112.92,partial,\n").reason()).contains("8112.92");
  }

  @Test
  void mappingMustBeKnownAndNoneTakesNoCode() {
    ImportException e = listFails("Gallium,,811292,exact,\nGermanium,,811292,some,\n");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.reason()).contains("exact, partial or none", "some");
    assertThat(listFails("Cloud,,85,none,\n").reason()).contains("none takes no HS code");
    assertThat(listFails("Gallium,,,partial,\n").reason()).contains("2, 4 or 6 digits");
  }

  @Test
  void duplicatesAndConflictingLocalNamesAreErrors() {
    assertThat(listFails("Ga,,811292,partial,\nGa,,811292,exact,\n").reason()).contains("twice");
    assertThat(listFails("Ga,ガリウム,811292,partial,\nGa,,282560,partial,\n").reason())
        .contains("two local names");
    assertThat(listFails("").reason()).contains("no items");
  }

  @Test
  void everyIndexedListNeedsItsFile() {
    ImportException e = catchImport(() -> ProductLists.read(files("index.csv", INDEX)));
    assertThat(e.file()).isEqualTo("org/chokepoint/data/lists/index.csv");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.reason()).contains("list t has no file", "t.csv");
  }

  @Test
  void indexFieldsAreChecked() {
    String badDate = INDEX_HEADER + "t,Test,,Someone,3 May 2024,https://x.org,Apache-2.0,\n";
    assertThat(catchImport(() -> ProductLists.read(files("index.csv", badDate))).reason())
        .contains("YYYY-MM-DD");
    String badId = INDEX_HEADER + "T 1,Test,,Someone,2024-05-03,https://x.org,Apache-2.0,\n";
    assertThat(catchImport(() -> ProductLists.read(files("index.csv", badId))).reason())
        .contains("lower-case");
    String truncated = INDEX_HEADER + "t,Test\n";
    assertThat(catchImport(() -> ProductLists.read(files("index.csv", truncated))).reason())
        .contains("expected 8 fields");
    String header = "id,title\n";
    assertThat(catchImport(() -> ProductLists.read(files("index.csv", header))).reason())
        .contains("header must be id,title,title_local");
  }

  @Test
  void crosswalkFactorsAndCodesAreChecked() {
    String bad = XWALK_HEADER + "283691,Lithium,Mine production,Li (metric tons),0.18x,n,s\n";
    ImportException e = catchImport(() -> HsUsgsCrosswalk.read(files(HsUsgsCrosswalk.FILE, bad)));
    assertThat(e.file()).isEqualTo("org/chokepoint/data/lists/hs6-usgs.csv");
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(5);
    assertThat(e.reason()).contains("positive decimal");
    String shortCode = XWALK_HEADER + "2836,Lithium,Mine production,Li (metric tons),,n,s\n";
    assertThat(
            catchImport(() -> HsUsgsCrosswalk.read(files(HsUsgsCrosswalk.FILE, shortCode)))
                .reason())
        .contains("6 digits");
    String twice =
        XWALK_HEADER
            + "283691,Lithium,Mine production,Li (metric tons),,n,s\n"
            + "283691,Lithium,Mine production,Li (metric tons),,n,s\n";
    assertThat(catchImport(() -> HsUsgsCrosswalk.read(files(HsUsgsCrosswalk.FILE, twice))).line())
        .isEqualTo(3);
    String noStage = XWALK_HEADER + "283691,Lithium,,Li (metric tons),,n,s\n";
    assertThat(
            catchImport(() -> HsUsgsCrosswalk.read(files(HsUsgsCrosswalk.FILE, noStage))).reason())
        .contains("usgs_stage is empty");
  }

  @Test
  void textMustBeUtf8() {
    byte[] latin1 =
        (LIST_HEADER + "Gallium,caf\u00e9,811292,partial,\n").getBytes(StandardCharsets.ISO_8859_1);
    ListFiles.Opener f =
        name ->
            name.equals("index.csv")
                ? new ByteArrayInputStream(INDEX.getBytes(StandardCharsets.UTF_8))
                : new ByteArrayInputStream(latin1);
    assertThatThrownBy(() -> ProductLists.read(f))
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("t.csv")
        .hasMessageContaining("not valid UTF-8");
  }
}
