package org.chokepoint.data.network;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.chokepoint.data.text.ImportException;

/**
 * Reads {@code links.csv} ({@code supplier,customer,product,amount}) straight from bytes: node ids
 * are looked up in the {@link ByteIndex} of {@code nodes.csv} without a String per field, amounts
 * are parsed without one. A line without a quote takes the fast path; a record with a quote
 * anywhere is read by {@link QuotedRecord} with the RFC 4180 rules and messages of {@link
 * org.chokepoint.data.text.CsvReader} (doubled quotes, commas and line breaks inside quotes).
 * Fields are stripped of surrounding spaces and tabs, blank lines are skipped. Errors name the
 * file, the line and the field (1-based; 0 for the record as a whole) or, for CSV syntax, the
 * character.
 */
final class LinkParser {
  static final List<String> HEADER = List.of("supplier", "customer", "product", "amount");

  /** Receives each link, with indices into the node and product indexes. */
  interface Sink {
    void link(int supplier, int customer, int product, double amount);
  }

  private static final int MAX_BUFFER = 1 << 26;

  private final String file;
  private final String nodesFile;
  private final InputStream in;
  private final ByteIndex nodes;
  private final ByteIndex products;
  private final LongConsumer progress;
  private final QuotedRecord quoted = new QuotedRecord();
  private final Function<String, ImportException> amountError = this::amountError;
  private final int[] comma = new int[4];
  private byte[] buf;
  private int pos;
  private int lim;
  private boolean eof;
  private long line = 1;
  private long recordLine;

  // the fields of the current record: the first four are kept, the rest only counted
  private final byte[][] fieldBuf = new byte[4][];
  private final int[] fieldOff = new int[4];
  private final int[] fieldLen = new int[4];
  private int fieldCount;

  LinkParser(
      String file,
      String nodesFile,
      InputStream in,
      ByteIndex nodes,
      ByteIndex products,
      LongConsumer progress) {
    this(file, nodesFile, in, nodes, products, progress, 1 << 22);
  }

  /** With a given first buffer size; tests use tiny buffers to meet every refill case. */
  LinkParser(
      String file,
      String nodesFile,
      InputStream in,
      ByteIndex nodes,
      ByteIndex products,
      LongConsumer progress,
      int bufferSize) {
    this.buf = new byte[bufferSize];
    this.file = file;
    this.nodesFile = nodesFile;
    this.in = in;
    this.nodes = nodes;
    this.products = products;
    this.progress = progress;
  }

  /** Reads every link into {@code sink}; returns the number of links. */
  long run(Sink sink) {
    while (lim < 3 && !eof) {
      fill();
    }
    if (lim - pos >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
      pos = 3;
    }
    if (!next() || !header().equals(HEADER)) {
      throw new ImportException(
          file,
          1,
          0,
          "expected the header "
              + String.join(",", HEADER)
              + (fieldCount == 0 ? ", found an empty file" : ", found \"" + headerText() + "\""));
    }
    long links = 0;
    while (next()) {
      if (fieldCount == 1 && fieldLen[0] == 0) {
        continue; // blank line
      }
      if (fieldCount != 4) {
        throw new ImportException(
            file,
            recordLine,
            0,
            "expected 4 fields (supplier,customer,product,amount), found " + fieldCount);
      }
      int s = nodes.find(fieldBuf[0], fieldOff[0], fieldLen[0]);
      if (s < 0) {
        throw unknownNode(0, "supplier");
      }
      int c = nodes.find(fieldBuf[1], fieldOff[1], fieldLen[1]);
      if (c < 0) {
        throw unknownNode(1, "customer");
      }
      int p = -1;
      if (fieldLen[2] > 0) {
        p = products.find(fieldBuf[2], fieldOff[2], fieldLen[2]);
        if (p < 0) {
          p = addProduct();
        }
      }
      sink.link(s, c, p, Amounts.parse(fieldBuf[3], fieldOff[3], fieldLen[3], amountError));
      if ((++links & 0xFFFFF) == 0) {
        progress.accept(links);
      }
    }
    return links;
  }

