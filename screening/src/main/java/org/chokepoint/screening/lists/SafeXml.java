package org.chokepoint.screening.lists;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.chokepoint.data.text.ImportException;

/**
 * Reads a list's XML with the JDK's StAX parser, safely: document type declarations are refused
 * outright (no list publishes one, and a DTD is how external-entity and entity-expansion attacks
 * arrive), external entities and external DTD or schema access are disabled as a second fence. The
 * file is streamed; only the subtrees of the record elements (UN {@code INDIVIDUAL}, OFAC {@code
 * sdnEntry}) are built, one at a time. Malformed XML becomes an {@link ImportException} with file,
 * line and column.
 */
public final class SafeXml {
  private SafeXml() {}

  /** Receives the root element, then each record in document order. */
  public interface Handler {
    /** The root element with its attributes and no children, before any record. */
    void root(XmlNode root);

    /** A record element with its whole subtree. */
    void record(XmlNode record);
  }

  /**
   * Streams {@code path}, handing each element whose local name is in {@code recordNames} (and that
   * is not inside another record) to {@code handler}.
   */
  public static void read(Path path, Set<String> recordNames, Handler handler) {
    String file = path.toString();
    try (InputStream in = Files.newInputStream(path)) {
      XMLStreamReader r = factory().createXMLStreamReader(in);
      try {
        stream(r, file, recordNames, handler);
      } finally {
        r.close();
      }
    } catch (XMLStreamException e) {
      Location loc = e.getLocation();
      throw new ImportException(
          file,
          loc == null ? 0 : Math.max(0, loc.getLineNumber()),
          loc == null ? 0 : Math.max(0, loc.getColumnNumber()),
          "not well-formed XML: " + reason(e),
          e);
    } catch (NoSuchFileException e) {
      throw ImportException.ofFile(file, "no such file");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void stream(
      XMLStreamReader r, String file, Set<String> recordNames, Handler handler)
      throws XMLStreamException {
    Deque<XmlNode> open = new ArrayDeque<>();
    boolean rootSeen = false;
    while (r.hasNext()) {
      int event = r.next();
      switch (event) {
        case XMLStreamConstants.DTD -> throw refused(r, file, "a document type declaration (DTD)");
        case XMLStreamConstants.ENTITY_REFERENCE ->
            throw refused(r, file, "an entity reference (&" + r.getLocalName() + ";)");
        case XMLStreamConstants.START_ELEMENT -> {
          XmlNode node = node(r);
          if (!rootSeen) {
            rootSeen = true;
            handler.root(node);
          } else if (!open.isEmpty()) {
            open.peek().addChild(node);
            open.push(node);
          } else if (recordNames.contains(node.name())) {
            open.push(node);
          }
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (!open.isEmpty()) {
            open.peek().appendText(r.getText());
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          if (!open.isEmpty()) {
            XmlNode done = open.pop();
            if (open.isEmpty()) {
              handler.record(done);
            }
          }
        }
        default -> {
          // comments, processing instructions, the document's end
        }
      }
    }
  }

  private static XmlNode node(XMLStreamReader r) {
    Map<String, String> attributes = new HashMap<>();
    for (int i = 0; i < r.getAttributeCount(); i++) {
      attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
    }
    Location loc = r.getLocation();
    return new XmlNode(r.getLocalName(), attributes, loc.getLineNumber(), loc.getColumnNumber());
  }

  private static ImportException refused(XMLStreamReader r, String file, String what) {
    Location loc = r.getLocation();
    return new ImportException(
        file,
        Math.max(0, loc.getLineNumber()),
        Math.max(0, loc.getColumnNumber()),
        "the XML contains "
            + what
            + "; list files have none and it is refused (external entities are a security risk)");
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return f;
  }

  /** The parser's own message without its "ParseError at [row,col]" prefix. */
  private static String reason(XMLStreamException e) {
    String m = String.valueOf(e.getMessage());
    int i = m.indexOf("Message: ");
    return (i >= 0 ? m.substring(i + "Message: ".length()) : m).strip();
  }
}
