package org.chokepoint.data.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
  private static List<CsvRecord> read(String text) {
    return new CsvReader(new StringReader(text), "t.csv").readAll();
  }

  @Test
  void quotedFieldsWithCommasQuotesAndLineBreaks() {
    List<CsvRecord> r = read("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",x,\r\nlast,row,end");
    assertThat(r).hasSize(3);
    assertThat(r.get(0).fields()).containsExactly("a", "b,c", "say \"hi\"");
    assertThat(r.get(1).fields()).containsExactly("two\nlines", "x", "");
    assertThat(r.get(2).fields()).containsExactly("last", "row", "end");
    // the record after a two-line field starts on line 4
    assertThat(r).extracting(CsvRecord::line).containsExactly(1L, 2L, 4L);
  }

  @Test
  void byteOrderMarkIsSkippedAndLoneCarriageReturnsEndLines() {
    List<CsvRecord> r = read("\uFEFFh1,h2\ra,b\r");
    assertThat(r.get(0).fields()).containsExactly("h1", "h2");
    assertThat(r.get(1).line()).isEqualTo(2);
  }

  @Test
  void unterminatedQuoteNamesWhereItOpened() {
    assertThatThrownBy(() -> read("a,b\nc,\"never closed\nmore"))
        .isInstanceOf(ImportException.class)
        .hasMessage("t.csv:2:3: quoted field is never closed (missing '\"')");
  }

  @Test
  void textAfterAClosingQuoteIsAnError() {
    assertThatThrownBy(() -> read("\"ab\"c,d"))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith("t.csv:1:5: unexpected character 'c'");
  }

  @Test
  void quoteInsideAnUnquotedField() {
    assertThatThrownBy(() -> read("ok\nab\"c"))
        .isInstanceOf(ImportException.class)
        .hasMessageStartingWith("t.csv:2:3: quote inside an unquoted field");
  }

  @Test
  void limitsStopHostileInput() {
    String longField = "x".repeat(100);
    assertThatThrownBy(() -> new CsvReader(new StringReader(longField), "t.csv", 50, 10).readAll())
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("longer than 50 characters");
    assertThatThrownBy(
            () -> new CsvReader(new StringReader("a,".repeat(20)), "t.csv", 50, 10).readAll())
        .isInstanceOf(ImportException.class)
        .hasMessageContaining("more than 10 fields");
  }

  @Test
  void writerRoundTrips() {
    java.io.StringWriter w = new java.io.StringWriter();
    new CsvWriter(w).row("plain", "a,b", "q\"q", "line\nbreak", "");
    assertThat(w.toString()).isEqualTo("plain,\"a,b\",\"q\"\"q\",\"line\nbreak\",\r\n");
    assertThat(read(w.toString()).get(0).fields())
        .containsExactly("plain", "a,b", "q\"q", "line\nbreak", "");
  }
}