  private List<String> header() {
    if (fieldCount > 4) {
      return List.of();
    }
    return java.util.stream.IntStream.range(0, fieldCount).mapToObj(this::text).toList();
  }

  private String headerText() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < Math.min(fieldCount, 4); i++) {
      b.append(i > 0 ? "," : "").append(text(i));
    }
    return b.append(fieldCount > 4 ? ",..." : "").toString();
  }

  private int addProduct() {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .decode(ByteBuffer.wrap(fieldBuf[2], fieldOff[2], fieldLen[2]));
    } catch (CharacterCodingException e) {
      throw new ImportException(file, recordLine, 3, "product is not valid UTF-8 text");
    }
    return products.add(fieldBuf[2], fieldOff[2], fieldLen[2]);
  }

  private ImportException unknownNode(int field, String role) {
    return new ImportException(
        file,
        recordLine,
        field + 1,
        role + " \"" + Amounts.shorten(text(field)) + "\" is not a node id of " + nodesFile);
  }

  private ImportException amountError(String reason) {
    return new ImportException(file, recordLine, 4, reason);
  }

  private String text(int field) {
    return new String(fieldBuf[field], fieldOff[field], fieldLen[field], StandardCharsets.UTF_8);
  }

  /** Reads the next record into the fields; false at the end of the file. */
  private boolean next() {
    while (true) {
      if (pos == lim) {
        if (eof) {
          return false;
        }
        fill();
        continue;
      }
      byte[] b = buf;
      int p = pos;
      int commas = 0;
      boolean quote = false;
      while (p < lim) {
        byte x = b[p];
        if (x == ',') {
          if (commas < 4) {
            comma[commas] = p;
          }
          commas++;
        } else if (x == '\n' || x == '\r') {
          break;
        } else if (x == '"') {
          quote = true;
          break;
        }
        p++;
      }
      if (quote) {
        int end = quoted.parse(b, pos, lim, eof, line, file);
        if (end < 0) {
          fill();
          continue;
        }
        recordLine = line;
        line = quoted.nextLine();
        pos = end;
        fieldCount = quoted.fieldCount();
        for (int i = 0; i < Math.min(fieldCount, 4); i++) {
          fieldBuf[i] = quoted.bytes();
          fieldOff[i] = quoted.offset(i);
          fieldLen[i] = quoted.length(i);
          strip(i);
        }
        return true;
      }
      if ((p == lim || (b[p] == '\r' && p + 1 == lim)) && !eof) {
        fill(); // the line may go on in the next block
        continue;
      }
      fieldCount = commas + 1;
      for (int i = 0; i < Math.min(fieldCount, 4); i++) {
        int from = i == 0 ? pos : comma[i - 1] + 1;
        fieldBuf[i] = b;
        fieldOff[i] = from;
        fieldLen[i] = (i < commas ? comma[i] : p) - from;
        strip(i);
      }
      if (p < lim && b[p] == '\r') {
        p++;
      }
      if (p < lim && b[p] == '\n') {
        p++;
      }
      pos = p;
      recordLine = line++;
      return true;
    }
  }

  private void strip(int i) {
    byte[] b = fieldBuf[i];
    int off = fieldOff[i];
    int end = off + fieldLen[i];
    while (off < end && (b[off] == ' ' || b[off] == '\t')) {
      off++;
    }
    while (end > off && (b[end - 1] == ' ' || b[end - 1] == '\t')) {
      end--;
    }
    fieldOff[i] = off;
    fieldLen[i] = end - off;
  }

  /** Moves the unread bytes to the front and reads more, growing the buffer for a long record. */
  private void fill() {
    if (pos > 0) {
      System.arraycopy(buf, pos, buf, 0, lim - pos);
      lim -= pos;
      pos = 0;
    }
    if (lim == buf.length) {
      if (buf.length >= MAX_BUFFER) {
        throw new ImportException(file, line, 0, "record longer than " + MAX_BUFFER + " bytes");
      }
      buf = java.util.Arrays.copyOf(buf, buf.length * 2);
    }
    try {
      int n = in.read(buf, lim, buf.length - lim);
      if (n < 0) {
        eof = true;
      } else {
        lim += n;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
