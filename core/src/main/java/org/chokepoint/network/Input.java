package org.chokepoint.network;

import java.util.Objects;

/**
 * An input, process, product or stage of a technology network.
 *
 * @param type the source's type ("tool_resource", "process", "ultimate_output", …)
 * @param stage the stage id it belongs to, or empty
 */
public record Input(String id, String name, NodeKind kind, String type, String stage) {
  public Input {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    type = Objects.requireNonNullElse(type, "");
    stage = Objects.requireNonNullElse(stage, "");
  }
}
