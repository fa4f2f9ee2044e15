package org.chokepoint.screening.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.screening.Schema;
import org.junit.jupiter.api.Test;

/** The CSV inputs of screening: where a bad byte, a ragged row or too many rows are. */
class ScreeningCsvTest {
  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[] a, byte... b) {
    byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @Test
  void aBadByteIsFoundByLineAndCharacterNotByByte() {
    // "name\n" is 5 bytes, "Путин" 5 characters in 10 bytes: the stray 0xFF is byte 15 (offset
    // 15), the 6th character of line 2
    byte[] body = concat(bytes("name\nПутин"), (byte) 0xFF, (byte) '\n');
    assertThatThrownBy(() -> ScreeningCsv.read(body, "u.csv", 0))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith(
            "u.csv:2:6: not UTF-8 text: byte 0xFF at byte offset 15 is not part of a UTF-8"
                + " character");
  }

  @Test
  void aBadByteFarIntoALargeFileIsStillLocated() {
    // 100,000 lines of "x\n" after the header (more than one 64 KiB read), then a lone 0x80
    StringBuilder b = new StringBuilder("name\n");
    b.append("x\n".repeat(100_000));
    byte[] body = concat(bytes(b.toString()), (byte) 'y', (byte) 0x80);
    ImportException e =
        (ImportException)
            org.assertj.core.api.Assertions.catchThrowable(
                () -> ScreeningCsv.read(body, "big.csv", 0));
    assertThat(e.line()).isEqualTo(100_002);
    assertThat(e.column()).isEqualTo(2);
    assertThat(e.reason()).contains("byte offset " + (5 + 200_000 + 1));
  }

  @Test
  void raggedRowsAndRowLimit() {
    assertThatThrownBy(() -> ScreeningCsv.read(bytes("a,b,c\n1,2,3\n1,2,3,4\n"), "r.csv", 0))
        .hasMessage("r.csv:3:4: has 4 fields, the header has 3");
    assertThat(ScreeningCsv.read(bytes("name\na\nb\n"), "ok.csv", 2)).hasSize(3);
    assertThatThrownBy(() -> ScreeningCsv.read(bytes("name\na\nb\nc\n"), "n.csv", 2))
        .hasMessageStartingWith("n.csv:4: more than 2 rows");
    assertThatThrownBy(() -> ScreeningCsv.read(new byte[0], "e.csv", 0))
        .hasMessage("e.csv:1: empty file; expected a header row");
  }

  @Test
  void queriesTakeTheNameColumnAndEachRowsSchema() {
    var records = ScreeningCsv.read(bytes("id,Firm,schema\n1,Acme,vessel\n2,Beta,\n"), "q.csv", 0);
    List<ScreeningQuery> q =
        ScreeningCsv.nameQueries(records, "firm", Schema.COMPANY, Set.of("us-dpl"), 3);
    assertThat(q)
        .containsExactly(
            new ScreeningQuery("Acme", Schema.VESSEL, Set.of("us-dpl"), 3),
            new ScreeningQuery("Beta", Schema.COMPANY, Set.of("us-dpl"), 3));
  }
}
