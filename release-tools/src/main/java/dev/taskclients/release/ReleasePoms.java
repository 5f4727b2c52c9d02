package dev.taskclients.release;

import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;

/**
 * The POMs of a release repository by artifact id, and what a POM inherits from the parents that
 * are among them: the Central Portal accepts metadata (name, license, SCM, ...) from a parent only
 * if that parent is published too.
 */
final class ReleasePoms {
  private final Map<String, Element> byArtifactId;
  private final List<String> problems;

  /**
   * @param byArtifactId the repository's POMs
   * @param problems where a parent of ours that is missing from the repository is reported, once
   */
  ReleasePoms(Map<String, Element> byArtifactId, List<String> problems) {
    this.byArtifactId = byArtifactId;
    this.problems = problems;
  }

  /** {@return the POM of that artifact, or null when the repository has none} */
  Element get(String artifactId) {
    return byArtifactId.get(artifactId);
  }

  /** {@return whether the repository has that artifact} */
  boolean contains(String artifactId) {
    return byArtifactId.containsKey(artifactId);
  }

  /**
   * {@return the element's text, from this POM or the nearest parent POM in the repository that has
   * it}
   */
  String inherited(Element pom, String name) {
    Element element = inheritedElement(pom, name);
    return element == null || element.getTextContent().isBlank()
        ? null
        : element.getTextContent().trim();
  }

  /**
   * {@return the element, from this POM or the nearest parent POM in the repository that has it, or
   * null}
   */
  Element inheritedElement(Element pom, String name) {
    for (Element current = pom; current != null; current = parentPom(current)) {
      Element element = Poms.child(current, name);
      if (element != null) {
        return element;
      }
    }
    return null;
  }

  /**
   * {@return the parent's POM when the parent is one of ours; a problem when it is ours but not
   * published}
   */
  private Element parentPom(Element pom) {
    Element parent = Poms.parentOf(pom);
    if (parent == null) {
      return null;
    }
    String parentId = Poms.text(parent, "artifactId", null);
    Element parentPom = byArtifactId.get(parentId);
    if (parentPom == null && Poms.groupOf(pom).equals(Poms.text(parent, "groupId", null))) {
      String problem =
          Poms.text(pom, "artifactId", null)
              + ": its parent "
              + parentId
              + " is not in the release repository";
      if (!problems.contains(problem)) {
        problems.add(problem);
      }
    }
    return parentPom;
  }
}
