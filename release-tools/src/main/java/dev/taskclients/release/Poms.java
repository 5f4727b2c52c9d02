package dev.taskclients.release;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/** Reads a POM and the few of its elements the bundle check needs, without Maven's model. */
final class Poms {
  private Poms() {}

  /**
   * Parses a POM, refusing a DOCTYPE (no external entity is ever read).
   *
   * @param pom the file
   * @return its root element, {@code <project>}
   * @throws IOException if it cannot be read or is not XML
   */
  static Element parse(Path pom) throws IOException {
    try (InputStream in = Files.newInputStream(pom)) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(in).getDocumentElement();
    } catch (ParserConfigurationException | SAXException e) {
      throw new IOException(pom + " is not a readable POM: " + e.getMessage(), e);
    }
  }

  /**
   * The artifact id a POM file declares.
   *
   * @param pomXml a module's {@code pom.xml}
   * @return its {@code artifactId}
   * @throws IOException if it cannot be read
   */
  static String artifactIdOf(Path pomXml) throws IOException {
    String id = text(parse(pomXml), "artifactId", null);
    if (id == null) {
      throw new IllegalArgumentException(pomXml + " names no artifactId");
    }
    return id;
  }

  /** {@return the POM's {@code <parent>}, or null} */
  static Element parentOf(Element pom) {
    return child(pom, "parent");
  }

  /** {@return the POM's groupId, its own or its parent's} */
  static String groupOf(Element pom) {
    String own = text(pom, "groupId", null);
    return own != null ? own : text(parentOf(pom), "groupId", null);
  }

  /**
   * A child element's trimmed text.
   *
   * @param element the element, or null
   * @param name the child's name
   * @param fallback where to look when the element has no such child, or null
   * @return the text, or null when neither has the child
   */
  static String text(Element element, String name, Element fallback) {
    Element child = element == null ? null : child(element, name);
    if (child == null) {
      return fallback == null ? null : text(fallback, name, null);
    }
    return child.getTextContent().trim();
  }

  /** {@return the element's first child element of that name, or null} */
  static Element child(Element element, String name) {
    for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element e && e.getTagName().equals(name)) {
        return e;
      }
    }
    return null;
  }
}
