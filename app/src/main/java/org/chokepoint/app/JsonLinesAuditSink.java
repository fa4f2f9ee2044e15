package org.chokepoint.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.chokepoint.workspace.audit.AuditEvent;
import org.chokepoint.workspace.audit.AuditSink;

/**
 * An interim audit sink: each event appended as one JSON line and forced to disk before the action
 * answers. It is append-only by convention, not tamper-evident; the Merkle-tree log replaces it.
 */
final class JsonLinesAuditSink implements AuditSink {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path file;

  JsonLinesAuditSink(Path file) {
    this.file = file;
  }

  @Override
  public synchronized void record(AuditEvent e) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("time", e.time().toString());
    o.put("actor", e.actor());
    o.put("action", e.action());
    o.put("object", e.object());
    o.put("outcome", e.outcome());
    o.put("detail", e.detail());
    try (FileChannel ch =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE)) {
      ch.write(
          java.nio.ByteBuffer.wrap(
              (JSON.writeValueAsString(o) + "\n").getBytes(StandardCharsets.UTF_8)));
      ch.force(false);
    } catch (IOException ex) {
      throw new UncheckedIOException("writing the audit log " + file, ex);
    }
  }
}
