package org.chokepoint.simulation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * The example scenarios shipped in the jar, each naming a built-in table ({@code table: {dataset:
 * NAME}}), so that they run anywhere, over HTTP too.
 */
public final class ScenarioExamples {
  private static final String ROOT = "/org/chokepoint/simulation/examples/";

  private ScenarioExamples() {}

  /**
   * One example.
   *
   * @param description the comment lines at the top of the file
   * @param text the YAML as shipped
   */
  public record Example(
      String name, String title, String description, String model, String dataset, String text) {}

  public static List<String> names() {
    return BuiltinTables.lines(ROOT + "index.txt");
  }

  public static List<Example> list() {
    return names().stream().map(ScenarioExamples::get).toList();
  }

  public static Example get(String name) {
    if (!names().contains(name)) {
      throw new NoSuchElementException(
          "no example scenario \"" + BuiltinTables.clip(name) + "\" (examples: " + names() + ")");
    }
    String text;
    try (InputStream in = BuiltinTables.resource(ROOT + name + ".yaml")) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> comment = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.startsWith("#")) {
        break;
      }
      comment.add(line.substring(1).strip());
    }
    Scenario sc = Scenario.parse(text, name + ".yaml");
    return new Example(name, sc.name(), String.join(" ", comment), sc.model(), sc.dataset(), text);
  }
}
