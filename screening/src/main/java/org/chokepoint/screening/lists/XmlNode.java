package org.chokepoint.screening.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One element of a list's XML, read by {@link SafeXml}: its local name (namespaces are ignored,
 * since list publishers change them between releases), attributes, text and child elements, and the
 * line and column where it starts, for error messages.
 */
public final class XmlNode {
  private final String name;
  private final Map<String, String> attributes;
  private final long line;
  private final int column;
  private final List<XmlNode> children = new ArrayList<>();
  private final StringBuilder text = new StringBuilder();

  XmlNode(String name, Map<String, String> attributes, long line, int column) {
    this.name = name;
    this.attributes = Map.copyOf(attributes);
    this.line = line;
    this.column = column;
  }

  void appendText(String s) {
    text.append(s);
  }

  void addChild(XmlNode child) {
    children.add(child);
  }

  public String name() {
    return name;
  }

  public long line() {
    return line;
  }

  public int column() {
    return column;
  }

  /** The attribute, or empty text. */
  public String attribute(String localName) {
    return attributes.getOrDefault(localName, "");
  }

  /** The element's own text, trimmed. */
  public String text() {
    return text.toString().strip();
  }

  public List<XmlNode> children() {
    return List.copyOf(children);
  }

  /** The child elements with this local name, in document order. */
  public List<XmlNode> children(String childName) {
    return children.stream().filter(c -> c.name.equals(childName)).toList();
  }

  public Optional<XmlNode> findChild(String childName) {
    return children.stream().filter(c -> c.name.equals(childName)).findFirst();
  }

  /** The trimmed text of the first child with this name, or empty text. */
  public String childText(String childName) {
    return findChild(childName).map(XmlNode::text).orElse("");
  }

  /** The texts of the non-blank children named {@code item} of the child {@code list}. */
  public List<String> listTexts(String list, String item) {
    return findChild(list).map(l -> l.children(item)).orElse(List.of()).stream()
        .map(XmlNode::text)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
