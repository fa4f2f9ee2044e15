package org.chokepoint.data.bea;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.chokepoint.data.text.ImportException;

/**
 * The cell texts of one worksheet of an .xlsx file, read with the JDK alone (zip and StAX): shared
 * strings, inline strings and the cached values of numbers and formulas, as written. Styles, dates
 * and formulas are not interpreted. DTDs and external entities are refused, and no part may unpack
 * to more than {@value #MAX_PART_BYTES} bytes, so that a hostile file cannot exhaust memory. Rows
 * are numbered from 1 and columns from 0 (column A), as a spreadsheet shows rows.
 */
final class XlsxSheet {
  static final long MAX_PART_BYTES = 256L << 20;
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  private final String name;
  private final TreeMap<Integer, Map<Integer, String>> rows;

  private XlsxSheet(String name, TreeMap<Integer, Map<Integer, String>> rows) {
    this.name = name;
    this.rows = rows;
  }

  /** The sheet names of the workbook, in order. */
  static List<String> sheetNames(Path file) {
    try (ZipFile zip = open(file)) {
      return new ArrayList<>(sheets(zip, file).keySet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads sheet {@code sheet} of {@code file}. */
  static XlsxSheet read(Path file, String sheet) {
    String label = file + " [sheet " + sheet + "]";
    try (ZipFile zip = open(file)) {
      Map<String, String> sheets = sheets(zip, file);
      String part = sheets.get(sheet);
      if (part == null) {
        throw ImportException.ofFile(
            file.toString(), "no sheet " + sheet + "; has " + sheets.keySet());
      }
      List<String> shared = sharedStrings(zip, file);
      TreeMap<Integer, Map<Integer, String>> rows = new TreeMap<>();
      parse(zip, part, file, r -> cells(r, shared, rows, label));
      return new XlsxSheet(label, rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Name for messages: the file and the sheet. */
  String name() {
    return name;
  }

  /** The text of a cell, or null when the cell is absent or empty. */
  String cell(int row, int col) {
    Map<Integer, String> r = rows.get(row);
    return r == null ? null : r.get(col);
  }

  /** The last row with any cell, 0 when the sheet is empty. */
  int lastRow() {
    return rows.isEmpty() ? 0 : rows.lastKey();
  }

  /** An error about a cell, as {@code file [sheet s]:row:column: reason} (column A is 1). */
  ImportException error(int row, int col, String reason) {
    return new ImportException(name, row, col + 1, reason);
  }

  private static ZipFile open(Path file) throws IOException {
    try {
      return new ZipFile(file.toFile());
    } catch (NoSuchFileException | java.io.FileNotFoundException e) {
      throw ImportException.ofFile(file.toString(), "no such file");
    } catch (ZipException e) {
      throw ImportException.ofFile(file.toString(), "not an .xlsx file (" + e.getMessage() + ")");
    }
  }

  private static Map<String, String> sheets(ZipFile zip, Path file) throws IOException {
    Map<String, String> targets = new HashMap<>();
    parse(
        zip,
        "xl/_rels/workbook.xml.rels",
        file,
        r -> {
          if (r.getLocalName().equals("Relationship")) {
            targets.put(r.getAttributeValue(null, "Id"), r.getAttributeValue(null, "Target"));
          }
        });
    Map<String, String> sheets = new LinkedHashMap<>();
    parse(
        zip,
        "xl/workbook.xml",
        file,
        r -> {
          if (r.getLocalName().equals("sheet")) {
            String t = targets.get(r.getAttributeValue(REL, "id"));
            if (t != null) {
              sheets.put(
                  r.getAttributeValue(null, "name"),
                  t.startsWith("/") ? t.substring(1) : "xl/" + t);
            }
          }
        });
    return sheets;
  }

  private static List<String> sharedStrings(ZipFile zip, Path file) throws IOException {
    List<String> out = new ArrayList<>();
    if (zip.getEntry("xl/sharedStrings.xml") == null) {
      return out;
    }
    StringBuilder text = new StringBuilder();
    boolean[] phonetic = {false};
    parseEvents(
        zip,
        "xl/sharedStrings.xml",
        file,
        r -> {
          if (r.isStartElement() && r.getLocalName().equals("si")) {
            text.setLength(0);
          } else if (r.isStartElement() && r.getLocalName().equals("rPh")) {
            phonetic[0] = true;
          } else if (r.isEndElement() && r.getLocalName().equals("rPh")) {
            phonetic[0] = false;
          } else if (r.isStartElement() && r.getLocalName().equals("t") && !phonetic[0]) {
            text.append(elementText(r));
          } else if (r.isEndElement() && r.getLocalName().equals("si")) {
            out.add(text.toString());
          }
        });
    return out;
  }

  /** Reads one {@code <c>} cell (the reader is on its start element) into {@code rows}. */
  private static void cells(
      XMLStreamReader r,
      List<String> shared,
      TreeMap<Integer, Map<Integer, String>> rows,
      String label) {
    if (!r.getLocalName().equals("c")) {
      return;
    }
    String ref = r.getAttributeValue(null, "r");
    String type = r.getAttributeValue(null, "t");
    String value = null;
    try {
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamReader.START_ELEMENT && r.getLocalName().equals("v")) {
          value = r.getElementText();
        } else if (ev == XMLStreamReader.START_ELEMENT && r.getLocalName().equals("t")) {
          value = (value == null ? "" : value) + r.getElementText();
        } else if (ev == XMLStreamReader.END_ELEMENT && r.getLocalName().equals("c")) {
          break;
        }
      }
    } catch (XMLStreamException e) {
      throw ImportException.ofFile(label, "malformed cell " + ref + ": " + e.getMessage());
    }
    if (ref == null) {
      throw ImportException.ofFile(label, "a cell without a reference (r attribute)");
    }
    int[] rc = reference(ref, label);
    if ("s".equals(type) && value != null) {
      int i = Integer.parseInt(value.strip());
      if (i < 0 || i >= shared.size()) {
        throw ImportException.ofFile(label, "cell " + ref + " names shared string " + i);
      }
      value = shared.get(i);
    }
    if (value != null && !value.isEmpty()) {
      rows.computeIfAbsent(rc[0], k -> new HashMap<>()).put(rc[1], value);
    }
  }

  /** "C8" → {8, 2}. */
  static int[] reference(String ref, String label) {
    int i = 0;
    int col = 0;
    while (i < ref.length() && ref.charAt(i) >= 'A' && ref.charAt(i) <= 'Z') {
      col = col * 26 + (ref.charAt(i) - 'A' + 1);
      i++;
    }
    if (i == 0 || i == ref.length() || col > 16_384) {
      throw ImportException.ofFile(label, "bad cell reference " + ref);
    }
    try {
      return new int[] {Integer.parseInt(ref.substring(i)), col - 1};
    } catch (NumberFormatException e) {
      throw ImportException.ofFile(label, "bad cell reference " + ref);
    }
  }

  private static String elementText(XMLStreamReader r) {
    try {
      return r.getElementText();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Calls {@code onStart} at every start element of a part. */
  private static void parse(ZipFile zip, String part, Path file, Consumer<XMLStreamReader> onStart)
      throws IOException {
    parseEvents(
        zip,
        part,
        file,
        r -> {
          if (r.isStartElement()) {
            onStart.accept(r);
          }
        });
  }

  private static void parseEvents(
      ZipFile zip, String part, Path file, Consumer<XMLStreamReader> onEvent) throws IOException {
    ZipEntry e = zip.getEntry(part);
    if (e == null) {
      throw ImportException.ofFile(file.toString(), "not an .xlsx workbook (no " + part + ")");
    }
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    try (InputStream in = new Limited(zip.getInputStream(e), MAX_PART_BYTES, file + ":" + part)) {
      XMLStreamReader r = f.createXMLStreamReader(in);
      try {
        while (r.hasNext()) {
          r.next();
          if (r.isStartElement() || r.isEndElement()) {
            if ((r.isStartElement() || r.isEndElement())
                && !MAIN.equals(r.getNamespaceURI())
                && !part.endsWith(".rels")) {
              continue;
            }
            onEvent.accept(r);
          }
        }
      } finally {
        r.close();
      }
    } catch (XMLStreamException ex) {
      throw ImportException.ofFile(file.toString(), "malformed " + part + ": " + ex.getMessage());
    }
  }

  /** Fails once more than {@code max} bytes have been read. */
  private static final class Limited extends FilterInputStream {
    private final long max;
    private final String what;
    private long count;

    Limited(InputStream in, long max, String what) {
      super(in);
      this.max = max;
      this.what = what;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(long n) {
      count += n;
      if (count > max) {
        throw ImportException.ofFile(what, "unpacks to more than " + max + " bytes");
      }
    }
  }
}
