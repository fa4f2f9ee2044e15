package org.chokepoint.data.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.chokepoint.data.text.CsvReader;
import org.chokepoint.data.text.CsvRecord;

/**
 * The byte-level links reader against the project's RFC 4180 reader: on random files with quoted
 * and unquoted fields, doubled quotes, commas and line breaks inside quotes, CRLF and LF, blank
 * lines, surrounding spaces and non-ASCII ids, both give the same links, whatever the buffer size
 * (down to a few bytes, so that every record straddles a refill somewhere).
 */
class LinkParserPropertiesTest {
  private static final String[] IDS = {"A", "b-2", "Zürich AG", "x,y", "q\"uote", "東京", "n\nl"};

  @Property(tries = 300)
  void sameLinksAsCsvReader(@ForAll long seed, @ForAll @IntRange(min = 4, max = 64) int buffer) {
    Random rnd = new Random(seed);
    StringBuilder file = new StringBuilder(rnd.nextBoolean() ? "\uFEFF" : "");
    file.append("supplier,customer,product,amount");
    int lines = rnd.nextInt(40);
    for (int i = 0; i < lines; i++) {
      file.append(rnd.nextBoolean() ? "\r\n" : "\n");
      if (rnd.nextInt(10) == 0) {
        continue; // blank line
      }
      String amount =
          switch (rnd.nextInt(4)) {
            case 0 -> Integer.toString(rnd.nextInt(1000));
            case 1 -> rnd.nextInt(1000) + "." + rnd.nextInt(100);
            case 2 -> rnd.nextInt(9) + "e" + rnd.nextInt(5);
            default -> "0.000000000000000001";
          };
      String[] fields = {
        IDS[rnd.nextInt(IDS.length)],
        IDS[rnd.nextInt(IDS.length)],
        rnd.nextInt(4) == 0 ? "" : "p" + rnd.nextInt(3),
        amount
      };
      for (int f = 0; f < 4; f++) {
        String text = fields[f];
        boolean mustQuote = text.contains(",") || text.contains("\"") || text.contains("\n");
        if (mustQuote || rnd.nextInt(5) == 0) {
          text = "\"" + text.replace("\"", "\"\"") + "\"";
        } else if (rnd.nextInt(6) == 0) {
          text = " " + text + "\t";
        }
        file.append(f > 0 ? "," : "").append(text);
      }
    }
    if (rnd.nextBoolean()) {
      file.append("\n");
    }
    String text = file.toString();
    assertThat(parse(text, buffer)).isEqualTo(reference(text));
  }

  private static ByteIndex nodes() {
    ByteIndex nodes = new ByteIndex();
    for (String id : IDS) {
      nodes.add(id);
    }
    return nodes;
  }

  private static List<String> parse(String text, int buffer) {
    List<String> out = new ArrayList<>();
    ByteIndex products = new ByteIndex();
    new LinkParser(
            "links.csv",
            "nodes.csv",
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
            nodes(),
            products,
            n -> {},
            buffer)
        .run(
            (s, c, p, a) ->
                out.add(IDS[s] + "|" + IDS[c] + "|" + (p < 0 ? "" : products.key(p)) + "|" + a));
    return out;
  }

  private static List<String> reference(String text) {
    List<String> out = new ArrayList<>();
    Map<String, Integer> ids = new HashMap<>();
    for (int i = 0; i < IDS.length; i++) {
      ids.put(IDS[i], i);
    }
    List<CsvRecord> records = new CsvReader(new StringReader(text), "links.csv").readAll();
    for (CsvRecord r : records.subList(1, records.size())) {
      if (r.size() == 1 && NodeReader.strip(r.get(0)).isEmpty()) {
        continue;
      }
      String s = NodeReader.strip(r.get(0));
      String c = NodeReader.strip(r.get(1));
      String p = NodeReader.strip(r.get(2));
      double a = Double.parseDouble(NodeReader.strip(r.get(3)));
      out.add(IDS[ids.get(s)] + "|" + IDS[ids.get(c)] + "|" + p + "|" + a);
    }
    return out;
  }
}
