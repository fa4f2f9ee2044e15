package org.chokepoint.data.text;

/**
 * Bad input, named precisely: the file, the line and column (1-based, 0 when not applicable) and
 * the reason, as {@code file:line:column: reason}.
 */
public final class ImportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final long line;
  private final int column;
  private final String reason;

  public ImportException(String file, long line, int column, String reason) {
    this(file, line, column, reason, null);
  }

  public ImportException(String file, long line, int column, String reason, Throwable cause) {
    super(format(file, line, column, reason), cause);
    this.file = file;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }

  /** An error about a whole file (missing, unreadable, wrong kind). */
  public static ImportException ofFile(String file, String reason) {
    return new ImportException(file, 0, 0, reason);
  }

  public String file() {
    return file;
  }

  public long line() {
    return line;
  }

  public int column() {
    return column;
  }

  public String reason() {
    return reason;
  }

  private static String format(String file, long line, int column, String reason) {
    StringBuilder b = new StringBuilder(file);
    if (line > 0) {
      b.append(':').append(line);
      if (column > 0) {
        b.append(':').append(column);
      }
    }
    return b.append(": ").append(reason).toString();
  }
}
