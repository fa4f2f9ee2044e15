package org.chokepoint.data.catalog;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;

/** Reads and writes {@code manifest.json}. */
final class ManifestJson {
  private static final ObjectMapper MAPPER =
      new ObjectMapper()
          .enable(SerializationFeature.INDENT_OUTPUT)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private ManifestJson() {}

  static byte[] write(DatasetManifest manifest) {
    try {
      return MAPPER.writeValueAsBytes(manifest);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  static DatasetManifest read(byte[] json, String where) {
    try {
      DatasetManifest m = MAPPER.readValue(json, DatasetManifest.class);
      if (m.format() != DatasetManifest.FORMAT) {
        throw new IllegalStateException(
            where + ": manifest format " + m.format() + " is not supported by this version");
      }
      return m;
    } catch (IOException e) {
      throw new IllegalStateException(where + ": unreadable manifest: " + e.getMessage(), e);
    }
  }
}
