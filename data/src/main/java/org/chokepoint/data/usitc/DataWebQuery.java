package org.chokepoint.data.usitc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.chokepoint.data.text.ImportException;
import org.chokepoint.data.text.SourceFile;

/**
 * What {@code query_manifest.json} says about the whole extract: that the United States is the
 * reporter, that headings are at the four-digit level, and when DataWeb was queried (the vintage).
 *
 * @param retrievedAt the retrieval date, {@code yyyy-mm-dd}
 * @param url where DataWeb is published
 */
record DataWebQuery(String retrievedAt, String url) {
  static final String FILE = "query_manifest.json";
  private static final String US = "United States";
  private static final String DEFAULT_URL = "https://dataweb.usitc.gov/";

  static DataWebQuery read(Path path) {
    SourceFile file = new SourceFile(path);
    JsonNode root =
        file.parse(
            List.of(StandardCharsets.UTF_8),
            reader -> {
              try {
                return new ObjectMapper().readTree(reader);
              } catch (JsonProcessingException e) {
                throw DataWebHeadingFile.syntaxError(file.name(), e);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    if (root == null || !root.isObject()) {
      throw ImportException.ofFile(file.name(), "expected a JSON object");
    }
    String reporter = root.path("reporter").asText("");
    if (!reporter.equals(US)) {
      throw ImportException.ofFile(
          file.name(),
          "reporter is \""
              + reporter
              + "\": only DataWeb extracts with the United States as"
              + " reporter are supported");
    }
    JsonNode level = root.path("aggregation_level");
    if (!level.isMissingNode() && level.asInt(-1) != 4) {
      throw ImportException.ofFile(
          file.name(), "aggregation_level is " + level + ": expected 4 (HTS-4 headings)");
    }
    String retrieved = root.path("retrieved_at").asText("");
    try {
      LocalDate.parse(retrieved);
    } catch (DateTimeParseException e) {
      throw ImportException.ofFile(
          file.name(), "retrieved_at \"" + retrieved + "\" is not a date (yyyy-mm-dd)");
    }
    String url = root.path("source_url").asText("");
    return new DataWebQuery(retrieved, url.startsWith("https://") ? url : DEFAULT_URL);
  }
}
