package org.chokepoint.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chokepoint.geo.CountryCode;
import org.chokepoint.geo.CountryGroup;

/** Reads configuration files and turns group settings into validated {@link CountryGroup}s. */
public final class ConfigLoader {
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

  private ConfigLoader() {}

  /** The configuration in {@code file}, or the built-in one when the file does not exist. */
  public static ChokepointConfig load(Path file) {
    if (!Files.exists(file)) {
      return ChokepointConfig.builtIn();
    }
    try (InputStream in = Files.newInputStream(file)) {
      ChokepointConfig c = YAML.readValue(in, ChokepointConfig.class);
      ChokepointConfig config = c == null ? ChokepointConfig.builtIn() : c;
      groupsOf(config, file.toString()); // validate now, before any data loads
      try {
        org.chokepoint.disclosure.Rules.parse(config.disclosure().rulesOrDefault());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ": disclosure: rules: " + e.getMessage(), e);
      }
      try {
        config.screening().thresholds();
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(file + ": screening: " + e.getMessage(), e);
      }
      return config;
    } catch (com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException e) {
      throw new IllegalArgumentException(
          file
              + ": unknown key \""
              + e.getPath().stream()
                  .map(r -> r.getFieldName() == null ? "[" + r.getIndex() + "]" : r.getFieldName())
                  .collect(java.util.stream.Collectors.joining("."))
              + "\" (known keys here: "
              + e.getKnownPropertyIds().stream()
                  .map(Object::toString)
                  .sorted()
                  .collect(java.util.stream.Collectors.joining(", "))
              + "); see docs/configuration.md",
          e);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          file
              + ":"
              + (e.getLocation() == null
                  ? ""
                  : e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr() + ":")
              + " "
              + e.getOriginalMessage(),
          e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The groups shipped in the jar, each with its public source. */
  public static List<CountryGroup> shippedGroups() {
    String resource = "groups.yaml";
    try (InputStream in = ConfigLoader.class.getResourceAsStream(resource)) {
      return groupsOf(YAML.readValue(in, ChokepointConfig.class), resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Validated groups of a configuration; {@code where} names the file in messages. */
  public static List<CountryGroup> groupsOf(ChokepointConfig config, String where) {
    List<CountryGroup> groups = new ArrayList<>();
    for (Map.Entry<String, ChokepointConfig.GroupSetting> e : config.groups().entrySet()) {
      ChokepointConfig.GroupSetting g = e.getValue();
      if (g == null || g.members() == null || g.members().isEmpty()) {
        throw new IllegalArgumentException(where + ": group " + e.getKey() + " has no members");
      }
      Set<CountryCode> members = new LinkedHashSet<>();
      for (String m : g.members()) {
        if (!CountryCode.isValid(m)) {
          throw new IllegalArgumentException(
              where
                  + ": group "
                  + e.getKey()
                  + ": \""
                  + m
                  + "\" is not an ISO 3166-1 alpha-3 code");
        }
        members.add(CountryCode.of(m));
      }
      try {
        groups.add(new CountryGroup(e.getKey(), members, g.title(), g.source(), g.note()));
      } catch (IllegalArgumentException ex) {
        throw new IllegalArgumentException(where + ": " + ex.getMessage(), ex);
      }
    }
    return groups;
  }

  /** Parses {@code --group NAME=ISO3,ISO3,...}. */
  public static CountryGroup parseGroupOption(String option) {
    int eq = option.indexOf('=');
    if (eq <= 0 || eq == option.length() - 1) {
      throw new IllegalArgumentException(
          "--group expects NAME=ISO3,ISO3,... (for example allies=JPN,USA,AUS), got \""
              + option
              + "\"");
    }
    String name = option.substring(0, eq).strip();
    Set<CountryCode> members = new LinkedHashSet<>();
    for (String m : option.substring(eq + 1).split(",")) {
      if (!CountryCode.isValid(m)) {
        throw new IllegalArgumentException(
            "--group " + name + ": \"" + m.strip() + "\" is not an ISO 3166-1 alpha-3 code");
      }
      members.add(CountryCode.of(m));
    }
    return new CountryGroup(name, members, name, "given with --group on the command line", "");
  }
}
