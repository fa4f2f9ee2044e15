package org.chokepoint.data.catalog;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;
import org.chokepoint.data.text.CsvWriter;
import org.chokepoint.data.text.SourceFile;

/** Writes an import's tables into a staging directory, counting rows and hashing files. */
final class StagingSink implements TableSink, AutoCloseable {
  private final Path dir;
  private final LongConsumer progress;
  private final Map<String, OpenTable> tables = new LinkedHashMap<>();
  private final List<SourceFileInfo> sources = new ArrayList<>();

  StagingSink(Path dir, LongConsumer progress) {
    this.dir = dir;
    this.progress = progress;
  }

  private final List<TableSpec> finishedColumnTables = new ArrayList<>();
  private final java.util.Set<String> names = new java.util.HashSet<>();

  private void checkName(String name) {
    if (!name.matches("[a-z][a-z0-9_]{0,63}")) {
      throw new IllegalArgumentException("bad table name: " + name);
    }
    if (!names.add(name)) {
      throw new IllegalStateException("table " + name + " written twice");
    }
  }

  @Override
  public TableWriter table(String name, List<String> columns) {
    checkName(name);
    OpenTable t = new OpenTable(name, List.copyOf(columns), dir.resolve(name + ".csv"));
    tables.put(name, t);
    return t;
  }

  @Override
  public void columns(String name, int rows, List<Column> columns) {
    checkName(name);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("table " + name + " has no columns");
    }
    Path file = dir.resolve(name + ".bin");
    List<String> names = new ArrayList<>();
    List<String> types = new ArrayList<>();
    try (OutputStream raw = Files.newOutputStream(file);
        DigestOutputStream out =
            new DigestOutputStream(raw, MessageDigest.getInstance("SHA-256"))) {
      ByteBuffer buf = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
      for (Column c : columns) {
        if (c.length() < rows) {
          throw new IllegalArgumentException(
              "column " + c.name() + " has " + c.length() + " values, table has " + rows + " rows");
        }
        names.add(c.name());
        types.add(c.type());
        for (int r = 0; r < rows; r++) {
          if (buf.remaining() < 8) {
            out.write(buf.array(), 0, buf.position());
            buf.clear();
          }
          if (c.intValues() != null) {
            buf.putInt(c.intValues()[r]);
          } else {
            buf.putDouble(c.doubleValues()[r]);
          }
        }
        rowWritten(rows);
      }
      out.write(buf.array(), 0, buf.position());
      out.flush();
      finishedColumnTables.add(
          new TableSpec(
              name,
              file.getFileName().toString(),
              names,
              rows,
              HexFormat.of().formatHex(out.getMessageDigest().digest()),
              TableSpec.COLUMNS,
              types));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void sourceFile(Path file) {
    try {
      sources.add(
          new SourceFileInfo(
              file.getFileName().toString(), Files.size(file), new SourceFile(file).sha256()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rows written over all tables; progress is reported every {@code 1 << 16} of them. */
  private long rowsWritten;

  private void rowWritten() {
    if ((++rowsWritten & 0xFFFF) == 0) {
      progress.accept(rowsWritten);
    }
  }

  private void rowWritten(long count) {
    long before = rowsWritten >>> 16;
    rowsWritten += count;
    if (rowsWritten >>> 16 != before) {
      progress.accept(rowsWritten);
    }
  }

  List<SourceFileInfo> sources() {
    return sources;
  }

  /** Closes every table and returns their specs. */
  List<TableSpec> finish() {
    List<TableSpec> specs = new ArrayList<>(finishedColumnTables);
    for (OpenTable t : tables.values()) {
      specs.add(t.finish());
    }
    return specs;
  }

  @Override
  public void close() {
    for (OpenTable t : tables.values()) {
      t.closeQuietly();
    }
  }

  private final class OpenTable implements TableWriter {
    private final String name;
    private final List<String> columns;
    private final Path file;
    private final MessageDigest digest;
    private final CsvWriter csv;
    private long rows;
    private boolean closed;

    OpenTable(String name, List<String> columns, Path file) {
      this.name = name;
      this.columns = columns;
      this.file = file;
      try {
        this.digest = MessageDigest.getInstance("SHA-256");
        OutputStream out = new DigestOutputStream(Files.newOutputStream(file), digest);
        this.csv =
            new CsvWriter(
                new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
      csv.row(columns);
    }

    @Override
    public void row(List<String> values) {
      if (values.size() != columns.size()) {
        throw new IllegalArgumentException(
            "table " + name + " has " + columns.size() + " columns, row has " + values.size());
      }
      csv.row(values);
      rows++;
      rowWritten();
    }

    TableSpec finish() {
      csv.close();
      closed = true;
      return new TableSpec(
          name,
          file.getFileName().toString(),
          columns,
          rows,
          HexFormat.of().formatHex(digest.digest()));
    }

    void closeQuietly() {
      if (!closed) {
        try {
          csv.close();
        } catch (UncheckedIOException ignored) {
          // the staging directory is deleted anyway
        }
        closed = true;
      }
    }
  }
}
