package org.chokepoint.inputoutput;

import java.util.ArrayList;
import java.util.List;

/**
 * The labels of the rows or columns of a table: one tuple of strings per position, with a name per
 * level, like a pandas MultiIndex (levels {@code region, sector} for the sectors of an MRIO, {@code
 * region, category} for its final demand, {@code stressor, compartment} for an extension). A level
 * name may be empty (pandas' unnamed index).
 *
 * @param levelNames one name per level, at least one level
 * @param tuples one tuple per position, each with one label per level
 */
public record Labels(List<String> levelNames, List<List<String>> tuples) {
  public Labels {
    levelNames = List.copyOf(levelNames);
    if (levelNames.isEmpty()) {
      throw new IllegalArgumentException("labels need at least one level");
    }
    List<List<String>> copy = new ArrayList<>(tuples.size());
    for (List<String> t : tuples) {
      if (t.size() != levelNames.size()) {
        throw new IllegalArgumentException(
            "label " + t + " has " + t.size() + " levels, expected " + levelNames.size());
      }
      copy.add(List.copyOf(t));
    }
    tuples = List.copyOf(copy);
  }

  /** Single-level labels. */
  public static Labels of(String levelName, List<String> labels) {
    return new Labels(List.of(levelName), labels.stream().map(List::of).toList());
  }

  /** Number of positions. */
  public int size() {
    return tuples.size();
  }

  /** Number of levels. */
  public int levels() {
    return levelNames.size();
  }

  /** The tuple at {@code position}. */
  public List<String> tuple(int position) {
    return tuples.get(position);
  }

  /** The label of {@code position} at {@code level}. */
  public String get(int position, int level) {
    return tuples.get(position).get(level);
  }

  /** The tuple at {@code position} joined with {@code "/"}, for messages and keys. */
  public String joined(int position) {
    return String.join("/", tuples.get(position));
  }

  /** The position of {@code tuple}, or -1. */
  public int indexOf(List<String> tuple) {
    return tuples.indexOf(tuple);
  }
}
